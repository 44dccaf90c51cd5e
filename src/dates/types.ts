/**
 * Shapes of the dates stage: temporal expressions found in sentences, their
 * resolution to calendar dates, per-source event dates and the timeline.
 *
 * Dates are ISO 8601 strings at their own precision ("2024", "2025-10",
 * "2025-10-09"): writing "2024-01-01" for "last year" would claim a day the
 * text never gave. `precision` says how to read them.
 */
import type { Citation, Sentence } from '../model/types.ts';

/** What kind of temporal expression the surface text is. */
export type TemporalKind =
  | 'absolute' // 9 October 2025, October 9, 2025-10-09
  | 'weekday' // on Thursday
  | 'relative' // last year, a decade ago, next month
  | 'year' // in 2027, through 2027, by 2030
  | 'range' // 2025-2027, for 2025–2027
  | 'month-year' // October 2025
  | 'month' // in October (year from the reference)
  | 'decade'; // the 1990s

/**
 * How a preposition bounds the date: "through 2027" ends a period, "by 2030"
 * is a deadline, "since 2019" opens one. Absent means the date itself.
 */
export type Bound = 'until' | 'by' | 'since' | 'before' | 'after';

/** Calendar unit of a relative expression. */
export type RelativeUnit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** Parsed content of an expression, so resolution never re-reads the text. */
export type TemporalValue =
  | { kind: 'absolute'; year: number | null; month: number; day: number }
  | { kind: 'weekday'; weekday: number; direction: 'past' | 'future'; strict: boolean }
  | {
      kind: 'relative';
      unit: RelativeUnit;
      /** Signed count of units from the reference (-1 = last, +1 = next). */
      offset: number;
      /** `ago`: a point N units back ("two years ago"); `adjacent`: the unit next to the reference ("last year"). */
      anchor: 'ago' | 'adjacent';
      /** "a decade ago", "the past year": a round or loose figure, not a precise count. */
      loose: boolean;
    }
  | { kind: 'year'; year: number }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'month-year'; year: number; month: number }
  | { kind: 'month'; month: number; direction: 'nearest' | 'past' | 'future' }
  | { kind: 'decade'; decade: number };

/** A temporal expression found in a sentence. `text` is verbatim: `sentence.slice(start, end)`. */
export interface TemporalExpression {
  kind: TemporalKind;
  text: string;
  /** Character offsets in the sentence text. */
  start: number;
  end: number;
  bound?: Bound;
  value: TemporalValue;
}

/** A length of time ("two-day", "for a decade"): not a date, kept for conflict detection. */
export interface Duration {
  text: string;
  start: number;
  end: number;
  /** Number of units, or null when the text gives none ("multi-year"). */
  count: number | null;
  unit: 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';
  /** Hyphenated modifier ("two-day event") versus a phrase ("for a decade"). */
  form: 'compound' | 'phrase';
}

export type Precision = 'day' | 'month' | 'year' | 'approximate-year' | 'year-range' | 'decade';

/** The date relative expressions are read against, and why that date. */
export interface Reference {
  /** YYYY-MM-DD. */
  date: string;
  /** Where the date comes from, e.g. "publication date of source 002" (a source id always follows the word "source", for pages to name its outlet: site/basis-text.ts). */
  basis: string;
  /**
   * Whether `date` is the day the source was written (its publication date),
   * rather than the day of the event it reports standing in for an unknown
   * writing day. "Yesterday" and "three days ago" count from the writing day,
   * so against an event day they stay unresolved. Default: true.
   */
  written?: boolean;
}

/** An expression resolved to the calendar. */
export interface ResolvedDate {
  /** ISO at `precision`: "2024", "2025-10", "2025-10-09"; decade "1990"; range start year. */
  start: string;
  /** Last year of a range or decade, last day of a week. */
  end?: string;
  precision: Precision;
  /** Surface text of the expression. */
  text: string;
  /** How it was resolved, in words, including the reference used. */
  basis: string;
  bound?: Bound;
}

/** The input of the inference and the timeline: a source's sentences and its publication date. */
export interface DatedDoc {
  sourceId: string;
  /** ISO YYYY-MM-DD or null when unknown. */
  published: string | null;
  sentences: readonly Sentence[];
}

/** How a source's event date was established. */
export interface SourceDating {
  sourceId: string;
  /** The day the source's reported event happened (YYYY-MM-DD), or null. */
  date: string | null;
  provenance: 'stated' | 'inferred' | 'unknown';
  /**
   * `publication`: dated source, no day in its text; `text`: a day the source
   * itself states (its weekday read against its own date, or a full date);
   * `weekday`: undated, same weekday as a dated source's event; `shared-terms`:
   * undated, no weekday, but clearly about the same event as a dated source.
   */
  via?: 'publication' | 'text' | 'weekday' | 'shared-terms';
  fromSource?: string;
  basis: string;
  /** What this source's relative expressions resolve against; null = unresolvable. */
  reference: Reference | null;
}

/** A date as the timeline shows it. */
export interface TimelineDate {
  start: string;
  end?: string;
  precision: Precision;
  /** Set when the event is only bounded by the date ("by 2030", "since 2019"). */
  bound?: Bound;
}

/** How one cited sentence dates the event. */
export interface TimelineMention extends Citation {
  /** The expression's surface text, or null when dated by the source's event date. */
  text: string | null;
  basis: string;
}

export interface TimelineEvent {
  /** Stable id derived from date and label. */
  id: string;
  date: TimelineDate;
  /** Verbatim words of one cited sentence (never generated prose). */
  label: string;
  citations: Citation[];
  sourceIds: string[];
  mentions: TimelineMention[];
}

/** A temporal expression that could not be placed: shown as such, never dropped silently. */
export interface UnresolvedMention extends Citation {
  text: string;
  kind: TemporalKind;
  reason: string;
}

export interface Timeline {
  events: TimelineEvent[];
  unresolved: UnresolvedMention[];
}
