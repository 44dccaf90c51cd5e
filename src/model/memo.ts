/**
 * Memoise a pure function of one string. The corpus stages ask the same
 * questions of the same text many times (each clause of each sentence, in
 * grouping, disagreements and the timeline; the same sentence syndicated by
 * many outlets), so answers are kept per process. Results are shared, so
 * callers must treat them as read-only. Bounded: the memo starts over past
 * `limit` entries, so a long-running dev server does not grow without end.
 */
export function memoByText<T>(fn: (text: string) => T, limit = 200_000): (text: string) => T {
  let memo = new Map<string, T>();
  clearers.add(() => (memo = new Map()));
  return (text) => {
    let hit = memo.get(text);
    if (hit === undefined && !memo.has(text)) {
      if (memo.size >= limit) memo = new Map();
      hit = fn(text);
      memo.set(text, hit);
    }
    return hit as T;
  };
}

const clearers = new Set<() => void>();

/** Forget every memoised answer (a build frees them once the pipeline has run). */
export function clearTextMemos(): void {
  for (const clear of clearers) clear();
}

/**
 * Memoise a pure function of one object (a pipeline result, a record list):
 * several collections and briefing.json ask for the same entries of the same
 * result. Held weakly, so the answers go when the result does.
 */
export function memoByObject<K extends object, T>(fn: (key: K) => T): (key: K) => T {
  const memo = new WeakMap<K, T>();
  return (key) => {
    if (!memo.has(key)) memo.set(key, fn(key));
    return memo.get(key) as T;
  };
}
