import { describe, expect, it } from 'vitest';
import { basisParts, basisSources } from '../../../src/site/basis-text.ts';

const names = new Map([
  ['002_f32a9bfc51ef6824', 'News.Az'],
  ['000_1510355dc95fd7de', 'aerocloud.top'],
  ['a', 'Alpha Daily'],
]);
const nameOf = (id: string) => names.get(id);

describe('basisParts', () => {
  it('names each source the dates stage relied on by its outlet, linked by id', () => {
    const basis = '10 years before 2025-10-09 (event date taken from source 002_f32a9bfc51ef6824, which tells the same story; source 000_1510355dc95fd7de names no day); a round figure';
    expect(basisParts(basis, nameOf)).toEqual([
      { text: '10 years before 2025-10-09 (event date taken from ' },
      { text: 'News.Az', sourceId: '002_f32a9bfc51ef6824' },
      { text: ', which tells the same story; ' },
      { text: 'aerocloud.top', sourceId: '000_1510355dc95fd7de' },
      { text: ' names no day); a round figure' },
    ]);
  });

  it("keeps a possessive and a sentence's end outside the id", () => {
    expect(basisParts("tells the same story as source a's 'On Thursday' sentence", nameOf)).toEqual([
      { text: 'tells the same story as ' },
      { text: 'Alpha Daily', sourceId: 'a' },
      { text: "'s 'On Thursday' sentence" },
    ]);
    expect(basisParts('publication date of source a.', nameOf).map((p) => p.text).join('')).toBe('publication date of Alpha Daily.');
  });

  it('leaves words after "source" that are no known id, and ids not after "source", as written', () => {
    const basis = "'the source said' read against a; source unknown-id names no day";
    expect(basisParts(basis, nameOf)).toEqual([{ text: basis }]);
    expect(basisSources(basis)).toEqual(['said', 'unknown-id']);
  });
});
