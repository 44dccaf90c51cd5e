/**
 * An undated source's event day, borrowed from a dated source telling the
 * same story (see event-dates.ts for the order of evidence): the dated
 * sources' day mentions ("anchors") are indexed by their sentence's terms, and
 * an undated source takes the day of the anchor whose sentence it covers best,
 * if it covers enough of it, names enough of its names, and names no other
 * edition of its event.
 */
import { editionsOf } from '../claims/anchors.ts';
import { formatDate, parseIsoDay, WEEKDAYS, weekdayOf } from './calendar.ts';
import { findTemporalExpressions } from './find.ts';
import { TermIndex } from './term-index.ts';
import { contentTerms, capitalisedWords, wordsOf } from './terms.ts';
import type { DatedDoc, SourceDating } from './types.ts';
import { rarity, weightedCoverage } from './weights.ts';

/**
 * Share of an anchor sentence's content terms an undated source must contain
 * to join its weekday event, each term weighted by its rarity (weights.ts):
 * the anchor says what happened that day ("Varga opened the bridge in
 * Velm"), so covering it means telling the same story.
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

/** A day a dated source names, with what its sentence says happened that day. */
export interface DayMention {
  date: string;
  text: string;
  /** The sentence the mention is in. */
  sentence: string;
  /** Content terms of that sentence: what happened on that day. */
  terms: ReadonlySet<string>;
  /** Names in that sentence (capitalisedWords): who and where. */
  names: ReadonlySet<string>;
  /** Editions of events that sentence names ("2 summit" for "the second summit"). */
  editions: readonly string[];
  /** Weekday of `date` (0 = Sunday). */
  weekday: number;
}

/** What an undated source offers as evidence: its content terms and the names it mentions, and how much a term weighs. */
export interface Evidence {
  terms: ReadonlySet<string>;
  names: ReadonlySet<string>;
  editions: ReadonlySet<string>;
  /** The weighted share of an anchor's terms this source has (see weights.ts). */
  coverage: (mention: DayMention, terms: ReadonlySet<string>) => number;
  /** Weekdays the source names (0 = Sunday), each with its first wording ("on Sunday"). */
  weekdays: ReadonlyMap<number, string>;
  /** Days of a month it names without a year ("MM-DD", from a dateline's "Oct 1"). */
  monthDays: ReadonlySet<string>;
}

interface Match {
  coverage: number;
  shared: string[];
  from: SourceDating;
  mention: DayMention;
}

/** Dated sources' day mentions, indexed by their sentences' terms (not the claims stage's Anchors). */
export type AnchorIndex = TermIndex<{ from: SourceDating; mention: DayMention }>;

/** The anchors of `froms`, in their order (a source's anchors in text order), indexed by term. */
export function indexAnchors(froms: readonly SourceDating[], anchors: ReadonlyMap<string, DayMention[]>): AnchorIndex {
  const index: AnchorIndex = new TermIndex();
  for (const from of froms) for (const mention of anchors.get(from.sourceId) ?? []) index.add({ from, mention }, mention.terms);
  return index;
}

/** What each undated source offers as evidence, its terms weighed by their rarity over all `docs`. */
export function evidenceOf(docs: readonly DatedDoc[], undated: readonly DatedDoc[]): Map<string, Evidence> {
  const terms = new Map(docs.map((d) => [d.sourceId, termsOf(d)]));
  const coverage = weightedCoverage<DayMention>(rarity([...terms.values()]));
  return new Map(undated.map((d) => [d.sourceId, { terms: terms.get(d.sourceId)!, names: namesOf(d), editions: editionsOfDoc(d), coverage, ...namedDays(d) }]));
}

/**
 * Best anchor (highest coverage, at least `min` and MIN_SHARED_TERMS shared terms, MIN_NAME_COVERAGE of its
 * names; the first of equal coverage) among the indexed anchors whose source `accept`s.
 */
function bestMatch(doc: Evidence, index: AnchorIndex, min: number, accept: (mention: DayMention) => boolean): Match | null {
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

/** The weekdays and the days of a month without a year a source names: one scan for both ways of borrowing a day. */
function namedDays(doc: DatedDoc): Pick<Evidence, 'weekdays' | 'monthDays'> {
  const weekdays = new Map<number, string>();
  const monthDays = new Set<string>();
  for (const s of doc.sentences) {
    for (const e of findTemporalExpressions(s.text)) {
      if (e.value.kind === 'weekday' && !weekdays.has(e.value.weekday)) weekdays.set(e.value.weekday, e.text);
      else if (e.value.kind === 'absolute' && e.value.year === null) monthDays.add(`${String(e.value.month).padStart(2, '0')}-${String(e.value.day).padStart(2, '0')}`);
    }
  }
  return { weekdays, monthDays };
}

const termsOf = (doc: DatedDoc) => new Set(doc.sentences.flatMap((s) => contentTerms(s.text)));
const namesOf = (doc: DatedDoc) => capitalisedWords(doc.sentences.map((s) => s.text).join('\n'));
const editionsOfDoc = (doc: DatedDoc) => new Set(doc.sentences.flatMap((s) => editionsOf(s.text)));

/** The day of a dated source's anchor on a weekday the undated source names too. */
export function byWeekday(doc: DatedDoc, evidence: Evidence, stated: AnchorIndex): SourceDating | null {
  const own = evidence.weekdays;
  if (!own.size) return null;
  // A source's anchors are all on its own event date (inferEventDates keeps only those), so one weekday test covers them.
  const best = bestMatch(evidence, stated, WEEKDAY_MIN_COVERAGE, (mention) => own.has(mention.weekday));
  if (!best) return null;
  const { mention, from } = best;
  const wd = mention.weekday;
  return {
    sourceId: doc.sourceId,
    date: mention.date,
    provenance: 'inferred',
    via: 'weekday',
    fromSource: from.sourceId,
    basis: `'${own.get(wd)}' matches source ${from.sourceId}'s '${mention.text}' (${WEEKDAYS[wd]}, ${formatDate(mention.date)}); shared words: ${wordsOf(mention.sentence, new Set(best.shared)).slice(0, 6).join(', ')}`,
    reference: { date: mention.date, basis: `event date taken from source ${from.sourceId}, which names the same weekday`, written: false },
  };
}

/**
 * Days an undated source's own words allow: a weekday ("on Sunday") or a day
 * of a month with no year (a dateline's "Oct 1") it names. Null when it names
 * neither: any day fits.
 */
function allowedDays(evidence: Evidence): ((date: string) => boolean) | null {
  const { weekdays, monthDays } = evidence;
  if (!weekdays.size && !monthDays.size) return null;
  return (date) => weekdays.has(weekdayOf(parseIsoDay(date))) || monthDays.has(date.slice(5));
}

/**
 * The day of the dated source whose anchor sentence the undated source covers
 * best. A source that names a weekday or a day of a month only borrows a day
 * its own words allow: "killed 83 people on Sunday" is not a Tuesday's event.
 */
export function bySharedTerms(doc: DatedDoc, evidence: Evidence, established: AnchorIndex): SourceDating | null {
  const fits = allowedDays(evidence);
  const best = bestMatch(evidence, established, TERMS_MIN_COVERAGE, (mention) => fits === null || fits(mention.date));
  if (!best?.from.date) return null;
  const from = best.from.sourceId;
  return {
    sourceId: doc.sourceId,
    date: best.from.date,
    provenance: 'inferred',
    via: 'shared-terms',
    fromSource: from,
    basis: `${fits ? 'names no day it can place alone' : 'names no day'}; tells the same story as source ${from}'s '${best.mention.text}' sentence (${Math.round(best.coverage * 100)}% of its words, rare ones weighing more: ${wordsOf(best.mention.sentence, new Set(best.shared)).slice(0, 6).join(', ')})`,
    reference: { date: best.from.date, basis: `event date taken from source ${from}, which tells the same story; source ${doc.sourceId} names no day`, written: false },
  };
}
