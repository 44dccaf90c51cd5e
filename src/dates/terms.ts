/**
 * Content terms for "do these two mentions speak about the same thing":
 * accent-folded, lowercased words minus stop words and date words (every
 * mention of a date shares those, so they prove nothing), with a light stem so
 * adopted / adoption and communiqué / communique meet. Numbers are kept as
 * terms of their own ("#45") because a shared figure is strong evidence.
 */

const STOP = new Set(
  `a an the and or but nor of in on at to for from by with without into onto over under about as than then
  that this these those there here it its it's is are was were be been being has have had do does did not no
  he she they we you i his her their our your them him us who whom whose which what when where why how
  also still just only even very more most much many such some any all each both other another same own
  said says say told according would could should will shall may might can must while although though
  after before during since until through between among against amid within across per up down out off
  again further once so if because however despite new one two three four five six seven eight nine ten
  mr mrs ms s`.split(/\s+/),
);

// Words every dated mention has: they say *when*, not *what*.
const DATE_WORDS = new Set(
  `year years month months week weeks day days decade decades ago last past previous next coming earlier later
  today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december`.split(/\s+/),
);

/** Fold accents and typographic variants. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** Light stemmer: only has to make inflections of one word collide, never produce a real word. */
export function stem(word: string): string {
  let w = word;
  for (const suffix of SUFFIXES) {
    // Keep at least four letters so "nations" does not shrink to "n".
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.length > 5 ? w.replace(/e$/, '') : w;
}

const SUFFIXES = ['ations', 'ation', 'ions', 'ion', 'ments', 'ment', 'ings', 'ing', 'ed', 'es', 's'];

/** Each content term of a text with the word it comes from (folded, as written otherwise), in order. */
function* termsWithWords(text: string): Generator<{ term: string; word: string }> {
  const folded = fold(text);
  // Figures like "$45 billion", "25,000" become "#45", "#25000": the number itself is the evidence.
  for (const m of folded.matchAll(/\d[\d,.]*|[A-Za-z]+(?:'[a-z]+)?/g)) {
    const raw = m[0];
    if (/^\d/.test(raw)) {
      const n = raw.replace(/[,.]+$/, '').replace(/,/g, '');
      // Years are the date, not the content.
      if (!/^(1[6-9]|20)\d\d$/.test(n)) yield { term: `#${n}`, word: raw.replace(/[,.]+$/, '') };
      continue;
    }
    const w = raw.toLowerCase().replace(/'s$/, '');
    if (w.length < 3 || STOP.has(w) || DATE_WORDS.has(w)) continue;
    yield { term: stem(w), word: raw.replace(/'s$/, '') };
  }
}

/** Content terms of a text, in order, with repeats (callers decide set or bag). */
export function contentTerms(text: string): string[] {
  return Array.from(termsWithWords(text), (t) => t.term);
}

/**
 * The words of `text` behind some of its terms, each once, in text order: a
 * reader sees "earthquake, Quiland, killed, 49", not the stems "earthquak,
 * quiland, kill, #49" the matching compares.
 */
export function wordsOf(text: string, terms: ReadonlySet<string>): string[] {
  const out = new Map<string, string>();
  for (const { term, word } of termsWithWords(text)) if (terms.has(term) && !out.has(term)) out.set(term, word);
  return [...out.values()];
}

/**
 * The names a text mentions, lowercased and folded: its capitalised words
 * ("the Dockers Union struck at Mel Shipping" → dockers, union, mel,
 * shipping) minus stop and date words. With `all: false` a word that opens a
 * sentence or a quote is left out, since it is capitalised for that alone.
 * A cheap stand-in for entities: enough to tell "who and where" apart. (Not
 * claims' nameWords, which tests a word against the whole corpus.)
 */
export function capitalisedWords(text: string, all = true): Set<string> {
  const out = new Set<string>();
  const tokens = fold(text).split(/\s+/);
  tokens.forEach((token, i) => {
    const m = /^(["“‘(]*)([A-Z][A-Za-z'-]+)/.exec(token);
    if (!m) return;
    const opens = i === 0 || m[1] !== '' || /[.!?:]["”’)]*$/.test(tokens[i - 1]!);
    if (!all && opens) return;
    const w = m[2]!.toLowerCase().replace(/'s$/, '');
    if (w.length >= 2 && !STOP.has(w) && !DATE_WORDS.has(w)) out.add(w);
  });
  return out;
}

/** Term weights: smoothed inverse document frequency over a set of texts. */
export function inverseFrequencies(texts: readonly string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const t of texts) for (const term of new Set(contentTerms(t))) df.set(term, (df.get(term) ?? 0) + 1);
  const n = texts.length;
  const idf = new Map<string, number>();
  for (const [term, f] of df) idf.set(term, Math.log((n + 1) / (f + 1)) + 1);
  return idf;
}

export type Vector = Map<string, number>;

/** Weighted term vector of a text; numbers count double (a shared figure is strong evidence). */
export function vectorOf(text: string, idf: ReadonlyMap<string, number>): Vector {
  const v: Vector = new Map();
  for (const term of contentTerms(text)) {
    const w = (idf.get(term) ?? 1) * (term.startsWith('#') ? 2 : 1);
    v.set(term, (v.get(term) ?? 0) + w);
  }
  return v;
}

/** Squared norms, computed once per vector (vectors are never changed after vectorOf). */
const squaredNorms = new WeakMap<Vector, number>();
function squaredNorm(v: Vector): number {
  let n = squaredNorms.get(v);
  if (n === undefined) {
    n = 0;
    for (const w of v.values()) n += w * w;
    squaredNorms.set(v, n);
  }
  return n;
}

/**
 * Cosine similarities of each vector to every later one, a row at a time
 * (`row(i)[j]` for j > i; zero where no term is shared), through an inverted
 * index: a row costs the postings of its own terms, not a pass over every
 * other vector. Each value equals `cosine(vectors[i], vectors[j])` exactly
 * (the same products added in the same order). The returned array is reused.
 */
export function cosineRows(vectors: readonly Vector[]): { row(i: number): Float64Array } {
  const n = vectors.length;
  const postings = new Map<string, { items: number[]; weights: number[] }>();
  vectors.forEach((v, i) => {
    for (const [t, w] of v) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = { items: [], weights: [] }));
      p.items.push(i);
      p.weights.push(w);
    }
  });
  const norms = vectors.map(squaredNorm);
  const dot = new Float64Array(n);
  const touched: number[] = [];
  return {
    row(i) {
      for (const j of touched) dot[j] = 0;
      touched.length = 0;
      const na = norms[i]!;
      if (!na) return dot;
      for (const [t, w] of vectors[i]!) {
        const { items, weights } = postings.get(t)!;
        for (let k = firstAfter(items, i); k < items.length; k++) {
          const j = items[k]!;
          if (dot[j] === 0) touched.push(j);
          dot[j] = dot[j]! + w * weights[k]!;
        }
      }
      for (const j of touched) dot[j] = norms[j] ? dot[j]! / Math.sqrt(na * norms[j]!) : 0;
      return dot;
    },
  };
}

/** Index of the first entry of an ascending list greater than `i`. */
function firstAfter(items: readonly number[], i: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The sum of the unit vectors of `vectors` (empty ones add nothing): the mean
 * cosine of any vector to all of them is then one dot product (meanCosine),
 * not one cosine per vector.
 */
export function unitSum(vectors: readonly Vector[]): Vector {
  const sum: Vector = new Map();
  for (const v of vectors) {
    const n = squaredNorm(v);
    if (!n) continue;
    const norm = Math.sqrt(n);
    for (const [t, w] of v) sum.set(t, (sum.get(t) ?? 0) + w / norm);
  }
  return sum;
}

/** Mean cosine similarity of `v` to the `count` vectors whose unitSum is `sum` (0 for an empty `v`). */
export function meanCosine(v: Vector, sum: Vector, count: number): number {
  const n = squaredNorm(v);
  if (!n || !count) return 0;
  return dot(v, sum) / Math.sqrt(n) / count;
}

/** Cosine similarity of two term vectors (0 when either is empty). */
export function cosine(a: Vector, b: Vector): number {
  const na = squaredNorm(a);
  const nb = squaredNorm(b);
  if (!na || !nb) return 0;
  return dot(a, b) / Math.sqrt(na * nb);
}

/** Dot product of two term vectors, walking the first. */
function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (const [t, w] of a) {
    const o = b.get(t);
    if (o) sum += w * o;
  }
  return sum;
}
