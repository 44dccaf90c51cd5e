import { describe, expect, it } from 'vitest';
import { postCapped, pushTo } from '../../../src/model/multimap.ts';

describe('pushTo', () => {
  it('starts a list for a new key and appends to it after, in order', () => {
    const m = new Map<number, string[]>();
    pushTo(m, 3, 'Dushanbe');
    pushTo(m, 7, 'second');
    pushTo(m, 3, 'Thursday');
    expect([...m]).toEqual([[3, ['Dushanbe', 'Thursday']], [7, ['second']]]);
  });
});

describe('postCapped', () => {
  it('grows a posting list to one past its cap, then stops: a list that long is no key', () => {
    const postings = new Map<string, number[]>();
    for (let i = 0; i < 10; i++) postCapped(postings, 'common', i, 3);
    postCapped(postings, 'rare', 7, 3);
    expect(postings.get('common')).toEqual([0, 1, 2, 3]);
    expect(postings.get('rare')).toEqual([7]);
  });
});

