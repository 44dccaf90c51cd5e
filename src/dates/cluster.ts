/**
 * Average-linkage agglomerative clustering. Single linkage would chain
 * ("summit concluded" → "summit concluded with a communiqué" → "communiqué
 * adopted") and swallow distinct events of one day; average linkage merges
 * two groups only when they are similar as wholes.
 */

/**
 * Group `n` items given a pairwise similarity, merging the most similar pair
 * of groups while their average similarity is at least `threshold`.
 * `initial` pre-groups items already known to belong together (each index in
 * at most one group; the rest start alone). Deterministic: ties go to the
 * lowest indices. Groups come back sorted by their first member.
 */
export function averageLinkage(
  n: number, similarity: (i: number, j: number) => number, threshold: number, initial: readonly (readonly number[])[] = [],
): number[][] {
  const sim: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : similarity(i, j))));
  const grouped = new Set(initial.flat());
  let groups: number[][] = [...initial.map((g) => [...g].sort((x, y) => x - y)), ...Array.from({ length: n }, (_, i) => i).filter((i) => !grouped.has(i)).map((i) => [i])];
  const link = (a: number[], b: number[]) => {
    let total = 0;
    for (const i of a) for (const j of b) total += sim[i]?.[j] ?? 0;
    return total / (a.length * b.length);
  };
  for (;;) {
    let best = { score: -1, a: -1, b: -1 };
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const score = link(groups[a] ?? [], groups[b] ?? []);
        if (score > best.score) best = { score, a, b };
      }
    }
    if (best.a < 0 || best.score < threshold) break;
    const merged = [...(groups[best.a] ?? []), ...(groups[best.b] ?? [])].sort((x, y) => x - y);
    groups = groups.filter((_, k) => k !== best.a && k !== best.b);
    groups.push(merged);
  }
  return groups.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}
