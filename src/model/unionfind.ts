/** Union-find over 0..n-1 with path halving (iterative: no recursion depth limit on long chains). */
export function unionFind(n: number): { find: (i: number) => number; union: (a: number, b: number) => void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let x = i;
    while (parent[x] !== x) {
      const up = parent[x] as number;
      parent[x] = parent[up] as number;
      x = up;
    }
    return x;
  };
  return { find, union: (a, b) => void (parent[find(a)] = find(b)) };
}

/**
 * Groups of 0..n-1 joined along weighted edges, strongest first (ties by the
 * edges' items): two groups are joined only when `join` gives the state of
 * the joined group, and stay apart when it returns null. An item's own state
 * is `start(i)`, asked for when first needed. Returns each item's group.
 */
export function joinStrongestFirst<G>(
  n: number,
  edges: readonly (readonly [number, number, number])[],
  start: (i: number) => G,
  join: (a: G, b: G) => G | null,
): (i: number) => number {
  const { find, union } = unionFind(n);
  const state = new Map<number, G>();
  const stateOf = (root: number) => (state.has(root) ? (state.get(root) as G) : start(root));
  const order = [...edges].sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  for (const [a, b] of order) {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) continue;
    const joined = join(stateOf(ra), stateOf(rb));
    if (joined === null) continue;
    state.delete(ra);
    state.delete(rb);
    union(a, b);
    state.set(find(a), joined);
  }
  return find;
}
