/**
 * Per-source event dates: the day each source's reported event happened, and
 * the reference its relative expressions resolve against.
 *
 * A dated source states its own: its weekday, day or "yesterday" mentions read
 * against its publication date (or, with none, the publication date itself). An undated
 * source borrows a date only with evidence, strongest first:
 *  1. it states a full date itself;
 *  2. it names the same weekday as a dated source's event and the two texts
 *     are about the same thing (shared content terms, some of the same names,
 *     and no other edition of the event: the second summit is not the eighth);
 *  3. it names no day but is clearly about the same event as a dated source
 *     (a stricter share of content terms).
 * Otherwise the date is unknown and stays unknown: nothing is made up.
 */
import { editionsOf } from '../claims/anchors.ts';
import { memoByText } from '../model/memo.ts';
import { byWeekday, bySharedTerms, evidenceOf, indexAnchors, type DayMention } from './borrowed-dates.ts';
import { formatDate, parseIsoDay, weekdayOf } from './calendar.ts';
import { findTemporalExpressions } from './find.ts';
import { resolve } from './resolve.ts';
import { contentTerms, capitalisedWords } from './terms.ts';
import type { DatedDoc, Reference, SourceDating, TemporalExpression } from './types.ts';

/** Establish each source's event date and reference, in input order. */
export function inferEventDates(docs: readonly DatedDoc[]): SourceDating[] {
  const result = new Map<string, SourceDating>();
  const anchors = new Map<string, DayMention[]>();
  for (const doc of docs) {
    const own = ownDay(doc);
    if (own) {
      result.set(doc.sourceId, own.dating);
      anchors.set(doc.sourceId, own.mentions.filter((m) => m.date === own.dating.date));
    }
  }
  const stated = [...result.values()];

  const undated = docs.filter((d) => !result.has(d.sourceId));
  const evidence = evidenceOf(docs, undated);
  // Weekday matches first, against stated dates only.
  const statedAnchors = indexAnchors(stated, anchors);
  for (const doc of undated) {
    const dating = byWeekday(doc, evidence.get(doc.sourceId)!, statedAnchors);
    if (dating) {
      result.set(doc.sourceId, dating);
      anchors.set(doc.sourceId, dayMentions(doc, dating.reference).filter((m) => m.date === dating.date));
    }
  }
  // Then shared terms, against stated and weekday-inferred dates; a shared-terms guess never feeds another.
  const established = indexAnchors([...result.values()], anchors);
  for (const doc of undated) {
    if (result.has(doc.sourceId)) continue;
    result.set(doc.sourceId, bySharedTerms(doc, evidence.get(doc.sourceId)!, established) ?? {
      sourceId: doc.sourceId,
      date: null,
      provenance: 'unknown',
      basis: 'no publication date, no date in the text, and no dated source telling the same story',
      reference: null,
    });
  }
  return docs.map((d) => result.get(d.sourceId) as SourceDating);
}

/**
 * Day-precision mentions of a doc resolved against `reference`: weekdays,
 * full days and, against the day it was written, "yesterday" and "three days
 * ago" (resolve refuses those against an event day).
 */
function dayMentions(doc: DatedDoc, reference: Reference | null): DayMention[] {
  const out: DayMention[] = [];
  for (const s of doc.sentences) {
    // What the sentence says happened, worked out once however many days it names.
    let about: Pick<DayMention, 'terms' | 'names' | 'editions'> | undefined;
    for (const e of findTemporalExpressions(s.text)) {
      if (!isDayExpression(e)) continue;
      const r = resolve(e, reference);
      if (!r) continue;
      about ??= { terms: new Set(contentTerms(s.text)), names: capitalisedWords(s.text, false), editions: editionsOf(s.text) };
      out.push({ date: r.start, text: e.text, sentence: s.text, ...about, weekday: weekdayOfIso(r.start) });
    }
  }
  return out;
}

/** A day the text names: a weekday, a full date, or a day counted back ("yesterday"); never a future one ("tomorrow"). */
function isDayExpression(e: TemporalExpression): boolean {
  const v = e.value;
  return v.kind === 'weekday' || v.kind === 'absolute' || (v.kind === 'relative' && v.unit === 'day' && v.offset < 0 && !v.loose);
}

/** The most frequent date; ties go to the latest (the report's own day rather than background). */
function mode(mentions: readonly DayMention[]): DayMention | null {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.date, (counts.get(m.date) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0];
  return best ? (mentions.find((m) => m.date === best[0]) ?? null) : null;
}

/** A source's own date: from its publication date, or a full date its text states. */
function ownDay(doc: DatedDoc): { dating: SourceDating; mentions: DayMention[] } | null {
  if (doc.published) {
    parseIsoDay(doc.published);
    const reference = { date: doc.published, basis: `publication date of source ${doc.sourceId}` };
    const mentions = dayMentions(doc, reference);
    const top = mode(mentions);
    const dating: SourceDating = top
      ? { sourceId: doc.sourceId, date: top.date, provenance: 'stated', via: 'text', basis: `'${top.text}' read against the publication date ${formatDate(doc.published)}`, reference }
      : { sourceId: doc.sourceId, date: doc.published, provenance: 'stated', via: 'publication', basis: 'publication date; the text names no day', reference };
    return { dating, mentions };
  }
  // Undated: only full dates (with a year) need no reference.
  const mentions = dayMentions(doc, null);
  const top = mode(mentions);
  if (!top) return null;
  return {
    dating: {
      sourceId: doc.sourceId, date: top.date, provenance: 'stated', via: 'text',
      basis: `date stated in the text ('${top.text}')`,
      reference: { date: top.date, basis: `date stated in the text of source ${doc.sourceId}`, written: false },
    },
    mentions,
  };
}

/** Weekday of an ISO day, remembered: every undated source is checked against every dated one. */
const weekdayOfIso = memoByText((iso) => weekdayOf(parseIsoDay(iso)));

