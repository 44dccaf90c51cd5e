import { describe, expect, it } from 'vitest';
import { candidatePairs, NEIGHBOURS, neighbourPairs, pairKey, storyScoped, unpair } from '../../../src/claims/blocking.ts';

// Forty flood reports over two stories: every word of the repeated sentence is in every report.
const common = ['heavy', 'rain', 'fall', 'flood', 'day'];
const terms = Array.from({ length: 40 }, (_, i) => (i % 10 === 3 ? [...common] : [...common, `place${i}`, `other${i}`]));
const story = (i: number) => (i < 20 ? 's1' : 's2');
const repeats = [3, 13, 23, 33];

describe('blocking', () => {
  it('finds no pair through terms every unit holds', () => {
    const { pairs } = candidatePairs(terms, 8);
    expect(repeats.some((i) => repeats.some((j) => i < j && pairs.has(pairKey(i, j))))).toBe(false);
  });

  it('pairs a story\'s repeats of one sentence side by side, and never across stories', () => {
    const pairs = new Set(neighbourPairs(terms, story));
    expect(pairs.has(pairKey(3, 13))).toBe(true);
    expect(pairs.has(pairKey(23, 33))).toBe(true);
    expect(pairs.has(pairKey(13, 23))).toBe(false);
    for (const k of pairs) {
      const [i, j] = [Math.floor(k / 0x200000), k % 0x200000];
      expect(story(i)).toBe(story(j));
    }
  });

  it('keys a term within its story: common across stories, rare within one', () => {
    // Each story has three units with the figure; the corpus has six, over the largest list of 3.
    const figure = Array.from({ length: 6 }, (_, i) => ['#pct:62', `own${i}`]);
    const half = (i: number) => (i < 3 ? 's1' : 's2');
    expect(candidatePairs(figure, 3).pairs.size).toBe(0);
    const scoped = [...candidatePairs(storyScoped(figure, half), 3).pairs.keys()].map(unpair);
    expect(scoped.sort()).toEqual([[0, 1], [0, 2], [1, 2], [3, 4], [3, 5], [4, 5]]);
  });

  it('stays linear: at most window pairs per unit, none for units of no story', () => {
    expect(neighbourPairs(terms, story).length).toBeLessThanOrEqual(terms.length * NEIGHBOURS);
    expect(neighbourPairs(terms, (i) => (i < 20 ? null : 's2')).every((k) => Math.floor(k / 0x200000) >= 20)).toBe(true);
  });
});
