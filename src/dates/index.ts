/**
 * Dates stage: temporal expressions → resolved dates → per-source event dates
 * → the corpus timeline. Pure functions over sentences; no clock is read.
 */
export { findTemporalExpressions } from './find.ts';
export { findDurations } from './durations.ts';
export { resolve, needsReference } from './resolve.ts';
export { inferEventDates } from './event-dates.ts';
export { buildTimeline, formatWhen, statedDays } from './timeline.ts';
export { writtenOn } from './written.ts';
export type * from './types.ts';
