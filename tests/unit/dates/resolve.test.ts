import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../../../src/dates/find.ts';
import { resolve } from '../../../src/dates/resolve.ts';
import type { Reference, TemporalExpression } from '../../../src/dates/types.ts';

const ref = (date: string): Reference => ({ date, basis: 'test reference' });

/** The single expression of `sentence`. */
function only(sentence: string): TemporalExpression {
  const all = findTemporalExpressions(sentence);
  expect(all).toHaveLength(1);
  return all[0] as TemporalExpression;
}

const at = (sentence: string, date: string) => resolve(only(sentence), ref(date));

describe('resolve', () => {
  it('a weekday resolves to the most recent such day on or before the reference', () => {
    // 2025-10-09 is a Thursday: the weekday on the reference day is the reference day.
    expect(at('On Thursday, talks ended.', '2025-10-09')).toMatchObject({ start: '2025-10-09', precision: 'day', text: 'On Thursday' });
    expect(at('On Monday, talks began.', '2025-10-09')).toMatchObject({ start: '2025-10-06' });
    expect(at('On Friday, talks began.', '2025-10-09')).toMatchObject({ start: '2025-10-03' });
    expect(at('Talks began last Thursday.', '2025-10-09')).toMatchObject({ start: '2025-10-02' });
  });

  it('a weekday in a future-tense clause looks forward', () => {
    expect(at('They will meet on Friday.', '2025-10-09')).toMatchObject({ start: '2025-10-10' });
    expect(at('They meet again next Thursday.', '2025-10-09')).toMatchObject({ start: '2025-10-16' });
  });

  it('an event day standing in for the writing day places no yesterday, days ago or last week', () => {
    const eventDay: Reference = { date: '2024-09-28', basis: 'corpus event date', written: false };
    for (const sentence of ['The flood struck Risabad yesterday.', 'The flood struck three days ago.', 'Talks began last week.']) {
      expect(resolve(only(sentence), eventDay), sentence).toBeNull();
      expect(resolve(only(sentence), ref('2024-09-28')), sentence).not.toBeNull();
    }
    // Coarser or event-anchored expressions still resolve against it.
    expect(resolve(only('Trade grew last year.'), eventDay)).toMatchObject({ start: '2023', precision: 'year' });
    expect(resolve(only('The flood struck on Saturday.'), eventDay)).toMatchObject({ start: '2024-09-28', precision: 'day' });
  });

  it('relative years and decades', () => {
    expect(at('Trade grew last year.', '2025-10-09')).toMatchObject({ start: '2024', precision: 'year' });
    const past = at('Trade grew in the past year.', '2025-10-09');
    expect(past).toMatchObject({ start: '2024', precision: 'year' });
    expect(past?.basis).toMatch(/twelve months/);
    expect(at('It was founded a decade ago.', '2025-10-09')).toMatchObject({ start: '2015', precision: 'approximate-year' });
    expect(at('It was founded two years ago.', '2025-10-09')).toMatchObject({ start: '2023', precision: 'year' });
    expect(at('It closes next month.', '2025-12-09')).toMatchObject({ start: '2026-01', precision: 'month' });
    expect(at('It closed yesterday.', '2025-03-01')).toMatchObject({ start: '2025-02-28', precision: 'day' });
  });

  it('years, ranges, months and decades stated in the text need no reference', () => {
    expect(resolve(only('The plan runs through 2027.'), null)).toMatchObject({ start: '2027', precision: 'year', bound: 'until' });
    expect(resolve(only('A plan for 2025-2027.'), null)).toMatchObject({ start: '2025', end: '2027', precision: 'year-range' });
    expect(resolve(only('A plan for 2025–2027.'), null)).toMatchObject({ start: '2025', end: '2027', precision: 'year-range' });
    expect(resolve(only('It opened in October 2025.'), null)).toMatchObject({ start: '2025-10', precision: 'month' });
    expect(resolve(only('It opened on 9 October 2025.'), null)).toMatchObject({ start: '2025-10-09', precision: 'day' });
    expect(resolve(only('It grew in the 1990s.'), null)).toMatchObject({ start: '1990', end: '1999', precision: 'decade' });
  });

  it('a day without a year takes the year nearest the reference', () => {
    expect(at('It opened on October 9.', '2025-10-20')).toMatchObject({ start: '2025-10-09' });
    expect(at('It opened on October 9.', '2019-03-14')).toMatchObject({ start: '2018-10-09' });
  });

  it('stays unresolved without a reference rather than guessing', () => {
    expect(resolve(only('On Thursday, talks ended.'), null)).toBeNull();
    expect(resolve(only('Trade grew last year.'), null)).toBeNull();
    expect(resolve(only('It opened on October 9.'), null)).toBeNull();
  });

  it('says what it resolved against, the day in words', () => {
    expect(at('Trade grew last year.', '2025-10-09')?.basis).toBe('1 calendar year before 9 October 2025 (test reference)');
    expect(at('The plant opened on Thursday.', '2025-10-11')?.basis).toBe('most recent Thursday on or before 11 October 2025 (test reference)');
  });

  it('rejects a malformed reference', () => {
    expect(() => at('Trade grew last year.', '2025-13-40')).toThrow();
  });
});
