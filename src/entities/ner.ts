import nlp from 'compromise';
import { isTitleCase, judgeRun, orgCue, runsOf, stripPossessive, typeByCues, type Term } from './nameRuns.ts';
import type { EntityType, NerFn, NerSpan } from './types.ts';

/**
 * Names the gazetteer does not know, found with compromise: one parse per
 * sentence (the slow part, ~2 ms), capitalised runs rebuilt from its terms
 * (see nameRuns.ts), each typed by compromise's people / organisations /
 * places lists, overridden by strong organisation cues, else typed by context.
 */

/** Outlets are often cited by their domain ("News.Az reports"): a domain-shaped capitalised word is an organisation. */
const DOMAIN = /(?<![\p{L}\p{N}.])[\p{Lu}\p{N}][\p{L}\p{N}-]*\.([A-Za-z]{2,4})(?![\p{L}\p{N}])/gu;
const TLDS = new Set(['com', 'net', 'org', 'info', 'news', 'az', 'uz', 'kz', 'kg', 'tj', 'tm', 'ru', 'ua', 'by', 'am', 'ge', 'tr', 'ir', 'af', 'pk', 'in', 'cn', 'uk', 'de', 'fr', 'io', 'co']);

/** A compromise document (a full parse, tagged). */
export type Doc = ReturnType<typeof nlp>;
/** A compromise match list; only its pointers ([sentence, fromTerm, toTerm)) are read. */
type View = { fullPointer: [number, number, number, ...unknown[]][] };
/** In order of precedence when compromise puts words of one run in several lists. */
const TYPED: [EntityType, (doc: Doc) => unknown][] = [
  ['person', (d) => d.people()],
  ['organization', (d) => d.organizations()],
  ['place', (d) => d.places()],
];

const termsOf = (doc: Doc): Term[][] =>
  (doc.json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[]).map((m) => m.terms);

/** The type compromise gives most words of the run (precedence breaks ties), or null. */
function compromiseType(typeAt: Map<string, EntityType>, sentence: number, [from, to]: [number, number]): EntityType | null {
  const votes = new Map<EntityType, number>();
  for (let i = from; i <= to; i++) {
    const type = typeAt.get(`${sentence}:${i}`);
    if (type) votes.set(type, (votes.get(type) ?? 0) + 1);
  }
  let best: EntityType | null = null;
  for (const [type] of TYPED) if ((votes.get(type) ?? 0) > (best ? votes.get(best)! : 0)) best = type;
  return best;
}

/** Candidate names in one sentence, left to right, never overlapping. */
export const compromiseNer: NerFn = (text) => nerOfDoc(text, nlp(text));

/**
 * compromiseNer over a parse of `text` the caller already has: the parse is the
 * slow part, so a caller that needs the sentence parsed for other questions too
 * parses it once (see src/pipeline/sentence-nlp.ts). Only reads the document.
 */
export function nerOfDoc(text: string, doc: Doc): NerSpan[] {
  const spans: NerSpan[] = [];
  const free = (s: number, e: number) => spans.every((x) => e <= x.start || s >= x.end);

  for (const m of text.matchAll(DOMAIN)) {
    if (!TLDS.has((m[1] ?? '').toLowerCase())) continue;
    spans.push({ text: m[0], start: m.index, end: m.index + m[0].length, type: 'organization', weak: false });
  }
  // Which list compromise put each term in, keyed "sentence:term".
  const typeAt = new Map<string, EntityType>();
  for (const [type, pick] of TYPED) {
    for (const [n, from, to] of (pick(doc) as View).fullPointer) {
      for (let i = from; i < to; i++) if (!typeAt.has(`${n}:${i}`)) typeAt.set(`${n}:${i}`, type);
    }
  }
  termsOf(doc).forEach((terms, n) => {
    // Headline-style lines capitalise every word: their runs count only when the body confirms them.
    const titleCase = isTitleCase(terms);
    for (const run of runsOf(terms)) {
      const verdict = judgeRun(terms, run);
      if (!verdict) continue;
      const type = orgCue(terms, run) ? 'organization' : compromiseType(typeAt, n, run) ?? (titleCase ? null : typeByCues(terms, run));
      const first = terms[run[0]]!;
      const last = terms[run[1]]!;
      const start = first.offset.start;
      const end = start + stripPossessive(text.slice(start, last.offset.start + last.offset.length)).length;
      const weak = verdict.weak || type === null || titleCase;
      if (end > start && free(start, end)) spans.push({ text: text.slice(start, end), start, end, type, weak });
    }
  });
  spans.sort((a, b) => a.start - b.start);
  return coordinate(text, spans);
}

/** Joined by "and", "or" or a comma, names share a kind: "in Accra and Kumasi" makes Kumasi a place. */
const COORD = /^(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)$/u;

function coordinate(text: string, spans: NerSpan[]): NerSpan[] {
  return spans.map((s, i) => {
    if (s.type !== null) return s;
    const prev = spans[i - 1];
    const next = spans[i + 1];
    const from =
      prev?.type && !prev.weak && COORD.test(text.slice(prev.end, s.start)) ? prev : next?.type && !next.weak && COORD.test(text.slice(s.end, next.start)) ? next : null;
    return from ? { ...s, type: from.type, weak: false } : s;
  });
}

/** Wrap a NER function with an in-memory cache keyed by sentence text (repeats are common across outlets). */
export function memoNer(fn: NerFn, cache: Map<string, NerSpan[]> = new Map()): NerFn {
  return (text) => {
    let spans = cache.get(text);
    if (!spans) cache.set(text, (spans = fn(text)));
    return spans;
  };
}
