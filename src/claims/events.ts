/**
 * Event facets: what sources say about *when*, *where*, *which edition* and
 * *how long* an event (summit, meeting, talks, …) was. Sentences rarely
 * restate these as whole clauses ("On Friday, the minister attended the
 * third … summit in Velm"), so clause similarity misses them; reading them off
 * the event noun's neighbourhood lets sources be compared fact by fact, and
 * lets a "two-day event" be set against "on Friday".
 */
import { formatDate, parseIsoDay, weekdayOf, WEEKDAYS } from '../dates/calendar.ts';
import type { Sentence } from '../model/types.ts';
import type { Anchors } from './types.ts';
import type { ValueToFind } from './summary.ts';
import { isEventNounAt } from './event-word.ts';
import { SAYING } from './speech.ts';
import { EVENT_NOUNS, EVENT_SINGULAR, eventNoun, ordinalBefore, ordinalValue } from './lexicon.ts';
import { fold, tokenize, type Token } from './text.ts';
import { datelinePlace, placesAfter } from './event-place.ts';

export { datelinePlace, namesAfterIn } from './event-place.ts';

const GENERIC = 'event';

export type FacetKind = 'day' | 'place' | 'edition' | 'length';

/** One facet stated in one sentence. */
export interface FacetMention {
  kind: FacetKind;
  /** Normalised value: "friday", "2025-03-14", "velm", "2", "2 day" / "multi day". */
  value: string;
  /** As written: "Friday", "Velm", "second", "two-day"; a day read as a date is that date, after the weekday written with it: "Thursday (2025-10-09)". */
  label: string;
  sentence: number;
  /** A day facet read as a date (YYYY-MM-DD): a date the sentence writes, or a weekday the dates stage resolved. Absent otherwise. */
  day?: string;
  /** The weekday the sentence writes ("Thursday"), for a day facet that has one. */
  weekday?: string;
}

/**
 * A facet value as a reader reads it: a day read as a date in words, after the weekday the
 * source wrote ("Thursday, 9 October 2025", "9 October 2025"); anything else as written.
 */
export function facetText(f: { label: string; day?: string; weekday?: string }): string {
  const date = f.day ? formatDate(f.day) : null;
  if (!date) return f.label;
  return f.weekday ? `${f.weekday}, ${date}` : date;
}

/** What to look for in the facet's sentence to mark it as written: its words, or for a date, the date. */
export const facetAsWritten = (f: FacetMention): ValueToFind => (f.kind !== 'day' ? { words: f.label } : { ...(f.weekday ? { words: f.weekday } : {}), ...(f.day ? { day: f.day } : {}) });

/** What one sentence says about the events it names. */
export interface EventMention {
  sentence: number;
  /** Canonical event noun (generic "event" resolved to the source's main event). */
  noun: string;
  facets: FacetMention[];
}

const canon = (w: string) => eventNoun(w) ?? w;

const NOUNS = [...EVENT_NOUNS, ...Object.keys(EVENT_SINGULAR)].join('|');
// "two-day summit", "two-day regional forum": the noun right after the length.
const NOUN_AFTER = new RegExp(String.raw`^[\s-]*(?:[a-z]+\s+)?(${NOUNS})\b`);
// "the talks lasted three days": the noun earlier in the sentence, the length introduced by a verb or preposition.
const NOUN_BEFORE = new RegExp(String.raw`\b(${NOUNS})\b[^.]*$`);

/** Lengths said of an event noun ("two-day event", "talks lasted three days"), in days. */
function lengthFacets(text: string, anchors: Anchors, sentence: number): FacetMention[] {
  const out: FacetMention[] = [];
  const lower = fold(text).toLowerCase();
  for (const d of anchors.durations) {
    if (d.unit === 'hour' || d.unit === 'year' || d.unit === 'month') continue;
    const after = lower.slice(d.at + d.text.length, d.at + d.text.length + 30);
    const before = lower.slice(Math.max(0, d.at - 40), d.at);
    const nounAfter = NOUN_AFTER.test(after);
    const nounBefore = NOUN_BEFORE.test(before) && /^(lasted|lasting|for|over|spanning|across|after)\b/.test(d.text.toLowerCase());
    if (!nounAfter && !nounBefore) continue;
    const days = d.value === null ? null : d.unit === 'week' ? d.value * 7 : d.value;
    out.push({ kind: 'length', value: days === null ? 'multi day' : `${days} day`, label: d.text, sentence });
  }
  return out;
}

/**
 * Event mentions of one source's sentences (indices into `all`). Days are
 * attached when the sentence names the event (or is the lede); callers may
 * extend them (eventgroups.ts: a claim grouping a dated event sentence carries the day).
 */
export function eventMentions(
  all: Sentence[],
  indices: number[],
  anchors: Anchors[],
  datesOf?: (s: Sentence) => string[],
  inPlaces?: ReadonlySet<string>,
): EventMention[] {
  const counts = new Map<string, number>();
  const tokensOf = new Map<number, Token[]>();
  for (const i of indices) {
    const text = fold((all[i] as Sentence).text);
    const tokens = tokenize(text);
    tokensOf.set(i, tokens);
    tokens.forEach((t, k) => {
      if (isEventNounAt(text, tokens, k) && canon(t.lower) !== GENERIC) counts.set(canon(t.lower), (counts.get(canon(t.lower)) ?? 0) + 1);
    });
  }
  // The source's main event: its most frequent specific event noun.
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? GENERIC;
  const ledeIndex = indices.reduce((m, i) => Math.min(m, (all[i] as Sentence).index), Number.POSITIVE_INFINITY);
  const out: EventMention[] = [];
  for (const i of indices) {
    const s = all[i] as Sentence;
    const tokens = tokensOf.get(i) ?? [];
    const a = anchors[i] as Anchors;
    const text = fold(s.text);
    const byNoun = new Map<string, FacetMention[]>();
    tokens.forEach((t, k) => {
      if (!isEventNounAt(text, tokens, k)) return;
      const noun = canon(t.lower) === GENERIC ? main : canon(t.lower);
      const facets = byNoun.get(noun) ?? [];
      byNoun.set(noun, facets);
      const ord = ordinalBefore(tokens, k);
      if (ord) facets.push({ kind: 'edition', value: String(ordinalValue(ord.lower)), label: ord.surface, sentence: i });
      for (const p of placesAfter(text, s.text, tokens, k, inPlaces)) facets.push({ kind: 'place', ...p, sentence: i });
    });
    // The lede (first sentence) of a news source is about its main event: its dateline gives the
    // place, and a day it names without naming any event ("the minister on Friday called …") is the event's day.
    if (s.index === ledeIndex && main !== GENERIC) {
      const place = datelinePlace(s.text);
      if (place || (!byNoun.size && (a.weekdays.length || a.days.length))) byNoun.set(main, byNoun.get(main) ?? []);
      if (place) byNoun.get(main)?.push({ kind: 'place', value: place.toLowerCase(), label: place, sentence: i });
    }
    if (!byNoun.size) continue;
    const [first] = byNoun.keys();
    const target = byNoun.has(main) ? main : (first as string);
    const facets = byNoun.get(target) as FacetMention[];
    facets.push(...dayFacets(s, a, i, datesOf), ...lengthFacets(s.text, a, i));
    for (const [noun, fs] of byNoun) out.push({ sentence: i, noun, facets: dedupe(fs) });
  }
  return out;
}

/**
 * Day facets of a sentence: hook dates with day precision (the dates stage's reading of
 * "on Thursday" against the source's own date), else written days, else weekdays. A resolved
 * weekday keeps its word: "Thursday (2025-10-09)", so it reads as the source wrote it and
 * two sources' different Thursdays still show as different days.
 */
export function dayFacets(s: Sentence, a: Anchors, sentence: number, datesOf?: (s: Sentence) => string[]): FacetMention[] {
  const other = otherDays(s.text);
  const ofEvent = (d: string) => !other.has((WEEKDAYS[weekdayOf(parseIsoDay(d))] as string).toLowerCase());
  const iso = (datesOf?.(s) ?? []).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && ofEvent(d));
  if (iso.length) {
    return iso.map((d) => {
      const w = WEEKDAYS[weekdayOf(parseIsoDay(d))] as string;
      const written = a.weekdays.includes(w.toLowerCase());
      return { kind: 'day' as const, value: d, label: written ? `${w} (${d})` : d, sentence, day: d, ...(written ? { weekday: w } : {}) };
    });
  }
  const days = a.days.filter((d) => !d.startsWith('-'));
  if (days.length) return days.map((d) => ({ kind: 'day' as const, value: d, label: d, sentence, day: d }));
  return a.weekdays.filter((w) => !other.has(w)).map((w) => {
    const word = w[0]?.toUpperCase() + w.slice(1);
    return { kind: 'day' as const, value: w, label: word, sentence, weekday: word };
  });
}

const WEEKDAY = `(${WEEKDAYS.join('|')})`;
/** "state media said Tuesday", "officials told reporters on Friday": the day something was said. */
const SAID_ON = new RegExp(`\\b(?:${SAYING}|announced|reported|confirmed)\\s+(?:on\\s+|late\\s+|early\\s+)?${WEEKDAY}\\b`, 'gi');
/** "(7:45 p.m. ET Sunday)", "(2345 GMT Sunday)": the same moment in another time zone. */
const CONVERTED = new RegExp(`\\([^()]*\\b(?:\\d{1,2}[:.]\\d{2}|\\d{4})\\b[^()]*\\b${WEEKDAY}\\b[^()]*\\)`, 'gi');

/**
 * Weekdays a sentence writes only for something else than its event: the day
 * a statement was made, or the event's moment in another time zone. "In the
 * wake of a major earthquake …, state media said Tuesday" does not date the
 * earthquake.
 */
export function otherDays(text: string): Set<string> {
  const other = new Set<string>();
  for (const re of [SAID_ON, CONVERTED]) for (const m of text.matchAll(re)) other.add((m[1] as string).toLowerCase());
  if (!other.size) return other;
  // A weekday also written elsewhere in the sentence may still date the event ("on Monday …, officials said Monday").
  const rest = text.replace(SAID_ON, '').replace(CONVERTED, '');
  for (const w of [...other]) if (new RegExp(`\\b${w}\\b`, 'i').test(rest)) other.delete(w);
  return other;
}

function dedupe(fs: FacetMention[]): FacetMention[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.kind}|${f.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Whether a length facet value means more than one day. */
export const isMultiDay = (value: string) => value === 'multi day' || Number.parseInt(value, 10) > 1;
