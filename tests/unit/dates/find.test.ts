import { describe, expect, it } from 'vitest';
import { findDurations } from '../../../src/dates/durations.ts';
import { findTemporalExpressions } from '../../../src/dates/find.ts';

const found = (s: string) => findTemporalExpressions(s).map((e) => [e.kind, e.text]);

describe('findTemporalExpressions', () => {
  it('finds absolute dates in the usual spellings', () => {
    expect(found('It opened on 9 October 2025, not October 9, and 2025-10-09 is ISO.')).toEqual([
      ['absolute', 'on 9 October 2025'],
      ['absolute', 'October 9'],
      ['absolute', '2025-10-09'],
    ]);
    expect(found('Talks resumed on Thursday, October 9, 2025.')).toEqual([['absolute', 'on Thursday, October 9, 2025']]);
  });

  it('leaves out the filing day of a wire dateline, and keeps the days the story tells', () => {
    expect(found('ZANGRAD, Nov 3 (Stogan Wire) - The eighth council summit opened in Zangrad on Saturday.')).toEqual([['weekday', 'on Saturday']]);
    expect(found('ALMATY, March 3, 2025 (AFP) — Talks ended on 1 March 2025.')).toEqual([['absolute', 'on 1 March 2025']]);
    // Not a dateline: an ordinary opening, or a dateline without a date.
    expect(found('On Nov 3, leaders met in Zangrad.')).toEqual([['absolute', 'On Nov 3']]);
    expect(found('Dushanbe (TDI): The summit opened on Thursday.')).toEqual([['weekday', 'on Thursday']]);
  });

  it('finds weekdays, with or without a capital preposition', () => {
    expect(found('On Thursday, the minister resigned.')).toEqual([['weekday', 'On Thursday']]);
    expect(found('The minister on Thursday resigned.')).toEqual([['weekday', 'on Thursday']]);
  });

  it('finds relative expressions', () => {
    const s = 'Sales rose last year, fell in the past year, began a decade ago, peaked two years ago and end next month.';
    expect(found(s)).toEqual([
      ['relative', 'last year'],
      ['relative', 'in the past year'],
      ['relative', 'a decade ago'],
      ['relative', 'two years ago'],
      ['relative', 'next month'],
    ]);
  });

  it('finds years with their preposition and bound', () => {
    const e = findTemporalExpressions('Work starts in 2027, runs through 2027 and ends by 2030.');
    expect(e.map((x) => [x.kind, x.text, x.bound])).toEqual([
      ['year', 'in 2027', undefined],
      ['year', 'through 2027', 'until'],
      ['year', 'by 2030', 'by'],
    ]);
  });

  it('finds ranges with any dash and the month-year form', () => {
    expect(found('A plan for 2025-2027, a budget for 2025–2027, a census 2019–21.')).toEqual([
      ['range', 'for 2025-2027'],
      ['range', 'for 2025–2027'],
      ['range', '2019–21'],
    ]);
    expect(found('The law passed in October 2025.')).toEqual([['month-year', 'in October 2025']]);
  });

  it('does not read money, counts or measures as dates', () => {
    expect(found('Investment passed $45 billion with 25,000 companies and 16 px margins.')).toEqual([]);
    expect(found('In 2000 cases the court ruled for 1999 plaintiffs; 2024% is not a year.')).toEqual([]);
    expect(found('It cost $2025 and weighed 2030 kg.')).toEqual([]);
  });

  it('does not read "May" the verb, or a two-day event, as a date', () => {
    expect(found('May I add that prices may rise?')).toEqual([]);
    expect(found('The two-day event ended.')).toEqual([]);
    expect(found('Elections are held in May.')).toEqual([['month', 'in May']]);
    expect(found('It was signed on May 5.')).toEqual([['absolute', 'on May 5']]);
  });

  it('reads "the 1990s" as a decade, not the year 1990', () => {
    const e = findTemporalExpressions('Growth slowed in the 1990s.');
    expect(e.map((x) => [x.kind, x.text, x.value])).toEqual([['decade', 'the 1990s', { kind: 'decade', decade: 1990 }]]);
  });

  it('offsets locate the verbatim text', () => {
    const s = 'Leaders met on Monday and agreed a plan for 2025-2027.';
    for (const e of findTemporalExpressions(s)) expect(s.slice(e.start, e.end)).toBe(e.text);
  });

  it('marks weekdays in a future-tense clause as forward-looking', () => {
    const [e] = findTemporalExpressions('The ministers will meet again on Friday.');
    expect(e?.value).toEqual({ kind: 'weekday', weekday: 5, direction: 'future', strict: false });
  });
});

describe('findDurations', () => {
  it('finds hyphenated durations and duration phrases', () => {
    const d = findDurations('The two-day event followed a three-day forum and a multi-year plan; China has led for a decade.');
    expect(d.map((x) => [x.text, x.count, x.unit, x.form])).toEqual([
      ['two-day', 2, 'day', 'compound'],
      ['three-day', 3, 'day', 'compound'],
      ['multi-year', null, 'year', 'compound'],
      ['for a decade', 1, 'decade', 'phrase'],
    ]);
  });

  it('does not take ages or dates for durations', () => {
    expect(findDurations('A 16-year-old was hurt last year on 9 October 2025.')).toEqual([]);
  });

  it('a duration is never also a date', () => {
    expect(findTemporalExpressions('China has been the largest lender for a decade.')).toEqual([]);
  });
});
