import type { Claim, Disagreement, EventSummary, GroupingStats, Lexicon } from '../claims/index.ts';
import { findDisagreements, groupClaimsWithStats } from '../claims/index.ts';
import { statedDays, writtenOn, type SourceDating, type Timeline } from '../dates/index.ts';
import type { CorpusEntity, Gazetteer } from '../entities/index.ts';
import { extractEntities, mergeCorpus } from '../entities/index.ts';
import type { Sentence } from '../model/types.ts';
import { storyIndex, type Story, type StoryOf } from '../stories/index.ts';
import type { SourceTopics, Taxonomy } from '../topics/index.ts';
import { scoreSources, tagSentences } from '../topics/index.ts';
import type { SourceRecord } from './corpus.ts';
import { datesStage } from './dates-stage.ts';
import { threadCount, ThreadPool } from './parallel.ts';
import { timed } from './timings.ts';
import { sentenceNlp } from './sentence-nlp.ts';

/**
 * From this many sources the dates stage (event days, stories, timeline) runs
 * on a thread of its own beside the topics, once the entities it needs for the
 * stories are known; the claims wait for it, as they use its event days and
 * stories. At 5,000 sources it took 2.5 s, against about 2 s for topics and
 * entities. Below, starting the thread (about a second, compromise included)
 * costs more than it saves.
 */
export const DATES_BESIDE_MIN = 500;

/** Options of analyseCorpus (defaults suit builds; tests lower them). */
export interface AnalyseOptions {
  /** Fewest sources for the dates stage to get its own thread. Default DATES_BESIDE_MIN. */
  datesBesideMin?: number;
}

/** Editor-editable data the analysis needs. */
export interface AnalysisConfig {
  taxonomy: Taxonomy;
  gazetteer: Gazetteer;
  /** Concept lexicon for claim grouping (content/lexicon.yaml). */
  lexicon: Lexicon;
}

/** Everything the site says about the corpus as a whole. */
export interface CorpusAnalysis {
  /** Per source: topics with scores and the sentences behind each tag. */
  sourceTopics: SourceTopics[];
  /** Entities merged across sources (aliases → one entity). */
  entities: CorpusEntity[];
  /** Facts grouped across sources, with corroboration. */
  claims: Claim[];
  /** Events with what sources say of their place, day, edition and length, each facet citing its claim. */
  events: EventSummary[];
  /** Which sources report the same story; claims, events and disagreements stay inside one. */
  stories: Story[];
  /** Where sources give conflicting numbers, dates or durations. */
  disagreements: Disagreement[];
  /** How much comparing the claim grouping did (it must not be all-pairs). */
  grouping: GroupingStats;
  /** Per source: the date of the reported event, stated or inferred. */
  eventDates: SourceDating[];
  /** Dated events across sources, merged, with citations; and what could not be dated. */
  timeline: Timeline;
  /** When each source was written, as far as history needs it (dates/written.ts): the claims and the briefing's background read it. */
  writtenOn: (sourceId: string) => string | null;
}

/** Sentence key → values, for the claim grouping's hooks. */
function lookup(pairs: Iterable<[string, string]>): (s: Sentence) => string[] {
  const map = new Map<string, string[]>();
  for (const [key, value] of pairs) {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  }
  return (s) => map.get(`${s.sourceId}#${s.id}`) ?? [];
}

/** Each source's entity ids, in the records' order, for the story clustering. */
function namesOf(records: SourceRecord[], entities: CorpusEntity[]): string[][] {
  const names = new Map<string, string[]>(records.map((r) => [r.raw.id, []]));
  for (const e of entities) for (const id of e.sources) names.get(id)?.push(e.id);
  return records.map((r) => names.get(r.raw.id) ?? []);
}

/** A story lookup from the stories (sources in none are unplaced: null). */
function storyLookup(stories: Story[]): StoryOf {
  const of = storyIndex(stories);
  return (id) => of.get(id) ?? null;
}

/**
 * Run the corpus-level stages over the sources' sentences (boilerplate never
 * reaches here). The result is the same with or without the dates thread.
 */
export function analyseCorpus(records: SourceRecord[], config: AnalysisConfig, options: AnalyseOptions = {}): CorpusAnalysis {
  const sentences: Sentence[] = records.flatMap((r) => r.sentences);
  const docs = records.map((r) => ({ sourceId: r.raw.id, published: r.meta.published.value, sentences: r.sentences }));
  const beside = records.length >= (options.datesBesideMin ?? DATES_BESIDE_MIN) && threadCount() > 1 ? new ThreadPool(1) : null;
  try {
    // Stories need each source's names, and the timeline needs the stories: entities come first.
    const entities = timed('entities', () => mergeCorpus(extractEntities(sentences, config.gazetteer, { ner: sentenceNlp.ner })));
    const names = namesOf(records, entities);
    // "dates" is this thread's time: sending the input, and waiting for the result before the claims.
    const dates = timed('dates', () =>
      beside
        ? beside.start('dates', { docs, names, eventNouns: sentenceNlp.eventNouns(sentences.map((s) => s.text)) })
        : () => datesStage(docs, names, sentenceNlp.reportChecks),
    );
    const tagged = timed('topics', () => tagSentences(sentences, config.taxonomy));
    const sourceTopics = timed('topics', () => scoreSources(tagged, config.taxonomy));

    // The claims use the event days, the stories and the days the sentences state: they wait for the dates here.
    const { eventDates, stories, timeline } = timed('dates', dates);
    const written = writtenOn(docs.map((d) => [d.sourceId, d.published]), eventDates);
    const published = new Map(docs.map((d) => [d.sourceId, d.published]));
    const hooks = {
      topicsOf: lookup(tagged.flatMap((t) => t.topics.map((x) => [`${t.sourceId}#${t.sentenceId}`, x.topicId] as [string, string]))),
      entitiesOf: lookup(entities.flatMap((e) => e.mentions.map((m) => [`${m.sourceId}#${m.sentenceId}`, e.id] as [string, string]))),
      storyOf: storyLookup(stories),
      // Days the sentence itself states, as the dates stage resolved them ("on Thursday" → its date).
      datesOf: lookup(statedDays(timeline)),
      writtenOn: written,
      publishedOn: (id: string) => published.get(id) ?? null,
    };
    const { claims, events, stats, shared } = timed('claims', () => groupClaimsWithStats(sentences, { ...hooks, lexicon: config.lexicon }));
    const disagreements = timed('claims', () => findDisagreements(sentences, claims, hooks, shared));
    return { sourceTopics, entities, claims, events, stories, disagreements, grouping: stats, eventDates, timeline, writtenOn: written };
  } finally {
    beside?.close();
  }
}
