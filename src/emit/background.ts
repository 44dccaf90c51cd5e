/**
 * History is not news. Outlets repeat a line of background ("In 2014, a
 * similar disaster killed 70 people in the same region.") as often as what
 * happened, so a lead ranked by corroboration alone would open with it.
 */
import { findYears, isHistory, yearOf, type Claim } from '../claims/index.ts';

/**
 * A claim is background when every sentence quoted for it names a year, and
 * the years each names are history for its source (history.ts: two or more
 * years before it was written, dates/written.ts); at least one quote's source
 * must have a known date (a quote from a source with none need only name a year).
 */
export function isBackground(claim: Claim, writtenOn: (sourceId: string) => string | null): boolean {
  let dated = 0;
  for (const q of claim.supports) {
    const years = findYears(q.text).map((y) => y.to);
    if (!years.length) return false;
    const written = writtenOn(q.sourceId);
    if (yearOf(written) === null) continue;
    if (!isHistory(years, written)) return false;
    dated++;
  }
  return dated > 0;
}
