import { describe, expect, it } from 'vitest';
import type { Claim, Quote } from '../../../src/claims/index.ts';
import { isBackground } from '../../../src/emit/background.ts';
import { leadClaims } from '../../../src/site/lead.ts';

const q = (sourceId: string, text: string): Quote => ({ sourceId, sentenceId: `s-${text.length}`, text });
const claim = (id: string, supports: Quote[]): Claim => ({
  id, basis: 'similar', facets: [], representative: supports[0]!, supports, sourceIds: [...new Set(supports.map((s) => s.sourceId))].sort(), topics: [],
  anchors: { amounts: [], percents: [], years: [], weekdays: [], days: [], durations: [], dates: [], entities: [] },
  reportedBy: new Set(supports.map((s) => s.sourceId)).size, of: 3, rank: 0,
});
const published: Record<string, string | null> = { a: '2025-03-02', b: '2025-03-03T08:00:00Z', c: null };
const writtenOn = (id: string) => published[id] ?? null;

describe('isBackground', () => {
  const history = claim('h', [q('a', 'In 2014, a similar disaster killed 70 people in the same region.'), q('b', 'The region was hit in 2014, when 70 people died.')]);
  it('is a claim every quote of which names only years two or more before its source was published', () => {
    expect(isBackground(history, writtenOn)).toBe(true);
    expect(isBackground(claim('u', [...history.supports, q('c', 'Floods struck the region in 2014.')]), writtenOn)).toBe(true);
  });
  it('is not when a quote names no year, names the publication year or later, or no source has a date', () => {
    expect(isBackground(claim('n', [...history.supports, q('c', 'A similar disaster killed 70 people.')]), writtenOn)).toBe(false);
    expect(isBackground(claim('y', [q('a', 'Trade reached $45 billion in 2025.'), q('b', 'Trade reached $45bn in 2024.')]), writtenOn)).toBe(false);
    // Last year's figure is news.
    expect(isBackground(claim('l', [q('a', 'Trade reached $45 billion in 2024.'), q('b', 'Trade reached $45bn in 2024.')]), writtenOn)).toBe(false);
    expect(isBackground(claim('t', [q('a', 'Trade should reach $60 billion by 2030, from $45 billion in 2024.')]), writtenOn)).toBe(false);
    expect(isBackground(claim('c', [q('c', 'In 2014, a similar disaster killed 70 people.')]), writtenOn)).toBe(false);
  });
  it('keeps background out of the lead', () => {
    const news = claim('news', [q('a', 'The flood killed 9 people on Sunday.'), q('b', 'Nine people died in the flood.')]);
    expect(leadClaims([history, news], 5, new Set(), (c) => isBackground(c, writtenOn)).map((c) => c.id)).toEqual(['news']);
  });
});
