import { describe, expect, it } from 'vitest';
import { rarity, weightedCoverage } from '../../../src/dates/weights.ts';

describe('rarity', () => {
  const weight = rarity([new Set(['flood', 'region', 'killed']), new Set(['storm', 'region', 'killed']), new Set(['strike', 'region'])]);

  it('weighs a word by how few sources use it: log(1 + N/df)', () => {
    expect(weight('flood')).toBeCloseTo(Math.log(1 + 3 / 1));
    expect(weight('killed')).toBeCloseTo(Math.log(1 + 3 / 2));
    expect(weight('region')).toBeCloseTo(Math.log(2));
    expect(weight('flood')).toBeGreaterThan(weight('killed'));
  });

  it('weighs a word no source has as one used once', () => {
    expect(weight('earthquake')).toBe(weight('flood'));
  });
});

describe('weightedCoverage', () => {
  const item = (...words: string[]) => ({ terms: new Set(words) });

  it('is the share of the weight, not of the words', () => {
    const coverage = weightedCoverage((w: string) => (w === 'flood' ? 3 : 1));
    expect(coverage(item('flood', 'region', 'killed'), new Set(['region', 'killed']))).toBeCloseTo(2 / 5);
    expect(coverage(item('flood', 'region'), new Set(['flood']))).toBeCloseTo(3 / 4);
  });

  it('weighs each item once, however often it is asked about', () => {
    const asked: string[] = [];
    const coverage = weightedCoverage((w: string) => (asked.push(w), 1));
    const anchor = item('a', 'b');
    expect(coverage(anchor, new Set(['a', 'b', 'c']))).toBe(1);
    expect(coverage(anchor, new Set(['a']))).toBe(0.5);
    expect(asked).toEqual(['a', 'b']);
  });

  it('is 0 for an item with nothing to cover', () => {
    expect(weightedCoverage(() => 1)(item(), new Set(['a']))).toBe(0);
  });
});
