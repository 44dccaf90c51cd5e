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
import { parseIsoDay, WEEKDAYS, weekdayOf } from './calendar.ts';
import { memoByText } from '../model/memo.ts';
import { findTemporalExpressions } from './find.ts';
import { resolve } from './resolve.ts';
import { TermIndex } from './term-index.ts';
import { rarity, weightedCoverage } from './weights.ts';
import { contentTerms, nameWords } from './terms.ts';
import type { DatedDoc, Reference, SourceDating, TemporalExpression } from './types.ts';

/**
 * Share of an anchor sentence's content terms an undated source must contain
 * to join its weekday event, each term weighted by its rarity (weights.ts):
 * the anchor says what happened that day ("Putin attended the summit in
 * Dushanbe"), so covering it means telling the same story.
 */
export const WEEKDAY_MIN_COVERAGE = 0.3;
/** Same, with no weekday at all: stricter, the terms are the only evidence. */
export const TERMS_MIN_COVERAGE = 0.5;
/** And never on fewer shared terms than this (a three-word anchor proves little). */
export const MIN_SHARED_TERMS = 3;
/**
 * Share of the names in an anchor sentence (its capitalised words: who, where,
 * which body) the undated source must name too. Two strikes "called off on
 * Thursday after 17 days" share every common word; their unions and companies
 * tell them apart.
 */
export const MIN_NAME_COVERAGE = 1 / 3;

interface DayMention {
  date: string;
  text: string;
  /** Content terms of the sentence the mention is in: what happened on that day. */
  terms: ReadonlySet<string>;
  /** Names in that sentence (nameWords): who and where. */
  names: ReadonlySet<string>;
  /** Editions of events that sentence names ("2 summit" for "the second summit"). */
  editions: readonly string[];
  /** Weekday of `date` (0 = Sunday). */
  weekday: number;
}

/** What an undated source offers as evidence: its content terms and the names it mentions, and how much a term weighs. */
interface Evidence {
  terms: ReadonlySet<string>;
  names: ReadonlySet<string>;
  editions: ReadonlySet<string>;
  /** The weighted share of an anchor's terms this source has (see weights.ts). */
  coverage: (mention: DayMention, terms: ReadonlySet<string>) => number;
}

interface Match {
  coverage: number;
  shared: string[];
  from: SourceDating;
  mention: DayMention;
}

/** The anchors of `froms`, in their order (a source's anchors in text order), indexed by term. */
type Anchors = TermIndex<{ from: SourceDating; mention: DayMention }>;
function indexAnchors(froms: readonly SourceDating[], anchors: ReadonlyMap<string, DayMention[]>): Anchors {
  const index: Anchors = new TermIndex();
  for (const from of froms) for (const mention of anchors.get(from.sourceId) ?? []) index.add({ from, mention }, mention.terms);
  return index;
}

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
  const terms = new Map(docs.map((d) => [d.sourceId, termsOf(d)]));
  const coverage = weightedCoverage<DayMention>(rarity([...terms.values()]));
  const evidence = new Map(undated.map((d) => [d.sourceId, { terms: terms.get(d.sourceId)!, names: namesOf(d), editions: editionsOfDoc(d), coverage }]));
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
    for (const e of findTemporalExpressions(s.text)) {
      if (!isDayExpression(e)) continue;
      const r = resolve(e, reference);
      if (r) {
        const [terms, names, editions] = [new Set(contentTerms(s.text)), nameWords(s.text, false), editionsOf(s.text)];
        out.push({ date: r.start, text: e.text, terms, names, editions, weekday: weekdayOfIso(r.start) });
      }
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
    const reference = { date: doc.published, basis: `publication date of ${doc.sourceId}` };
    const mentions = dayMentions(doc, reference);
    const top = mode(mentions);
    const dating: SourceDating = top
      ? { sourceId: doc.sourceId, date: top.date, provenance: 'stated', via: 'text', basis: `'${top.text}' read against the publication date ${doc.published}`, reference }
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
      reference: { date: top.date, basis: `date stated in ${doc.sourceId}'s text`, written: false },
    },
    mentions,
  };
}

/**
 * Best anchor (highest coverage, at least `min` and MIN_SHARED_TERMS shared terms, MIN_NAME_COVERAGE of its
 * names; the first of equal coverage) among the indexed anchors whose source `accept`s.
 */
function bestMatch(doc: Evidence, index: Anchors, min: number, accept: (mention: DayMention) => boolean): Match | null {
  let best: Match | null = null;
  for (const { value: { from, mention } } of index.sharing(doc.terms, MIN_SHARED_TERMS)) {
    if (!accept(mention)) continue;
    const coverage = doc.coverage(mention, doc.terms);
    if (coverage >= min && (!best || coverage > best.coverage) && namesCovered(mention, doc) && sameEdition(mention, doc)) {
      best = { coverage, shared: [], from, mention };
    }
  }
  if (best) best.shared = [...best.mention.terms].filter((t) => doc.terms.has(t));
  return best;
}

function namesCovered(mention: DayMention, doc: Evidence): boolean {
  // Unweighted: weighing names by rarity joined more sources of different events into one story (5,000 bench sources).
  if (mention.names.size === 0) return true;
  let named = 0;
  for (const n of mention.names) if (doc.names.has(n)) named++;
  return named / mention.names.size >= MIN_NAME_COVERAGE;
}

/** The second summit is not the eighth: a source naming other editions of the anchor's event tells another one. */
function sameEdition(mention: DayMention, doc: Evidence): boolean {
  return mention.editions.length === 0 || doc.editions.size === 0 || mention.editions.some((e) => doc.editions.has(e));
}

const termsOf = (doc: DatedDoc) => new Set(doc.sentences.flatMap((s) => contentTerms(s.text)));
const namesOf = (doc: DatedDoc) => nameWords(doc.sentences.map((s) => s.text).join('\n'));
const editionsOfDoc = (doc: DatedDoc) => new Set(doc.sentences.flatMap((s) => editionsOf(s.text)));

/** Weekday of an ISO day, remembered: every undated source is checked against every dated one. */
const weekdayOfIso = memoByText((iso) => weekdayOf(parseIsoDay(iso)));

function byWeekday(doc: DatedDoc, evidence: Evidence, stated: Anchors): SourceDating | null {
  const own = new Map<number, string>();
  for (const s of doc.sentences) {
    for (const e of findTemporalExpressions(s.text)) {
      if (e.value.kind === 'weekday' && !own.has(e.value.weekday)) own.set(e.value.weekday, e.text);
    }
  }
  if (!own.size) return null;
  // A source's anchors are all on its own event date (inferEventDates keeps only those), so one weekday test covers them.
  const best = bestMatch(evidence, stated, WEEKDAY_MIN_COVERAGE, (mention) => own.has(mention.weekday));
  if (!best) return null;
  const { mention, from } = best;
  const wd = weekdayOf(parseIsoDay(mention.date));
  return {
    sourceId: doc.sourceId,
    date: mention.date,
    provenance: 'inferred',
    via: 'weekday',
    fromSource: from.sourceId,
    basis: `'${own.get(wd)}' matches ${from.sourceId}'s '${mention.text}' (${WEEKDAYS[wd]} ${mention.date}); shared terms: ${best.shared.slice(0, 6).join(', ')}`,
    reference: { date: mention.date, basis: `event date inferred from ${from.sourceId} (same weekday)`, written: false },
  };
}

function bySharedTerms(doc: DatedDoc, evidence: Evidence, established: Anchors): SourceDating | null {
  const best = bestMatch(evidence, established, TERMS_MIN_COVERAGE, () => true);
  if (!best?.from.date) return null;
  const from = best.from.sourceId;
  return {
    sourceId: doc.sourceId,
    date: best.from.date,
    provenance: 'inferred',
    via: 'shared-terms',
    fromSource: from,
    basis: `names no day; tells the same story as ${from}'s '${best.mention.text}' sentence (${Math.round(best.coverage * 100)}% of its terms, rare ones weighing more: ${best.shared.slice(0, 6).join(', ')})`,
    reference: { date: best.from.date, basis: `corpus event date via ${from} (no date in ${doc.sourceId})`, written: false },
  };
}
