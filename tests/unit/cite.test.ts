import { describe, expect, it } from 'vitest';
import { apaCitation } from '../../src/site/cite.ts';
import { andMore, countOf, formatCount, formatDate } from '../../src/site/format.ts';

describe('formatDate', () => {
  it('formats day, month and year precision without the locale', () => {
    expect(formatDate('2025-10-09')).toBe('9 October 2025');
    expect(formatDate('2025-10')).toBe('October 2025');
    expect(formatDate('2015')).toBe('2015');
    expect(formatDate(null)).toBeNull();
  });
});

describe('formatCount', () => {
  it('groups thousands with commas, and leaves small numbers alone', () => {
    expect([0, 7, 999, 1000, 4207, 10001, 1234567].map(formatCount)).toEqual(['0', '7', '999', '1,000', '4,207', '10,001', '1,234,567']);
  });
});

describe('countOf', () => {
  it('writes one of a thing in the singular, any other count in the plural, as prose writes counts', () => {
    expect([0, 1, 2, 1200].map((n) => countOf(n, 'dated event'))).toEqual(['0 dated events', '1 dated event', '2 dated events', '1,200 dated events']);
    expect(countOf(1, 'fact is', 'facts are')).toBe('1 fact is');
    expect(andMore(1, 'source', 'sources')).toBe('and 1 more source');
    expect(andMore(3, 'source', 'sources')).toBe('and 3 more sources');
  });
});

describe('apaCitation', () => {
  it('cites a dated page', () => {
    expect(apaCitation({ headline: 'A title', outlet: 'News.Az', url: 'https://news.az/x', published: '2025-10-09', accessed: null }))
      .toBe('News.Az. (2025, October 9). A title. https://news.az/x');
  });
  it('says n.d. and gives the retrieval date when the publication date is unknown', () => {
    expect(apaCitation({ headline: 'T', outlet: 'O', url: 'https://o.example/t', published: null, accessed: '2025-11-10' }))
      .toBe('O. (n.d.). T. Retrieved November 10, 2025, from https://o.example/t');
  });
});
