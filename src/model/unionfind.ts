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
