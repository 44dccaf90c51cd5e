/**
 * History is not news. Outlets repeat a line of background ("In 2014, a
 * similar disaster killed 70 people in the same region.") as often as what
 * happened, so a lead ranked by corroboration alone would open with it.
 */
import { findYears, isHistory, yearOf, type Claim } from '../claims/index.ts';

/**
 * A claim is background when every sentence quoted for it names a year, and
 * the years each names are history for its source (history.ts: two or more
 * years before it was published); at least one quote's source must have a
 * known date (an undated source's quote need only name a year).
 */
export function isBackground(claim: Claim, publishedOf: (sourceId: string) => string | null): boolean {
  let dated = 0;
  for (const q of claim.supports) {
    const years = findYears(q.text).map((y) => y.to);
    if (!years.length) return false;
    const published = publishedOf(q.sourceId);
    if (yearOf(published) === null) continue;
    if (!isHistory(years, published)) return false;
    dated++;
  }
  return dated > 0;
}
