import { describe, expect, it } from 'vitest';
import { writtenIn } from '../../../src/claims/summary.ts';
import { dayFacets, facetAsWritten, facetText, otherDays } from '../../../src/claims/events.ts';
import { anchorsOf } from '../../../src/claims/anchors.ts';
import type { Sentence } from '../../../src/model/types.ts';

describe('writtenIn', () => {
  it('finds words as the sentence writes them, whole words only', () => {
    expect(writtenIn('On Thursday, leaders met in Velm.', { words: 'thursday' })).toBe('Thursday');
    expect(writtenIn('Trade reached $45 billion last year.', { words: '$45 billion' })).toBe('$45 billion');
    expect(writtenIn('The two-day event opened.', { words: 'two-day' })).toBe('two-day');
    expect(writtenIn('A secondary school reopened, then the second summit.', { words: 'second' })).toBe('second');
    expect(writtenIn('Costs (in $) rose.', { words: '(in $)' })).toBe('(in $)');
  });

  it('finds a day as the sentence writes its date, with or without the year, when its words are not written', () => {
    expect(writtenIn('The summit opened in Zangrad on October 28, 2023.', { words: 'Saturday', day: '2023-10-28' })).toBe('October 28, 2023');
    expect(writtenIn('Leaders met in Zangrad on 4 July 2024 for the summit.', { day: '2024-07-04' })).toBe('4 July 2024');
    expect(writtenIn('Leaders met in Zangrad on 4 July for the summit.', { day: '2024-07-04' })).toBe('4 July');
    expect(writtenIn('Leaders met in Zangrad on 5 July for the summit.', { day: '2024-07-04' })).toBeNull();
    expect(writtenIn('ZANGRAD, Oct 28 (Ka Agency) - The summit opened on October 28, 2023.', { day: '2023-10-28' })).toBe('October 28, 2023');
  });

  it('gives null for a value the sentence does not write', () => {
    expect(writtenIn('A secondary school reopened.', { words: 'second' })).toBeNull();
    expect(writtenIn('Leaders met on Friday.', { day: '2025-10-09' })).toBeNull();
    expect(writtenIn('Leaders met.', {})).toBeNull();
  });
});

describe('day facets as written', () => {
  const sentence = (text: string): Sentence => ({ id: 's-1', sourceId: 'a', index: 0, text }) as Sentence;
  const facetsOf = (text: string, dates: string[] = []) => dayFacets(sentence(text), anchorsOf(text), 0, () => dates);

  it('carries the day and the weekday written with it, not a label to parse back', () => {
    const [f] = facetsOf('On Thursday, the summit opened in Velm.', ['2025-10-09']);
    expect(f).toMatchObject({ label: 'Thursday (2025-10-09)', day: '2025-10-09', weekday: 'Thursday' });
    expect(facetAsWritten(f!)).toEqual({ words: 'Thursday', day: '2025-10-09' });
  });

  it('finds a resolved day the sentence writes as a date through the date, and an unresolved weekday through its word', () => {
    const [dated] = facetsOf('The summit opened in Velm on October 9, 2025.', ['2025-10-09']);
    expect(dated?.weekday).toBeUndefined();
    expect(writtenIn('The summit opened in Velm on October 9, 2025.', facetAsWritten(dated!))).toBe('October 9, 2025');
    const [weekday] = facetsOf('On Thursday, the summit opened in Velm.');
    expect(weekday).toMatchObject({ value: 'thursday', weekday: 'Thursday' });
    expect(weekday?.day).toBeUndefined();
    expect(writtenIn('On Thursday, the summit opened in Velm.', facetAsWritten(weekday!))).toBe('Thursday');
  });

  it('takes no day the sentence writes for something else: when it was said, or the moment in another time zone', () => {
    expect(facetsOf('The toll rose to 89 in the wake of a major earthquake in Velm, state media said Tuesday.', ['2013-07-23'])).toEqual([]);
    expect(facetsOf('The quake hit at 7:45 a.m. Monday local time (7:45 p.m. GMT Sunday).').map((f) => f.weekday)).toEqual(['Monday']);
    expect(facetsOf('On Monday the talks began, officials said Monday.').map((f) => f.weekday)).toEqual(['Monday']);
    expect([...otherDays('The summit opened on Thursday, officials told reporters on Friday.')]).toEqual(['friday']);
  });

  it('reads to a reader as a date in words, after the weekday the source wrote; other values as written', () => {
    expect(facetText({ label: 'Thursday (2025-10-09)', day: '2025-10-09', weekday: 'Thursday' })).toBe('Thursday, 9 October 2025');
    expect(facetText({ label: '2025-10-09', day: '2025-10-09' })).toBe('9 October 2025');
    expect(facetText({ label: 'Thursday', weekday: 'Thursday' })).toBe('Thursday');
    expect(facetText({ label: 'Velm' })).toBe('Velm');
  });
});
