/**
 * Average-link agglomerative clustering over a sparse graph of accepted
 * pairs. Plain union-find would chain A~B~C into one claim although A and
 * C say different things; average link only merges two clusters when their
 * members are similar on average, and a single contradicting pair (veto)
 * blocks the merge outright.
 */

/** Similarity of two items, or null when they contradict each other (veto). */
export type SimFn = (i: number, j: number) => number | null;

interface Entry {
  score: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** Max-heap on `score`. */
class Heap {
  private items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((h[p] as Entry).score >= e.score) break;
      h[i] = h[p] as Entry;
      i = p;
    }
    h[i] = e;
  }
  pop(): Entry | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (!h.length || !last) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      const score = (k: number) => (k === i ? last.score : (h[k] as Entry).score);
      if (l < h.length && (h[l] as Entry).score > score(m)) m = l;
      if (r < h.length && (h[r] as Entry).score > score(m)) m = r;
      if (m === i) break;
      h[i] = h[m] as Entry;
      i = m;
    }
    h[i] = last;
    return top;
  }
}

/**
 * Cluster `n` items. `edges` are the accepted pairs (only clusters linked by
 * an edge are ever considered for merging); `sim` is asked for the other
 * cross pairs on demand. An item of weight k stands for k identical items
 * (the mean is weighted). Returns clusters (item index lists, ascending),
 * singletons included.
 */
export function averageLink(n: number, edges: [number, number, number][], sim: SimFn, threshold: number, weight: (i: number) => number = () => 1): number[][] {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const w: number[] = Array.from({ length: n }, (_, i) => weight(i));
  // A cluster's total weight, kept at its root.
  const mass = [...w];
  const version = new Array<number>(n).fill(0);
  // Neighbour → summed similarity of the two clusters' member pairs (null: a pair contradicts).
  // Kept up to date on merges (sum(A∪B, C) = sum(A, C) + sum(B, C)), so each member pair is asked for once.
  const adj: Map<number, number | null>[] = Array.from({ length: n }, () => new Map<number, number | null>());
  const heap = new Heap();
  for (const [i, j, s] of edges) {
    adj[i]?.set(j, s * (w[i] as number) * (w[j] as number));
    adj[j]?.set(i, s * (w[i] as number) * (w[j] as number));
    if (s >= threshold) heap.push({ score: s, a: i, b: j, va: 0, vb: 0 });
  }
  const sumOf = (a: number, b: number): number | null => {
    let sum = 0;
    for (const x of members[a] ?? []) {
      for (const y of members[b] ?? []) {
        const s = sim(x, y);
        if (s === null) return null;
        sum += s * (w[x] as number) * (w[y] as number);
      }
    }
    return sum;
  };
  while (heap.size) {
    const e = heap.pop() as Entry;
    if (!members[e.a] || !members[e.b] || version[e.a] !== e.va || version[e.b] !== e.vb) continue;
    const na = adj[e.a] as Map<number, number | null>;
    const nb = adj[e.b] as Map<number, number | null>;
    const merged = new Map<number, number | null>();
    for (const c of new Set([...na.keys(), ...nb.keys()])) {
      if (c === e.a || c === e.b || !members[c]) continue;
      const ac = na.has(c) ? (na.get(c) as number | null) : sumOf(e.a, c);
      const bc = ac === null ? null : nb.has(c) ? (nb.get(c) as number | null) : sumOf(e.b, c);
      merged.set(c, ac === null || bc === null ? null : ac + bc);
    }
    // Merge b into a.
    const A = members[e.a] as number[];
    A.push(...(members[e.b] as number[]));
    members[e.b] = null;
    mass[e.a] = (mass[e.a] as number) + (mass[e.b] as number);
    version[e.a] = (version[e.a] ?? 0) + 1;
    adj[e.a] = merged;
    adj[e.b] = new Map();
    for (const [c, sum] of merged) {
      const nc = adj[c] as Map<number, number | null>;
      nc.delete(e.b);
      nc.set(e.a, sum);
      if (sum === null) continue;
      const s = sum / ((mass[e.a] as number) * (mass[c] as number));
      if (s >= threshold) heap.push({ score: s, a: e.a, b: c, va: version[e.a] ?? 0, vb: version[c] ?? 0 });
    }
  }
  return members.filter((m): m is number[] => m !== null).map((m) => m.sort((x, y) => x - y));
}
