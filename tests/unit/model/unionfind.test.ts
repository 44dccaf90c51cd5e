import { describe, expect, it } from 'vitest';
import { joinStrongestFirst, unionFind } from '../../../src/model/unionfind.ts';

const groups = (n: number, find: (i: number) => number) => {
  const out = new Map<number, number[]>();
  for (let i = 0; i < n; i++) out.set(find(i), [...(out.get(find(i)) ?? []), i]);
  return [...out.values()];
};

describe('unionFind', () => {
  it('joins items into components, however long the chain', () => {
    const { find, union } = unionFind(10_000);
    for (let i = 1; i < 10_000; i++) union(i - 1, i);
    expect(find(0)).toBe(find(9_999));
  });
});

describe('joinStrongestFirst', () => {
  // Sizes capped at two: whichever pair joins first decides who is left alone.
  const capped = (a: number, b: number) => (a + b > 2 ? null : a + b);

  it('joins the strongest edge first, whatever the edges\' order', () => {
    const edges: [number, number, number][] = [[0, 1, 0.5], [1, 2, 0.9]];
    expect(groups(3, joinStrongestFirst(3, edges, () => 1, capped))).toEqual([[0], [1, 2]]);
    expect(groups(3, joinStrongestFirst(3, [...edges].reverse(), () => 1, capped))).toEqual([[0], [1, 2]]);
  });

  it('keeps two groups apart when join refuses, and asks for an item\'s state only when needed', () => {
    const asked: number[] = [];
    const find = joinStrongestFirst(5, [[0, 1, 0.9], [2, 3, 0.8], [1, 2, 0.7]], (i) => (asked.push(i), 1), capped);
    expect(groups(5, find)).toEqual([[0, 1], [2, 3], [4]]);
    expect(asked.sort()).toEqual([0, 1, 2, 3]);
  });
});
