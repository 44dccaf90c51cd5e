/**
 * Word-for-word repeats. A big story's reports repeat some clauses verbatim
 * (wire copy, a line every outlet prints).
 * - Two clauses with the same terms and numbers are scored without the
 *   length prior (`restates`): their words may all be common in the corpus.
 * - Average link over a thousand copies would ask for a million pairs that
 *   all say "identical". Copies with the same key (`twinKey`) relate the same
 *   way to every other clause, so one of them, weighted by the number of
 *   copies, stands for all while clustering (`clusterWithTwins`).
 */
import { averageLink, type SimFn } from './cluster.ts';
import { pairKey } from './blocking.ts';
import type { Vector } from './compare.ts';
import { numeralsIn } from './numbers.ts';

/**
 * What decides how a clause compares with any other: its story, its
 * sentence word for word (vetoes read the whole sentence, and a sentence's
 * other clauses are the ones it may never be grouped with), which clause of
 * it this is, and its terms (entity and date ids differ between sources).
 * Only the same-source discount is left out: a copy from another source than
 * the first is clustered as the first.
 */
export function twinKey(story: string, sentence: string, segment: number, terms: string[]): string {
  return [story, sentence, segment, [...terms].sort().join(' ')].join('\u0000');
}

/** For each unit, the first unit with its key, or itself. */
export function twinLeads(keys: string[]): number[] {
  const first = new Map<string, number>();
  return keys.map((k, i) => {
    const lead = first.get(k);
    if (lead === undefined) first.set(k, i);
    return lead ?? i;
  });
}

/**
 * Average-link clusters of `n` units, copies folded into their lead (weighted
 * by their number) while clustering and unfolded after. Edges are moved onto
 * the leads and scored between leads.
 */
export function clusterWithTwins(n: number, lead: number[], edges: [number, number, number][], sim: SimFn, threshold: number): number[][] {
  const seen = new Set<number>();
  const leadEdges: [number, number, number][] = [];
  for (const [i, j] of edges) {
    const a = lead[i] as number;
    const b = lead[j] as number;
    const k = pairKey(a, b);
    if (a === b || seen.has(k)) continue;
    seen.add(k);
    const s = sim(a, b);
    if (s !== null && s >= threshold) leadEdges.push(a < b ? [a, b, s] : [b, a, s]);
  }
  const copies = new Map<number, number[]>();
  lead.forEach((l, i) => {
    if (l === i) return;
    const list = copies.get(l);
    if (list) list.push(i);
    else copies.set(l, [i]);
  });
  // A lead weighs itself and its copies; a copy weighs nothing (it is clustered as its lead).
  const weight = (i: number) => (lead[i] === i ? 1 + (copies.get(i)?.length ?? 0) : 0);
  return averageLink(n, leadEdges, sim, threshold, weight)
    .filter((c) => c.some((i) => lead[i] === i))
    .map((c) => c.flatMap((i) => [i, ...(copies.get(i) ?? [])]).sort((x, y) => x - y));
}

/** Terms a clause must have for a verbatim repeat to be scored without the length prior. */
const VERBATIM_MIN = 3;

/**
 * One clause repeats the other's terms and numbers (wire copy, a phrase outlets share):
 * the length prior is for fragments that share a word or two, not for a
 * repeat whose words are all common in the corpus ("Heavy rain had fallen
 * for three days before the flood" among many floods' reports).
 */
export function restates(a: Vector, b: Vector): boolean {
  if (a.w.size !== b.w.size || a.w.size < VERBATIM_MIN) return false;
  for (const t of a.w.keys()) if (!b.w.has(t)) return false;
  return true;
}

/** The numbers a clause writes: a repeat with other numbers ("9 people", "11 people" where no count is parsed) is not a repeat. */
export const numerals = (text: string) => numeralsIn(text).join(' ');
