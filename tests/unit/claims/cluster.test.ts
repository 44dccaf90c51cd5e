import { describe, expect, it } from 'vitest';
import { averageLink, type SimFn } from '../../../src/claims/cluster.ts';
import { mulberry32 } from '../../../src/model/prng.ts';

/** Average link by definition: merge the best linked pair of clusters while its mean similarity reaches the threshold. */
function reference(n: number, sim: SimFn, linked: (i: number, j: number) => boolean, threshold: number): number[][] {
  let clusters = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best: [number, number, number] | null = null;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const A = clusters[a] as number[];
        const B = clusters[b] as number[];
        if (!A.some((x) => B.some((y) => linked(x, y)))) continue;
        let sum = 0;
        let veto = false;
        for (const x of A) for (const y of B) {
          const s = sim(x, y);
          if (s === null) veto = true;
          else sum += s;
        }
        const mean = sum / (A.length * B.length);
        if (!veto && mean >= threshold && (!best || mean > best[2])) best = [a, b, mean];
      }
    }
    if (!best) return clusters.map((c) => [...c].sort((x, y) => x - y)).sort((x, y) => (x[0] as number) - (y[0] as number));
    const [a, b] = best;
    clusters[a] = [...(clusters[a] as number[]), ...(clusters[b] as number[])];
    clusters = clusters.filter((_, i) => i !== b);
  }
}

describe('averageLink', () => {
  it('merges as average link by definition does, vetoes included, on random sparse graphs', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = mulberry32(seed);
      const n = 6 + Math.floor(r() * 14);
      const table = new Map<string, number | null>();
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) table.set(`${i},${j}`, r() < 0.08 ? null : Math.round(r() * 1000) / 1000);
      const sim: SimFn = (i, j) => table.get(i < j ? `${i},${j}` : `${j},${i}`) ?? null;
      const edges: [number, number, number][] = [];
      for (const [k, s] of table) {
        const [i, j] = k.split(',').map(Number) as [number, number];
        if (s !== null && s >= 0.5 && r() < 0.7) edges.push([i, j, s]);
      }
      const linked = (i: number, j: number) => edges.some(([a, b]) => (a === i && b === j) || (a === j && b === i));
      const got = averageLink(n, edges, sim, 0.5).sort((x, y) => (x[0] as number) - (y[0] as number));
      expect(got, `seed ${seed}`).toEqual(reference(n, sim, linked, 0.5));
    }
  });
});

describe('averageLink with weights', () => {
  it('clusters an item of weight k as k identical items', () => {
    // Items 0 and 1 are alike; 2 is close to 0 only. With 1 standing for three copies, 2 no longer joins on average.
    const table: Record<string, number> = { '0,1': 0.9, '0,2': 0.8, '1,2': 0.3 };
    const sim: SimFn = (i, j) => table[i < j ? `${i},${j}` : `${j},${i}`] ?? 0;
    const edges: [number, number, number][] = [[0, 1, 0.9], [0, 2, 0.8]];
    expect(averageLink(3, edges, sim, 0.5)).toEqual([[0, 1, 2]]);
    // (0.8 + 3 × 0.3) / 4 = 0.425.
    expect(averageLink(3, edges, sim, 0.5, (i) => (i === 1 ? 3 : 1))).toEqual([[0, 1], [2]]);
  });
});
