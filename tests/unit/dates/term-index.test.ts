import { describe, expect, it } from 'vitest';
import { TermIndex } from '../../../src/dates/term-index.ts';

const set = (text: string) => new Set(text.split(' '));

describe('a term index', () => {
  const index = new TermIndex<string>();
  index.add('summit-a', set('summit dushanbe leaders trade'));
  index.add('flood', set('flood river village'));
  index.add('summit-b', set('summit leaders trade energy agreement'));
  index.add('trade-only', set('trade'));

  it('finds the entries sharing at least min terms, in insertion order, with both counts', () => {
    expect(index.sharing(set('leaders trade summit energy'), 3)).toEqual([
      { value: 'summit-a', shared: 3, size: 4 },
      { value: 'summit-b', shared: 4, size: 5 },
    ]);
    expect(index.sharing(set('trade'), 1).map((m) => m.value)).toEqual(['summit-a', 'summit-b', 'trade-only']);
  });

  it('starts every query from zero (counts of an earlier query do not leak)', () => {
    const first = index.sharing(set('flood river summit'), 1);
    expect(index.sharing(set('flood river summit'), 1)).toEqual(first);
    expect(first).toEqual([
      { value: 'summit-a', shared: 1, size: 4 },
      { value: 'flood', shared: 2, size: 3 },
      { value: 'summit-b', shared: 1, size: 5 },
    ]);
  });

  it('finds nothing for unknown terms, and entries added later are found', () => {
    expect(index.sharing(set('volcano'), 1)).toEqual([]);
    index.add('volcano', set('volcano eruption'));
    expect(index.sharing(set('volcano ash'), 1)).toEqual([{ value: 'volcano', shared: 1, size: 2 }]);
  });
});
