import type { ReportChecks } from '../dates/event-report.ts';
import type { DatedDoc, SourceDating, Timeline } from '../dates/index.ts';
import { buildTimeline, inferEventDates } from '../dates/index.ts';
import { nameWords } from '../claims/index.ts';
import { findStories, specificFigures, type Story } from '../stories/index.ts';
import type { EventNoun } from './sentence-nlp.ts';
import { timed } from './timings.ts';

/** The dates stage's input as data, to run it on another thread (see the `dates` job). */
export interface DatesInput {
  docs: DatedDoc[];
  /** The gathering-word answers of the docs' sentences (SentenceNlpMemo.eventNouns). */
  eventNouns: [string, EventNoun][];
  /** The entity ids each source names, in the docs' order: with the event days, they tell the stories apart. */
  names: string[][];
}

/** Per-source event dates, the stories they and the names make, then the timeline read against both. */
export interface DatesOutput {
  eventDates: SourceDating[];
  stories: Story[];
  timeline: Timeline;
}

/**
 * The dates stage: event days, then stories (which need them), then the
 * timeline (whose mentions never merge across stories). It needs only the
 * sources' sentences, dates and names, so it can run beside the topics.
 */
export function datesStage(docs: readonly DatedDoc[], names: readonly (readonly string[])[], checks: ReportChecks): DatesOutput {
  const eventDates = inferEventDates(docs);
  const day = new Map(eventDates.map((d) => [d.sourceId, d.date]));
  const stories = timed('stories', () => findStories(docs.map((d, i) => ({ sourceId: d.sourceId, entities: names[i] ?? [], eventDate: day.get(d.sourceId) ?? null, figures: specificFigures(d.sentences.map((x) => x.text).join('\n')) }))));
  // One story is the default: then nothing is split, whatever the clustering left unplaced.
  const storyOf = stories.stories.length > 1 ? stories.of : undefined;
  // Across stories only word-for-word background facts that name something merge, so only then is the
  // corpus's name test needed (0.4 s at 10,000 sources).
  const split = storyOf ? { storyOf, isName: nameWords(docs.flatMap((d) => d.sentences)) } : {};
  const timeline = buildTimeline(docs, eventDates, { checks, ...split });
  return { eventDates, stories: stories.stories, timeline };
}
