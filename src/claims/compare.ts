/**
 * Sentence-to-sentence comparison: IDF-weighted cosine (words also weighted
 * by their rarity in general English) over content words and
 * anchor terms, an agreement bonus when anchors match, and a veto when
 * anchors contradict (different figures, years, days or lengths can never
 * be one fact, however many words the sentences share).
 */
import type { Amount, Anchors, YearSpan } from './types.ts';
import { CONCEPT_PREFIX, contrastsMeet, type FigureContrasts } from './concepts.ts';
import { backgroundIdf } from './commonness.ts';
import { numbersApart, relativeGap, sameFigure, unitsAgree } from './numbers.ts';

/**
 * Weight of a concept term relative to a word of the same document frequency.
 * A paraphrase ("hydropower" / "hydroelectric") shares only the concept while
 * its two words count against it in the norms; the extra weight lets the
 * shared idea outweigh that.
 */
export const CONCEPT_WEIGHT = 1.5;

/** A sentence prepared for comparison. */
export interface Profile {
  anchors: Anchors;
  /** Distinct terms: content stems, anchor terms (`#…`) and hook ids (`@…`). */
  terms: string[];
  /** Hook output kept for summaries. */
  entities: string[];
  dates: string[];
}

const sig = (v: number) => Number(v.toPrecision(2));

/** Anchor terms: figures rounded to two significant digits so "$45bn" and "over $45 billion" share a term. */
export function anchorTerms(a: Anchors): string[] {
  const t: string[] = [];
  for (const x of a.amounts) t.push(`#amt:${sig(x.value)}`);
  for (const x of a.percents) t.push(`#pct:${sig(x.value)}`);
  for (const y of a.years) t.push(`#yr:${y.to}`);
  for (const d of a.weekdays) t.push(`#wd:${d}`);
  for (const d of a.days) t.push(`#day:${d.slice(-5)}`);
  for (const d of a.durations) t.push(`#dur:${d.value ?? 'n'}${d.unit}`);
  for (const r of a.relative) t.push(`#rel:${r}`);
  for (const e of a.editions) t.push(`#ed:${e}`);
  return t;
}

/**
 * All matching terms of a sentence; `concept` maps a content stem onto its lexicon concept
 * (concepts.ts), and `unitKey` what a figure counts, so "1,450 rescuers" and "1,450 emergency
 * workers" share the counted concept's term where the words alone share nothing.
 */
export function profileOf(anchors: Anchors, entities: string[] = [], dates: string[] = [], concept: (stem: string) => string = (s) => s, unitKey: UnitKey = concept): Profile {
  const terms = new Set<string>(anchors.words);
  for (const w of anchors.words) terms.add(concept(w));
  for (const a of anchors.amounts) {
    const counted = a.unit === null ? null : unitKey(a.unit);
    if (counted?.startsWith(CONCEPT_PREFIX)) terms.add(counted);
  }
  for (const t of anchorTerms(anchors)) terms.add(t);
  for (const e of entities) terms.add(`@${e}`);
  for (const d of dates) terms.add(`#date:${d}`);
  return { anchors, terms: [...terms], entities, dates };
}

/**
 * How strongly general-English rarity reshapes word weights. Above 1 so that
 * a rare topical word ("hydroelectric", a place) clearly outweighs a framing
 * word ("situation", "featured") seen as rarely in a small corpus.
 */
export const COMMONNESS_EXPONENT = 1.5;

/**
 * Per word stem, (background IDF / its mean over the corpus' words) ^ exponent,
 * rescaled to mean 1 so that words keep their weight relative to anchors and
 * concepts on average. Terms other than plain words (`#…`, `@…`, `~…`) get none.
 */
export function commonnessFactors(terms: Iterable<string>, exponent = COMMONNESS_EXPONENT): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of terms) if (/^[a-z]/.test(t)) out.set(t, backgroundIdf(t));
  if (!out.size) return out;
  const mean = [...out.values()].reduce((a, b) => a + b, 0) / out.size;
  for (const [t, b] of out) out.set(t, Math.pow(b / mean, exponent));
  const scale = [...out.values()].reduce((a, b) => a + b, 0) / out.size;
  for (const [t, f] of out) out.set(t, f / scale);
  return out;
}

/**
 * Inverse document frequency over the units, words scaled by their general
 * commonness (commonness.ts); anchor and entity terms weigh at least as much
 * as a word seen in a tenth of them.
 */
export function idfTable(profiles: Profile[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of profiles) for (const t of p.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = profiles.length;
  const floor = Math.log((n + 1) / Math.max(1, n / 10));
  const common = commonnessFactors(df.keys());
  const idf = new Map<string, number>();
  for (const [t, f] of df) {
    const w = Math.log((n + 1) / f) * (common.get(t) ?? 1);
    // A matching figure is strong evidence; a matching year, weekday or entity id is ordinary evidence.
    idf.set(t, t.startsWith(CONCEPT_PREFIX) ? w * CONCEPT_WEIGHT : /^#(amt|pct):/.test(t) ? Math.max(w, floor) * 1.5 : /^[#@]/.test(t) ? Math.max(w, floor) : w);
  }
  return idf;
}

/** Binary tf × idf vector with its Euclidean norm. */
export interface Vector {
  w: Map<string, number>;
  norm: number;
}

/** Weighted term vector of a unit. */
export function vectorOf(terms: string[], idf: Map<string, number>): Vector {
  const w = new Map<string, number>();
  let sq = 0;
  for (const t of terms) {
    const x = idf.get(t) ?? 0;
    if (x <= 0) continue;
    w.set(t, x);
    sq += x * x;
  }
  return { w, norm: Math.sqrt(sq) };
}

/**
 * Cosine with a length prior: a norm below `floor` counts as `floor`, so two
 * three-word fragments that share one word ("energy cooperation" / "economic
 * cooperation") do not look like the same statement. Also returns how many
 * terms the two share, and how many of those are ordinary words (`isWord`).
 */
export function cosine(a: Vector, b: Vector, floor = 0, isWord: (t: string) => boolean = (t) => !t.startsWith('#')): { cos: number; shared: number; sharedWords: number } {
  const [small, big] = a.w.size <= b.w.size ? [a.w, b.w] : [b.w, a.w];
  let dot = 0;
  let shared = 0;
  let sharedWords = 0;
  for (const [t, x] of small) {
    const y = big.get(t);
    if (y === undefined) continue;
    dot += x * y;
    shared++;
    if (isWord(t)) sharedWords++;
  }
  const denom = Math.max(a.norm, floor) * Math.max(b.norm, floor);
  return { cos: denom > 0 ? dot / denom : 0, shared, sharedWords };
}

/** Norm floor: the norm of `k` terms of root-mean-square weight. */
export function normFloor(idf: Map<string, number>, k: number): number {
  let sq = 0;
  for (const w of idf.values()) sq += w * w;
  return idf.size ? Math.sqrt((k * sq) / idf.size) : 0;
}

function yearSet(spans: YearSpan[]): Set<number> {
  const out = new Set<number>();
  for (const y of spans) for (let v = y.from ?? y.to; v <= y.to && out.size < 60; v++) out.add(v);
  return out;
}

const disjoint = <T>(a: Iterable<T>, b: Set<T>) => {
  for (const x of a) if (b.has(x)) return false;
  return true;
};

const hasDeadline = (x: Anchors) => x.years.some((y) => y.from === null);
/** Dated otherwise than by a deadline: "in 2024", "for 2025-2027", "last year". */
const hasLevelDate = (x: Anchors) => x.years.some((y) => y.from !== null) || x.relative.some((r) => r.endsWith('-year'));
/** `a` dates its figures only by a deadline ("by 2030"), `b` only otherwise ("last year", "in 2024"). */
const targetAgainstLevel = (a: Anchors, b: Anchors) => hasDeadline(a) && !hasLevelDate(a) && hasLevelDate(b) && !hasDeadline(b);

/** How a count's unit is compared: the lexicon's concept for "residents" and "people" is one. */
export type UnitKey = (unit: string) => string;

/** How anchorRelation reads what figures count, through the lexicon (concepts.ts). */
export interface FigureReading {
  /** A count's unit as compared ("residents" and "people" are one). Default: as written. */
  unitKey?: UnitKey;
  /** What a figure's words say it counts among the lexicon's contrasts ("killed", "injured"). Default: nothing set apart. */
  contrasts?: FigureContrasts;
}

/**
 * How two sentences' anchors relate: `veto` when they contradict, else how
 * many figure kinds (amounts, percentages) agree. Matching years or weekdays
 * earn no bonus: they are shared by many unrelated sentences.
 */
export function anchorRelation(a: Anchors, b: Anchors, reading: FigureReading = {}): { veto: boolean; agree: number } {
  const { unitKey = (u: string) => u, contrasts = () => [] } = reading;
  let agree = 0;
  // Figures: where both give money (or both count the same thing), at least one figure must match,
  // and say the same of what it counts ("160 killed" is not "157 injured", though 157 rounds to 160).
  const unitsMeet = (x: Amount, y: Amount) => unitsAgree(x.unit === null ? null : unitKey(x.unit), y.unit === null ? null : unitKey(y.unit));
  const comparable = a.amounts.some((x) => b.amounts.some((y) => unitsMeet(x, y)));
  if (comparable) {
    // Units are compared through unitKey just above; sameFigure then only weighs the values.
    const same = (x: Amount, y: Amount) => unitsMeet(x, y) && sameFigure({ ...x, unit: null }, y) && contrastsMeet(contrasts(x.context), contrasts(y.context));
    if (!a.amounts.some((x) => b.amounts.some((y) => same(x, y)))) return { veto: true, agree: 0 };
    agree++;
  }
  if (a.percents.length && b.percents.length) {
    if (!a.percents.some((x) => b.percents.some((y) => relativeGap(x.value, y.value) <= 0.03))) return { veto: true, agree: 0 };
    agree++;
  }
  // A deadline makes the figures a target ("a goal of $40 billion by 2030"), not the level a dated sentence reports ("$40 billion last year").
  if (agree && (targetAgainstLevel(a, b) || targetAgainstLevel(b, a))) return { veto: true, agree: 0 };
  if (a.years.length && b.years.length) {
    if (disjoint(yearSet(a.years), yearSet(b.years))) return { veto: true, agree: 0 };
  }
  if (a.weekdays.length && b.weekdays.length) {
    if (disjoint(a.weekdays, new Set(b.weekdays))) return { veto: true, agree: 0 };
  }
  if (a.days.length && b.days.length) {
    if (disjoint(a.days.map((d) => d.slice(-5)), new Set(b.days.map((d) => d.slice(-5))))) return { veto: true, agree: 0 };
  }
  for (const x of a.durations) {
    for (const y of b.durations) {
      if (x.unit === y.unit && x.value !== null && y.value !== null && x.value !== y.value) return { veto: true, agree: 0 };
    }
  }
  // "The second summit" and "the fourth summit" are different events.
  const ea = a.editions.map((e) => e.split(' ')[1]);
  if (a.editions.some((x, i) => b.editions.some((y) => y.split(' ')[1] === ea[i] && y !== x))) return { veto: true, agree: 0 };
  const ra = a.relative.filter((r) => r.endsWith('-year'));
  const rb = b.relative.filter((r) => r.endsWith('-year'));
  if (ra.length && rb.length && disjoint(ra, new Set(rb))) return { veto: true, agree: 0 };
  // Bare numbers each side gives, none shared: "injured at 46" is not "injured at 62".
  if (numbersApart(a.bare, b.bare)) return { veto: true, agree: 0 };
  return { veto: false, agree: Math.min(agree, 2) };
}

/** Agreement bonus per agreeing anchor kind (at most two count). */
export const ANCHOR_BONUS = 0.08;
