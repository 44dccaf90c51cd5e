import type { Anchors } from './types.ts';

/**
 * History is not news. A figure or a line dated this many years or more
 * before its report ("In 2014, a similar disaster killed 70 people",
 * "became independent in 1995") is background; last year's trade is news.
 */
export const HISTORY_YEARS = 2;

/** The year of an ISO date, or null. */
export const yearOf = (iso: string | null | undefined): number | null => (iso && /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : null);

/** Named years all HISTORY_YEARS or more before the year the report was written (dates/written.ts); false without a date or a year. */
export function isHistory(years: readonly number[], written: string | null | undefined): boolean {
  const year = yearOf(written);
  return year !== null && years.length > 0 && years.every((y) => y <= year - HISTORY_YEARS);
}

/**
 * Two sentences (by index) of which one is dated only to history and the other names no year:
 * "In 2016, a similar flood killed 29 people" never restates "29 people were killed on Tuesday".
 */
export function historyApart(anchors: Anchors[], writtenOn: (sentence: number) => string | null | undefined): (a: number, b: number) => boolean {
  const past = anchors.map((x, i) => isHistory(x.years.filter((y) => y.from === y.to).map((y) => y.to), writtenOn(i)));
  // "Last year" is the year before the report, never a year of history: it counts as no year here.
  const undated = (i: number) => !anchors[i]?.years.length;
  return (a, b) => (past[a] === true && undated(b)) || (past[b] === true && undated(a));
}
