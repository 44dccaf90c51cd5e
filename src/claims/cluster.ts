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
 * cross pairs on demand. Returns clusters (item index lists, ascending),
 * singletons included.
 */
export function averageLink(n: number, edges: [number, number, number][], sim: SimFn, threshold: number): number[][] {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const version = new Array<number>(n).fill(0);
  const adj: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  const heap = new Heap();
  for (const [i, j, s] of edges) {
    adj[i]?.add(j);
    adj[j]?.add(i);
    if (s >= threshold) heap.push({ score: s, a: i, b: j, va: 0, vb: 0 });
  }
  const link = (a: number, b: number): number | null => {
    const A = members[a] ?? [];
    const B = members[b] ?? [];
    let sum = 0;
    for (const x of A) {
      for (const y of B) {
        const s = sim(x, y);
        if (s === null) return null;
        sum += s;
      }
    }
    return sum / (A.length * B.length);
  };
  while (heap.size) {
    const e = heap.pop() as Entry;
    if (!members[e.a] || !members[e.b] || version[e.a] !== e.va || version[e.b] !== e.vb) continue;
    // Merge b into a.
    const A = members[e.a] as number[];
    A.push(...(members[e.b] as number[]));
    members[e.b] = null;
    version[e.a] = (version[e.a] ?? 0) + 1;
    const neighbours = new Set([...(adj[e.a] ?? []), ...(adj[e.b] ?? [])]);
    neighbours.delete(e.a);
    neighbours.delete(e.b);
    adj[e.a] = neighbours;
    for (const c of neighbours) {
      adj[c]?.delete(e.b);
      adj[c]?.add(e.a);
      if (!members[c]) continue;
      const s = link(e.a, c);
      if (s !== null && s >= threshold) heap.push({ score: s, a: e.a, b: c, va: version[e.a] ?? 0, vb: version[c] ?? 0 });
    }
  }
  return members.filter((m): m is number[] => m !== null).map((m) => m.sort((x, y) => x - y));
}
