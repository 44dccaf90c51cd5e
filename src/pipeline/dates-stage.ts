import type { ReportChecks } from '../dates/event-report.ts';
import type { DatedDoc, SourceDating, Timeline } from '../dates/index.ts';
import { buildTimeline, inferEventDates } from '../dates/index.ts';
import type { EventNoun } from './sentence-nlp.ts';

/** The dates stage's input as data, to run it on another thread (see the `dates` job). */
export interface DatesInput {
  docs: DatedDoc[];
  /** The gathering-word answers of the docs' sentences (SentenceNlpMemo.eventNouns). */
  eventNouns: [string, EventNoun][];
}

/** Per-source event dates, then the timeline read against them. */
export interface DatesOutput {
  eventDates: SourceDating[];
  timeline: Timeline;
}

/** The dates stage: it needs only the sources' sentences and dates, so it can run beside the claims. */
export function datesStage(docs: readonly DatedDoc[], checks: ReportChecks): DatesOutput {
  const eventDates = inferEventDates(docs);
  return { eventDates, timeline: buildTimeline(docs, eventDates, { checks }) };
}
