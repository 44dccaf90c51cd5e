/**
 * Types of the claims stage (cross-source grouping, corroboration and
 * disagreements). Plain data, like src/model/types.ts.
 */
import type { StoryOf } from '../stories/index.ts';
import type { Sentence } from '../model/types.ts';
import type { Lexicon } from './conceptSchema.ts';
import type { EventGroup } from './eventgroups.ts';
import type { FacetKind } from './events.ts';
import type { FigureMention } from './figures.ts';

/** How a figure is hedged in the text. `over` covers "more than", "exceeded", "surpassed"; `under` covers "less than", "up to", "nearly". */
export type Qualifier = 'exact' | 'over' | 'under' | 'about';

/** A figure with its unit and scale applied: "$45 billion" → {value: 45e9, unit: 'USD'}. */
export interface Amount {
  value: number;
  /** Currency code for money, stemmed noun for counts ("compan" for "25,000 companies"), null when unknown. */
  unit: string | null;
  qualifier: Qualifier;
  /** The matched text, verbatim from the folded sentence. */
  text: string;
  /** Content stems around the figure: what it measures ("trade", "invest"). */
  context: string[];
}

export interface Percent {
  value: number;
  qualifier: Qualifier;
  text: string;
  context: string[];
}

/** A year or span of years: "2025-2027" → {from: 2025, to: 2027}; "through 2027" → {from: null, to: 2027}. */
export interface YearSpan {
  from: number | null;
  to: number;
  text: string;
}

export type DurationUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** A stated length of time: "two-day" → {value: 2, unit: 'day'}; "multi-year" → {value: null, unit: 'year'}. */
export interface Duration {
  /** Null for "multi-", "several", "few": more than one, number unknown. */
  value: number | null;
  unit: DurationUnit;
  text: string;
  /** Offset of the match in the folded sentence (lets callers look at the noun it modifies). */
  at: number;
}

/** Cheap, language-level anchors of one sentence. */
export interface Anchors {
  amounts: Amount[];
  percents: Percent[];
  years: YearSpan[];
  /** Lowercase weekday names ("thursday"). */
  weekdays: string[];
  /** Calendar days written in the text: "YYYY-MM-DD" or "--MM-DD" when the year is not given. */
  days: string[];
  durations: Duration[];
  /** Relative time expressions, normalised: "last-year", "decade-ago", "yesterday", … */
  relative: string[];
  /** Editions of events: "2 summit" for "the second … summit". */
  editions: string[];
  /** Capitalised words not at the start of the sentence, lowercased (fallback for entity ids). */
  names: string[];
  /** Numbers that are neither a figure above nor a date ("rose to 11", "a rating of 7.2"): see numbers.ts bareNumbers. */
  bare: string[];
  /** Content-word stems, deduplicated, in first-occurrence order. */
  words: string[];
}

/** Optional hooks from other stages; each returns ids for one sentence. */
export interface GroupOptions {
  /** Canonical entity ids mentioned in the sentence. */
  entitiesOf?: (s: Sentence) => string[];
  /** Resolved ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) the sentence refers to. */
  datesOf?: (s: Sentence) => string[];
  /** Topic ids of the sentence. */
  topicsOf?: (s: Sentence) => string[];
  /**
   * The story of a source (src/stories): sentences of different stories never
   * state the same fact, link the same event or disagree. null = unplaced,
   * comparable with any story. Default: one story.
   */
  storyOf?: StoryOf;
  /** Minimum combined similarity for two sentences to state the same fact (default DEFAULT_THRESHOLD, 0.26). */
  threshold?: number;
  /** Largest posting list used as a blocking key (default 48). */
  maxBlock?: number;
  /** Concept lexicon (content/lexicon.yaml, see loadLexicon): words for one idea are compared as that idea. */
  lexicon?: Lexicon;
  /** When a source was written (ISO date: its publication, or the day of the event it reports), or null: a figure years older than its report is history (history.ts). */
  writtenOn?: (sourceId: string) => string | null;
  /** When a source was published (ISO date), or null when its page and editor do not say: only this tells two reports' days apart. Default: unknown. */
  publishedOn?: (sourceId: string) => string | null;
}

/** One quoted sentence. */
export interface Quote {
  sourceId: string;
  sentenceId: string;
  /** Verbatim sentence text. */
  text: string;
  /** The clause(s) of the sentence that state the claim, verbatim substrings of `text` (absent when it is the whole sentence). */
  clauses?: string[];
  /** In a disagreement or an event claim: the value(s) as the sentence writes them ("two-day", "Thursday", "$45 billion", "Dushanbe"), verbatim substrings of `text`. Default: absent. */
  values?: string[];
}

/** Anchors shared by a claim's supports, deduplicated. */
export interface AnchorSummary {
  amounts: Amount[];
  percents: Percent[];
  years: YearSpan[];
  weekdays: string[];
  days: string[];
  durations: Duration[];
  /** Dates from the `datesOf` hook. */
  dates: string[];
  /** Entity ids from the `entitiesOf` hook, or fallback names, that at least two supports share (all of them for one support). */
  entities: string[];
}

/**
 * Why sentences were grouped:
 * - `similar`: the sentences say the same thing (word and anchor similarity);
 * - `detail`: the part of multi-fact sentences that their `similar` claim does not cover, regrouped;
 * - `event`: the sentences give the same when / where / which-edition / how-long of one event.
 */
export type ClaimBasis = 'similar' | 'detail' | 'event';

/** A fact stated by one or more sources. */
export interface Claim {
  /** Stable: hash of the basis, the facets and the representative's text. */
  id: string;
  basis: ClaimBasis;
  /** Event facets the supports agree on, in a reader's words: "summit · day · Thursday, 9 October 2025" (for `event` claims, and `similar` claims that coincide with one). */
  facets: string[];
  /** The most central, most complete supporting sentence, verbatim. */
  representative: Quote;
  /** Every supporting sentence, in source then reading order; a source may give more than one. */
  supports: Quote[];
  /** Distinct sources, sorted. */
  sourceIds: string[];
  /** Union of `topicsOf` over the supports, sorted. */
  topics: string[];
  anchors: AnchorSummary;
  /** Corroboration: number of distinct sources stating the claim … */
  reportedBy: number;
  /**
   * … out of this many sources: those telling the claim's story (src/stories), with any
   * unplaced source that reports it; every source of the input when there is one story.
   */
  of: number;
  /**
   * Position in the briefing (0 first): most sources first, then similar wording before event
   * facets before details, then the earliest sentence. Representatives are chosen in this order.
   */
  rank: number;
}

export type { Lexicon, Concept } from './conceptSchema.ts';

export type DisagreementKind = 'number' | 'percent' | 'date' | 'weekday' | 'duration' | 'year' | 'edition';

/** One position in a disagreement. */
export interface Side {
  /** The value in a reader's words: as written ("$45 billion", "two-day", "Thursday"), a day read as a date in words ("Thursday, 9 October 2025"). */
  value: string;
  citations: Quote[];
}

/** Which aspect of an event sources disagree on. */
export type EventAspect = 'length' | 'day' | 'edition';

/**
 * What is disputed: an aspect of an event, or what a figure measures (the
 * subject words the sides share, their run in the first side's clause with
 * the figure elided when it is short, and the time the figures refer to).
 */
export type DisputeSubject =
  | { event: string; aspect: EventAspect }
  | { words: string[]; phrase: string | null; time: string | null };

/** Sources disagree about one quantity, date or length. */
export interface Disagreement {
  kind: DisagreementKind;
  /** Short description from the words the sides share, e.g. "summit: length" (aboutOf its subject). */
  about: string;
  /** What is disputed, as data: the briefing's heading is made from it (site/disagreement-title.ts). */
  subject: DisputeSubject;
  /** Two or more sides, each cited. */
  sides: Side[];
  /** Claim ids the sides come from. */
  claimIds: string[];
  /** Caveat for the reader, e.g. that a single day does not strictly exclude a longer event. */
  note?: string;
}

/** Counters that show the grouping is not all-pairs. */
export interface GroupingStats {
  sentences: number;
  /** Distinct pairs sharing at least one blocking key. */
  candidatePairs: number;
  /** Pairs whose similarity was actually computed (candidates plus on-demand cluster pairs). */
  comparedPairs: number;
  /** Multi-sentence `similar` clusters. */
  clusters: number;
  claims: number;
}

/** One facet of an event as the sources state it, with the claim whose supports state it. */
export interface EventFacet {
  kind: FacetKind;
  /**
   * As written in the first sentence that states it: "Dushanbe", "second", "two-day". A day the
   * dates stage resolved is its ISO date, after the weekday the source wrote if it wrote one: "Thursday (2025-10-09)".
   */
  label: string;
  /** A day read as a date (YYYY-MM-DD). Absent for other kinds and for a weekday the dates stage could not resolve. */
  day?: string;
  /** The weekday the first source wrote with that day ("Thursday"), if it wrote one. */
  weekday?: string;
  /** The claim citing every sentence that states this facet (an `event` claim, or a `similar` claim it coincides with). */
  claimId: string;
  /** Distinct sources stating it (that claim's `reportedBy`). */
  reportedBy: number;
}

/** An event as the sources describe it: where, when, which edition, how long; each facet cited through its claim. */
export interface EventSummary {
  /** "summit", or "summit#2" when the corpus holds two different summits. */
  id: string;
  /** The event noun as the facets' claims name it ("summit"). */
  noun: string;
  /** Sources that mention the event. */
  sourceIds: string[];
  /** Its facets: places, then days, editions and lengths; most reported first within a kind. */
  facets: EventFacet[];
}

export interface GroupResult {
  claims: Claim[];
  /** Events with at least one facet, most reported first (by their best-reported facet, then by sources). */
  events: EventSummary[];
  stats: GroupingStats;
  /** What grouping worked out that findDisagreements needs too, so it is not worked out twice. */
  shared: GroupShared;
}

/** Corpus-wide results of grouping that findDisagreements reuses (both cost ~0.5 s at 5,000 sources). */
export interface GroupShared {
  /** The corpus's events with their facets, days spread through the multi-sentence similar claims. */
  events: EventGroup[];
  /** Whether a stem is a name: written only capitalised anywhere in the corpus. */
  isName: (stem: string) => boolean;
  /** Figures of one quantity on which sources give conflicting values (figures.ts conflictingGroups). */
  figureGroups: FigureMention[][];
}
