/**
 * History is not news. Outlets repeat a line of background ("In 2014, a
 * similar disaster killed 70 people in the same region.") as often as what
 * happened, so a lead ranked by corroboration alone would open with it.
 */
import { findYears, type Claim } from '../claims/index.ts';

/** The year of an ISO date, or null. */
const yearOf = (iso: string | null): number | null => (iso && /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : null);

/**
 * A claim is background when every sentence quoted for it names a year, and
 * every year it names is before its source's publication year; at least one
 * quote's source must have a known date (an undated source's quote need only
 * name a year).
 */
export function isBackground(claim: Claim, publishedOf: (sourceId: string) => string | null): boolean {
  let dated = 0;
  for (const q of claim.supports) {
    const years = findYears(q.text);
    if (!years.length) return false;
    const published = yearOf(publishedOf(q.sourceId));
    if (published === null) continue;
    if (years.some((y) => y.to >= published)) return false;
    dated++;
  }
  return dated > 0;
}
