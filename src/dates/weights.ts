/**
 * Word weights for "do these two texts tell the same story": a word weighs
 * more the fewer sources use it, so the words every report of every event
 * uses ("region", "killed", "officials") count for little next to a place or
 * what happened.
 */

/** Weight of each word of `sets` (one set per source): log(1 + N/df), as for a word used once when none has it. */
export function rarity(sets: readonly ReadonlySet<string>[]): (word: string) => number {
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const weights = new Map<string, number>();
  return (w) => {
    let x = weights.get(w);
    if (x === undefined) weights.set(w, (x = Math.log(1 + sets.length / (df.get(w) ?? 1))));
    return x;
  };
}

/**
 * The share of an item's word weight that a set of words holds. Each item's
 * weights are worked out once: an anchor sentence is weighed against every
 * undated source that shares a few words with it.
 */
export function weightedCoverage<T extends { terms: ReadonlySet<string> }>(weight: (word: string) => number): (item: T, within: ReadonlySet<string>) => number {
  const cache = new WeakMap<T, { words: string[]; weights: number[]; total: number }>();
  return (item, within) => {
    let c = cache.get(item);
    if (!c) {
      const words = [...item.terms];
      const weights = words.map(weight);
      c = { words, weights, total: weights.reduce((a, b) => a + b, 0) };
      cache.set(item, c);
    }
    let shared = 0;
    for (let i = 0; i < c.words.length; i++) if (within.has(c.words[i]!)) shared += c.weights[i]!;
    return c.total > 0 ? shared / c.total : 0;
  };
}
