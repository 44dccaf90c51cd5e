/**
 * Citations that quote the same words: a wire report reprinted by many outlets,
 * a background line every outlet repeats. A list of them shows the words once
 * with every source that says them, not the same quote dozens of times.
 */

/** One wording and every citation that quotes it, in the order given. */
export interface SameWords<C> {
  /** The first citation of this wording (quoted; its own source links first). */
  first: C;
  /** Every citation of this wording, `first` included. */
  all: C[];
}

/**
 * Group `citations` by `keyOf` (default: the sentence text), in order of first
 * appearance. Give a key that also holds whatever else the quote shows (the
 * highlighted words, how its date was found), so a group shows one quote truly.
 */
export function sameWords<C extends { text: string }>(citations: readonly C[], keyOf: (c: C) => string = (c) => c.text): SameWords<C>[] {
  const groups = new Map<string, SameWords<C>>();
  for (const c of citations) {
    const key = keyOf(c);
    const g = groups.get(key);
    if (g) g.all.push(c);
    else groups.set(key, { first: c, all: [c] });
  }
  return [...groups.values()];
}

/** The first `limit` groups, and how many citations the groups left out hold. */
export function firstWordings<C>(groups: readonly SameWords<C>[], limit: number): { shown: SameWords<C>[]; more: number } {
  const shown = groups.slice(0, limit);
  const more = groups.slice(limit).reduce((n, g) => n + g.all.length, 0);
  return { shown, more };
}
