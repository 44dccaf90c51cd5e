import { describe, expect, it } from 'vitest';
import { averageLink, type SimFn } from '../../../src/claims/cluster.ts';
import { mulberry32 } from '../../../src/model/prng.ts';
import { clusterWithTwins, twinKey, twinLeads } from '../../../src/claims/twins.ts';

describe('twinLeads', () => {
  it('points each copy at the first unit with its key', () => {
    const k = (story: string, text: string) => twinKey(story, text, 0, ['rain', 'flood']);
    expect(twinLeads([k('s1', 'Heavy rain.'), k('s1', 'Other.'), k('s1', 'Heavy rain.'), k('s2', 'Heavy rain.')])).toEqual([0, 1, 0, 3]);
  });
});

describe('clusterWithTwins', () => {
  it('clusters copies folded into their lead as average link clusters every copy', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const r = mulberry32(seed);
      // Eight distinct clauses, and copies of some of them: a copy compares with everything as its original does.
      const distinct = 8;
      const originalOf = [...Array.from({ length: distinct }, (_, i) => i), ...Array.from({ length: 10 }, () => Math.floor(r() * distinct))];
      const table = new Map<string, number | null>();
      for (let i = 0; i < distinct; i++) for (let j = i + 1; j < distinct; j++) table.set(`${i},${j}`, r() < 0.1 ? null : Math.round(r() * 1000) / 1000);
      const sim: SimFn = (i, j) => {
        const [a, b] = [originalOf[i] as number, originalOf[j] as number];
        return a === b ? 1 : (table.get(a < b ? `${a},${b}` : `${b},${a}`) ?? null);
      };
      const n = originalOf.length;
      const edges: [number, number, number][] = [];
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
        const s = sim(i, j);
        if (s !== null && s >= 0.5) edges.push([i, j, s]);
      }
      const lead = originalOf.map((o) => o);
      const byIndex = (x: number[], y: number[]) => (x[0] as number) - (y[0] as number);
      expect(clusterWithTwins(n, lead, edges, sim, 0.5).sort(byIndex), `seed ${seed}`).toEqual(averageLink(n, edges, sim, 0.5).sort(byIndex));
    }
  });
});
