/**
 * Timeline items: one per dated mention in a sentence, plus one for a
 * sentence that reports its source's event without a date of its own (see
 * event-report.ts). Items carry their sentence's term vector for merging.
 */
import type { Citation, Sentence } from '../model/types.ts';
import { reportedEvent, type ReportChecks } from './event-report.ts';
import { formatDate } from './calendar.ts';
import { findTemporalExpressions } from './find.ts';
import { resolve } from './resolve.ts';
import { cosine, vectorOf, type Vector } from './terms.ts';
import type { SourceDating, TimelineDate, TimelineMention, UnresolvedMention } from './types.ts';

export interface Item {
  sentence: Sentence;
  date: TimelineDate;
  mention: TimelineMention;
  /** Where in the sentence the label centres. */
  focus: { start: number; end: number };
  /** Dated by an expression in the sentence (true) or by the source's event date (false). */
  explicit: boolean;
  /**
   * For a day mention that is its source's event date: the source whose event
   * it is (the source itself, or the one its date was inferred from by weekday).
   * Mentions with the same root were judged one event by inferEventDates.
   */
  root: string | null;
  /** A "through 2027" mention moved into the range it closes: cited, but not the range's label. */
  closes?: true;
  vector: Vector;
}

/**
 * Items of one sentence. Expressions that need a reference the source lacks
 * go to `unresolved` (shown as such, never dropped silently).
 */
export function itemsOf(
  sentence: Sentence,
  dating: SourceDating | undefined,
  idf: ReadonlyMap<string, number>,
  unresolved: UnresolvedMention[],
  checks?: Partial<ReportChecks>,
): Item[] {
  const out: Item[] = [];
  const citation: Citation = { sourceId: sentence.sourceId, sentenceId: sentence.id };
  const expressions = findTemporalExpressions(sentence.text);
  const vector = vectorOf(sentence.text, idf);
  for (const e of expressions) {
    const r = resolve(e, dating?.reference ?? null);
    if (!r) {
      const reason = dating?.reference
        ? `counts from the day it was written; ${sentence.sourceId} has no publication date, and its event day ${dating.reference.date} is not that day`
        : `needs a reference date; ${sentence.sourceId} has no publication date and no event date could be established`;
      unresolved.push({ ...citation, text: e.text, kind: e.kind, reason });
      continue;
    }
    const date: TimelineDate = { start: r.start, ...(r.end ? { end: r.end } : {}), precision: r.precision, ...(r.bound ? { bound: r.bound } : {}) };
    const isEventDay = dating?.date === r.start && r.precision === 'day' && !r.end && (e.kind === 'weekday' || e.kind === 'absolute');
    const root = isEventDay ? (dating?.via === 'weekday' ? (dating.fromSource ?? null) : sentence.sourceId) : null;
    out.push({ sentence, date, mention: { ...citation, text: e.text, basis: r.basis }, focus: e, explicit: true, root, vector });
  }
  const noun = dating?.date ? reportedEvent(sentence.text, expressions, checks) : null;
  if (dating?.date && noun) {
    const at = sentence.text.indexOf(noun);
    const how = dating.provenance === 'stated' ? 'stated' : (dating.fromSource ? `inferred from source ${dating.fromSource}` : 'inferred from the corpus');
    out.push({
      sentence,
      date: { start: dating.date, precision: 'day' },
      mention: { ...citation, text: null, basis: `no date in the sentence; it reports the ${noun.toLowerCase()} in the past tense, so it takes the source's event date ${formatDate(dating.date)} (${how})` },
      focus: { start: at, end: at + noun.length },
      explicit: false,
      root: null,
      vector,
    });
  }
  return out;
}

/** Items with equal keys have the same date: start, end, precision and bound. */
export function dateKey(d: TimelineDate): string {
  return `${d.precision}|${d.start}|${d.end ?? ''}|${d.bound ?? ''}`;
}

/** Average pairwise cosine similarity between two sets of items. */
export function similarity(a: readonly Item[], b: readonly Item[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += cosine(x.vector, y.vector);
  return a.length && b.length ? total / (a.length * b.length) : 0;
}
