/**
 * Find temporal expressions in one sentence. Each rule is a regex plus a
 * builder that may still reject the match (an impossible day, a quantity);
 * where matches overlap the longest wins, so "Thursday, October 9, 2025" is
 * one absolute date, not a weekday plus a date.
 *
 * Case matters on purpose: month and weekday names must be capitalised, which
 * keeps "may" and "march" the verbs out; "May" the capitalised modal at the
 * start of a sentence is kept out by requiring a day, a year or a preposition
 * next to any month name.
 */
import nlp from 'compromise';
import { wireDatelineEnd } from '../metadata/dateline.ts';
import { memoByText } from '../model/memo.ts';
import { isValidDay, monthNumber, weekdayNumber } from './calendar.ts';
import { findDurations } from './durations.ts';
import type { Bound, TemporalExpression, TemporalValue } from './types.ts';
import {
  COUNT, countValue, DASH, FUTURE_MARKERS, MONTH_ANY, MONTH_FULL, PREPOSITIONS, WEEKDAY, YEAR,
} from './words.ts';

type Groups = Record<string, string | undefined>;
type Built = { value: TemporalValue; bound?: Bound; from?: number } | null;

interface Rule {
  re: RegExp;
  build: (g: Groups, sentence: string, end: number, start: number) => Built;
}

const P = `(?:(?<prep>${PREPOSITIONS})\\s+)?`;
// A number is not a date when it is part of a bigger number, money or a measure.
const NOT_AFTER_NUMBER = '(?<![\\d$€£¥.,])';
const NOT_A_QUANTITY = '(?![\\d%]|[.,]\\d|\\s*(?:px|%|percent|per cent)\\b)';

const RULES: Rule[] = [
  {
    // 2025-10-09
    re: new RegExp(`${P}(?<![\\w-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\w-])`, 'g'),
    build: (g) => day(Number(g.y), Number(g.m), Number(g.d), g.prep),
  },
  {
    // 9 October 2025, Thursday, 9th of October, 9 Oct
    re: new RegExp(
      `${P}(?:(?<wd>${WEEKDAY}),?\\s+)?(?:the\\s+)?${NOT_AFTER_NUMBER}(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MONTH_ANY})(?:,?\\s+(?<y>${YEAR})(?!\\d))?(?!\\w)`,
      'g',
    ),
    build: (g) => day(g.y ? Number(g.y) : null, monthNumber(g.mon ?? ''), Number(g.d), g.prep),
  },
  {
    // October 9, 2025 · Thursday, October 9 · Oct. 9
    re: new RegExp(
      `${P}(?:(?<wd>${WEEKDAY}),?\\s+)?(?<mon>${MONTH_ANY})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d%])(?:,?\\s+(?<y>${YEAR})(?!\\d))?${NOT_A_QUANTITY}`,
      'g',
    ),
    build: (g, s, end) =>
      !g.y && followedByCountNoun(s, end) ? null : day(g.y ? Number(g.y) : null, monthNumber(g.mon ?? ''), Number(g.d), g.prep),
  },
  {
    // October 2025, in early December 2008
    re: new RegExp(`${P}(?:(?:early|late|mid-?)\\s*)?(?<mon>${MONTH_ANY}),?\\s+(?<y>${YEAR})${NOT_A_QUANTITY}`, 'g'),
    build: (g) => {
      const month = monthNumber(g.mon ?? '');
      return month ? { value: { kind: 'month-year', year: Number(g.y), month }, bound: boundOf(g.prep) } : null;
    },
  },
  {
    // in October, last March, by May: a month name alone needs a word in front to be a month.
    re: new RegExp(
      `(?<q>[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-|[Ll]ast|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter|[Tt]hrough)\\s+(?:early\\s+|late\\s+|mid-)?(?<mon>${MONTH_FULL})(?![\\w-])(?!,?\\s*\\d)`,
      'g',
    ),
    build: (g) => {
      const month = monthNumber(g.mon ?? '');
      const q = (g.q ?? '').toLowerCase();
      const direction = q === 'last' ? 'past' : q === 'next' ? 'future' : 'nearest';
      return month ? { value: { kind: 'month', month, direction }, bound: boundOf(g.q) } : null;
    },
  },
  {
    // On Thursday, last Friday, next Monday, Thursday's
    re: new RegExp(
      `(?:(?<q>[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Ll]ast|[Nn]ext|[Tt]his(?: past| coming)?|[Ee]arly|[Ll]ate)\\s+)?(?<wd>${WEEKDAY})(?:['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?(?!\\w)`,
      'g',
    ),
    build: (g, s, _end, start) => {
      const weekday = weekdayNumber(g.wd ?? '');
      if (weekday === null) return null;
      const q = (g.q ?? '').toLowerCase();
      const future = q === 'next' || q === 'this coming' || (q !== 'last' && q !== 'this past' && futureNear(s, start));
      const strict = q === 'last' || q === 'next';
      return { value: { kind: 'weekday', weekday, direction: future ? 'future' : 'past', strict }, bound: boundOf(g.q) };
    },
  },
  {
    // 2025-2027, 2025–27, for 2025–2027
    re: new RegExp(`${P}${NOT_AFTER_NUMBER}(?<a>${YEAR})\\s*${DASH}\\s*(?<b>\\d{4}|\\d{2})${NOT_A_QUANTITY}(?![\\w-])`, 'g'),
    build: (g) => range(Number(g.a), g.b ?? '', g.prep),
  },
  {
    // from 2025 to 2027, between 2025 and 2027
    re: new RegExp(`(?<q>[Ff]rom|[Bb]etween)\\s+(?<a>${YEAR})\\s+(?:to|and|until|through)\\s+(?<b>${YEAR})(?!\\d)`, 'g'),
    build: (g) => range(Number(g.a), g.b ?? '', undefined),
  },
  {
    // the 1990s, the early 2000s
    re: new RegExp(`(?:the\\s+)?(?:(?:early|mid-?|late)\\s*)?${NOT_AFTER_NUMBER}(?<dec>1[6-9]\\d0|20\\d0)['’]?s(?!\\w)`, 'g'),
    build: (g) => ({ value: { kind: 'decade', decade: Number(g.dec) } }),
  },
  {
    // in 2027, through 2027, by 2030, since early 2019
    re: new RegExp(
      `(?<prep>${PREPOSITIONS}|[Aa]round|[Cc]irca)\\s+(?:(?:early|late|mid-?)\\s*)?${NOT_AFTER_NUMBER}(?<y>${YEAR})(?!['’]?s\\b)${NOT_A_QUANTITY}(?![\\w-])`,
      'g',
    ),
    build: (g, s, end) =>
      followedByCountNoun(s, end) ? null : { value: { kind: 'year', year: Number(g.y) }, bound: boundOf(g.prep) },
  },
  {
    // 2024's figures
    re: new RegExp(`${NOT_AFTER_NUMBER}(?<![\\w-])(?<y>${YEAR})['’]s\\b`, 'g'),
    build: (g) => ({ value: { kind: 'year', year: Number(g.y) } }),
  },
  {
    // last year, in the past year, this month, next month, earlier this year
    re: new RegExp(
      `\\b(?:(?:in|over|during|for|earlier|later)\\s+)?(?:the\\s+)?(?<q>last|past|previous|this|next|coming)\\s+(?<unit>year|month|week|decade)\\b(?!\\s+of\\b)`,
      'gi',
    ),
    build: (g) => {
      const q = (g.q ?? '').toLowerCase();
      const offset = q === 'this' ? 0 : q === 'next' || q === 'coming' ? 1 : -1;
      // "the past year" may mean the trailing twelve months: marked loose.
      return { value: { kind: 'relative', unit: unitOf(g.unit), offset, anchor: 'adjacent', loose: q === 'past' } };
    },
  },
  {
    // two years ago, a decade ago
    re: new RegExp(`\\b(?<n>${COUNT}|several|a few)\\s+(?<unit>day|week|month|year|decade)s?\\s+ago\\b`, 'gi'),
    build: (g) => {
      const n = countValue(g.n ?? '');
      const unit = unitOf(g.unit);
      // "a decade ago" is a round figure; "several years ago" has no number at all.
      if (n === null) return null;
      return { value: { kind: 'relative', unit, offset: -n, anchor: 'ago', loose: unit === 'decade' } };
    },
  },
  {
    re: /\b(?<w>[Yy]esterday|[Tt]omorrow)\b/g,
    build: (g) => ({ value: { kind: 'relative', unit: 'day', offset: g.w?.toLowerCase() === 'yesterday' ? -1 : 1, anchor: 'adjacent', loose: false } }),
  },
];

/** Find the temporal expressions of one sentence, in reading order. Durations are excluded (see findDurations). */
function findTemporalExpressionsUncached(sentence: string): TemporalExpression[] {
  const durations = findDurations(sentence);
  // A wire dateline's date ("ZANGRAD, Nov 3 (Reuters) - …") is the filing day, which the metadata
  // stage reads as such: on the timeline, or as the day of the event, it would be a day nothing happened.
  const dateline = wireDatelineEnd(sentence);
  const candidates: TemporalExpression[] = [];
  for (const rule of RULES) {
    for (const m of sentence.matchAll(rule.re)) {
      if (!m[0]) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const built = rule.build(m.groups ?? {}, sentence, end, start);
      if (!built) continue;
      if (start < dateline || durations.some((d) => d.start < end && start < d.end)) continue;
      candidates.push({
        kind: built.value.kind,
        text: m[0],
        start,
        end,
        value: built.value,
        ...(built.bound ? { bound: built.bound } : {}),
      });
    }
  }
  // Longest first; ties go to the earlier rule (candidates are in rule order, sort is stable).
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: TemporalExpression[] = [];
  for (const c of candidates) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function day(year: number | null, month: number | null, d: number, prep: string | undefined): Built {
  if (!month) return null;
  // Without a year, check against a leap year so "29 February" survives until resolution.
  if (!isValidDay(year ?? 2000, month, d)) return null;
  return { value: { kind: 'absolute', year, month, day: d }, bound: boundOf(prep) };
}

function range(from: number, toText: string, prep: string | undefined): Built {
  const to = toText.length === 2 ? Math.floor(from / 100) * 100 + Number(toText) : Number(toText);
  // "2025-10" is a month, "1990-2200" nothing sensible: only short forward spans are ranges.
  if (!(to > from) || to - from > 50) return null;
  return { value: { kind: 'range', from, to }, bound: boundOf(prep) };
}

function boundOf(prep: string | undefined): Bound | undefined {
  switch ((prep ?? '').toLowerCase()) {
    case 'through': case 'until': case 'till': return 'until';
    case 'by': return 'by';
    case 'since': case 'from': return 'since';
    case 'before': return 'before';
    case 'after': return 'after';
    default: return undefined;
  }
}

function unitOf(text: string | undefined): 'day' | 'week' | 'month' | 'year' | 'decade' {
  const u = (text ?? '').toLowerCase();
  return u === 'day' || u === 'week' || u === 'month' || u === 'decade' ? u : 'year';
}

/** "in 2000 cases", "October 5 people": the number counts things, it is not a date. */
function followedByCountNoun(sentence: string, end: number): boolean {
  const next = /^\s+([A-Za-z]+)/.exec(sentence.slice(end))?.[1];
  if (!next || /^[A-Z]/.test(next)) return false;
  const doc = nlp(next);
  return doc.has('#Plural') || doc.has('#Uncountable');
}

/**
 * A future marker ("will", "is due to") within eight words of the weekday:
 * "They will meet on Friday" points forward, while a "will" in another part
 * of a long sentence says nothing about this weekday.
 */
function futureNear(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at).split(/\s+/).slice(-8).join(' ');
  const after = sentence.slice(at).split(/\s+/).slice(0, 9).join(' ');
  return FUTURE_MARKERS.test(before) || FUTURE_MARKERS.test(after);
}

/** Find the temporal expressions of one sentence, in reading order (memoised by text, so read-only). */
export const findTemporalExpressions: (sentence: string) => TemporalExpression[] = memoByText(findTemporalExpressionsUncached);
