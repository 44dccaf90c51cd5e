import { describe, expect, it } from 'vitest';
import { citedSources } from '../../../src/site/structured.ts';

const sources = ['e', 'a', 'd', 'b', 'c'].map((id) => ({ id }));
// Facts reported by several outlets: c is cited by three, e by two, a, b and d by one each.
const facts = [{ sourceIds: ['c', 'e'] }, { sourceIds: ['c', 'e', 'a'] }, { sourceIds: ['c', 'b'] }, { sourceIds: ['d'] }];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('citedSources (the briefing structured data)', () => {
  it('names every source, in id order, up to the limit', () => {
    expect(ids(citedSources(sources, facts, 5))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(citedSources(sources, [], 10))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('beyond the limit, names the sources most facts cite, ties by id, in id order', () => {
    expect(ids(citedSources(sources, facts, 2))).toEqual(['c', 'e']);
    // a, b and d are cited once each: the tie goes to a.
    expect(ids(citedSources(sources, facts, 3))).toEqual(['a', 'c', 'e']);
  });
  it('a source no fact cites comes last', () => {
    const more = [...sources, { id: '0-uncited' }];
    expect(ids(citedSources(more, facts, 5))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('does not reorder its input', () => {
    const copy = [...sources];
    citedSources(sources, facts, 2);
    expect(sources).toEqual(copy);
  });
});
