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
