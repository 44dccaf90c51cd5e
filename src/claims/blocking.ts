/**
 * Blocking: candidate pairs come only from sentences that share a rare term
 * (inverted index). Terms held by more than `maxBlock` sentences are not
 * keys, so the number of pairs is bounded by maxBlock × total term
 * occurrences — linear in the number of sentences, never all-pairs.
 */

/** Pair key for i < j. */
export const pairKey = (i: number, j: number) => (i < j ? i * 0x200000 + j : j * 0x200000 + i);
/** Inverse of pairKey. */
export const unpair = (k: number): [number, number] => [Math.floor(k / 0x200000), k % 0x200000];

export interface Blocks {
  /** Candidate pair keys → number of blocking keys the pair shares. */
  pairs: Map<number, number>;
  /** Terms used as blocking keys. */
  keys: number;
}

/**
 * Candidate pairs from an inverted index over `terms[i]`. Only terms held by
 * 2..maxBlock sentences are keys; `minShared` keys must be shared.
 */
export function candidatePairs(terms: string[][], maxBlock: number, minShared = 1): Blocks {
  const postings = new Map<string, number[]>();
  terms.forEach((ts, i) => {
    for (const t of ts) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      // Stop growing lists that are already too common to be keys.
      if (list.length <= maxBlock) list.push(i);
    }
  });
  const shared = new Map<number, number>();
  let keys = 0;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxBlock) continue;
    keys++;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const k = pairKey(list[a] as number, list[b] as number);
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
    }
  }
  if (minShared > 1) for (const [k, n] of shared) if (n < minShared) shared.delete(k);
  return { pairs: shared, keys };
}
