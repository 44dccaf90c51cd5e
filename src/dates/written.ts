import type { SourceDating } from './types.ts';

/**
 * When each source was written, as far as history needs it (a year two or
 * more back is background, claims/history.ts): its publication date, or for
 * an undated source the day of the event it reports (stated in its text or
 * matched with a dated source), or null. Not for relative dates: "yesterday"
 * counts from the day of writing, which an event day is not.
 */
export function writtenOn(published: Iterable<[string, string | null]>, eventDates: readonly SourceDating[]): (sourceId: string) => string | null {
  const day = new Map(eventDates.map((d) => [d.sourceId, d.date]));
  const by = new Map([...published].map(([id, date]) => [id, date ?? day.get(id) ?? null]));
  return (id) => by.get(id) ?? null;
}
