import { describe, expect, it } from 'vitest';
import { pushTo } from '../../../src/model/multimap.ts';

describe('pushTo', () => {
  it('starts a list for a new key and appends to it after, in order', () => {
    const m = new Map<number, string[]>();
    pushTo(m, 3, 'Dushanbe');
    pushTo(m, 7, 'second');
    pushTo(m, 3, 'Thursday');
    expect([...m]).toEqual([[3, ['Dushanbe', 'Thursday']], [7, ['second']]]);
  });
});
