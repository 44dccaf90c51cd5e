import { describe, expect, it } from 'vitest';
import type { Disagreement } from '../../../src/claims/index.ts';
import { disagreementIds } from '../../../src/emit/briefing-cite.ts';

const q = (sourceId: string) => ({ sourceId, sentenceId: 's-1', text: `Sentence of ${sourceId}.` });
const dispute = (about: string, values: string[], first: string): Disagreement => ({
  kind: 'number',
  about,
  subject: { words: about.split(' '), phrase: null, time: null },
  sides: values.map((value, i) => ({ value, citations: [q(`${first}${i}`)] })),
  claimIds: [],
});

describe('disagreementIds', () => {
  const strike = dispute('strike: workers', ['8,200', '3,300'], 'a');
  const toll = dispute('mudslide: killed', ['10', '11'], 'b');

  it('keeps an id when other disagreements come before it or its quotes change', () => {
    const [alone] = disagreementIds([strike]);
    expect(alone).toMatch(/^d-[0-9a-f]{12}$/);
    expect(disagreementIds([toll, strike])[1]).toBe(alone);
    expect(disagreementIds([dispute('strike: workers', ['3,300', '8,200'], 'z')])[0]).toBe(alone);
  });

  it('tells different disputes apart, and numbers the same dispute in another story', () => {
    const ids = disagreementIds([strike, toll, dispute('strike: workers', ['8,200', '3,300'], 'c')]);
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe(`${ids[0]}-2`);
  });
});
