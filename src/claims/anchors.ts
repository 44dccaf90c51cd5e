/**
 * Per-sentence anchors: the figures, years, days and lengths of time a
 * sentence states, plus its content words. Anchors decide whether two
 * similar sentences can be the same fact (a $45bn and a $20bn sentence never
 * are) and feed disagreement detection.
 */
import type { Anchors, Duration, DurationUnit, YearSpan } from './types.ts';
import { bareNumbers, findAmounts, findPercents } from './numbers.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { eventNoun, ORDINALS, ordinalBefore, ordinalValue } from './lexicon.ts';
import { contentWords, fold, stem, tokenize, type Token } from './text.ts';
import { memoByText } from '../model/memo.ts';
import { wireDatelineEnd } from '../metadata/dateline.ts';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_STEMS = new Set(MONTHS.map((m) => stem(m)));
const MONTH_RE = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

const YEAR = String.raw`(1[89]\d\d|20\d\d)`;
const RANGE_RE = new RegExp(String.raw`\b${YEAR}\s?[-/]\s?(\d{4}|\d{2})\b`, 'g');
const SPAN_WORDS_RE = new RegExp(String.raw`\b(?:from|between)\s+${YEAR}\s+(?:to|and|until|through)\s+${YEAR}\b`, 'gi');
const UNTIL_RE = new RegExp(String.raw`\b(?:through|thru|until|till|to|by)\s+(?:the end of\s+)?${YEAR}\b`, 'gi');
const YEAR_RE = new RegExp(String.raw`(?<![\d$€£,.])\b${YEAR}\b(?!\d|,\d|\s?(?:bn|billion|million|m\b|%))`, 'g');

/** Years and year ranges: "2025-2027", "from 2025 to 2027", "through 2027", "in 2024". */
export function findYears(text: string): YearSpan[] {
  const out: YearSpan[] = [];
  const used: [number, number][] = [];
  const claim = (start: number, len: number): boolean => {
    if (used.some(([a, b]) => start < b && start + len > a)) return false;
    used.push([start, start + len]);
    return true;
  };
  for (const m of text.matchAll(SPAN_WORDS_RE)) {
    if (claim(m.index, m[0].length)) out.push({ from: Number(m[1]), to: Number(m[2]), text: m[0] });
  }
  for (const m of text.matchAll(RANGE_RE)) {
    const from = Number(m[1]);
    const tail = m[2] ?? '';
    const to = tail.length === 2 ? Math.floor(from / 100) * 100 + Number(tail) : Number(tail);
    if (to > from && to - from < 50 && claim(m.index, m[0].length)) out.push({ from, to, text: m[0] });
  }
  for (const m of text.matchAll(UNTIL_RE)) {
    if (claim(m.index, m[0].length)) out.push({ from: null, to: Number(m[1]), text: m[0] });
  }
  for (const m of text.matchAll(YEAR_RE)) {
    if (claim(m.index, m[0].length)) out.push({ from: Number(m[1]), to: Number(m[1]), text: m[0] });
  }
  return out;
}

const UNIT_RE = String.raw`(hour|day|week|month|year)s?`;
const COUNT_RE = String.raw`(\d+|${Object.keys(NUMBER_WORDS).join('|')}|multi|several|few|many)`;
const DURATION_RES = [
  // "two-day summit", "48-hour visit", "multi-year plan"
  new RegExp(String.raw`\b${COUNT_RE}-${UNIT_RE}(?:-long)?\b(?=[\s,]+[a-z])`, 'gi'),
  // "two days of talks"
  new RegExp(String.raw`\b${COUNT_RE}\s+${UNIT_RE}\s+of\s+(?=[a-z])`, 'gi'),
  // "lasted two days", "for three days", "over two days", "called off after 15 days", "took eight years"
  new RegExp(String.raw`\b(?:for|over|lasted|lasting|spanning|across|after|took|take|takes|taking)\s+(?:the\s+)?(?:past\s+|next\s+)?${COUNT_RE}\s+${UNIT_RE}\b`, 'gi'),
];

/** Stated lengths of time: "two-day", "for three days", "multi-year". */
export function findDurations(text: string): Duration[] {
  const out: Duration[] = [];
  for (const re of DURATION_RES) {
    for (const m of text.matchAll(re)) {
      const count = (m[1] ?? '').toLowerCase();
      const unit = (m[2] ?? '').toLowerCase() as DurationUnit;
      // "one year" / "the past year" is a point of reference, not a length worth comparing.
      const value = /^\d+$/.test(count) ? Number(count) : NUMBER_WORDS[count] ?? null;
      if (value === 1 && re !== DURATION_RES[0]) continue;
      const end = m.index + m[0].length;
      if (out.some((d) => m.index < d.at + d.text.length && end > d.at)) continue;
      out.push({ value, unit, text: m[0].trim(), at: m.index });
    }
  }
  return out;
}

const RELATIVE: [RegExp, string][] = [
  [/\b(last|past|previous) year\b/i, 'last-year'],
  [/\bthis year\b/i, 'this-year'],
  [/\bnext year\b/i, 'next-year'],
  [/\b(last|past|previous) (week|month)\b/i, 'last-$2'],
  [/\b(a|one) decade ago\b/i, 'decade-ago'],
  [/\b(\w+) (years|decades) ago\b/i, '$1-$2-ago'],
  [/\byesterday\b/i, 'yesterday'],
  [/\btoday\b/i, 'today'],
  [/\btomorrow\b/i, 'tomorrow'],
];

/** Relative time phrases, normalised ("last year" and "the past year" → "last-year"). */
export function findRelative(text: string): string[] {
  const out: string[] = [];
  for (const [re, label] of RELATIVE) {
    const m = re.exec(text);
    if (m) out.push(m[0].toLowerCase().replace(re, label).replace(/\s+/g, '-'));
  }
  return out;
}

const DAY_MONTH_RE = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_RE}(?:,?\s+${YEAR})?\b`, 'gi');
const MONTH_DAY_RE = new RegExp(String.raw`\b${MONTH_RE}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+${YEAR})?`, 'gi');

const pad = (n: number) => String(n).padStart(2, '0');
function monthIndex(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

/** Calendar days written in the text: "9 October 2025" → "2025-10-09", "Oct. 9" → "--10-09". */
export function findDays(text: string): string[] {
  return [...new Set(writtenDays(text).map((d) => d.day))];
}

/** Each calendar day written in the text, as written and as read ("October 28, 2023" → "2023-10-28"; no year: "--10-28"). */
export function writtenDays(text: string): { text: string; day: string }[] {
  const out: { text: string; day: string }[] = [];
  const add = (written: string, day: string | undefined, month: string | undefined, year: string | undefined) => {
    const d = Number(day);
    const mo = monthIndex(month ?? '');
    if (mo < 1 || d < 1 || d > 31) return;
    out.push({ text: written, day: `${year ?? '-'}-${pad(mo)}-${pad(d)}` });
  };
  for (const m of text.matchAll(DAY_MONTH_RE)) add(m[0], m[1], m[2], m[3]);
  for (const m of text.matchAll(MONTH_DAY_RE)) {
    // "May" is also a verb; require a capital for it.
    if (m[1]?.toLowerCase() === 'may' && m[1] !== 'May') continue;
    add(m[0], m[2], m[1], m[3]);
  }
  return out;
}

/** An ordinal anywhere in the text: without one there is no edition to look for. */
const ANY_ORDINAL = new RegExp(String.raw`\b(?:${Object.keys(ORDINALS).join('|')}|\d+(?:st|nd|rd|th))\b`, 'i');

/** Editions of events a sentence names ("2 summit" for "the second summit"), without computing its other anchors. */
export function editionsOf(sentenceText: string): string[] {
  if (!ANY_ORDINAL.test(sentenceText)) return [];
  return editionsIn(tokenize(fold(sentenceText)));
}

function editionsIn(tokens: Token[]): string[] {
  const editions = new Set<string>();
  tokens.forEach((t, i) => {
    const ord = !t.capital && eventNoun(t.lower) ? ordinalBefore(tokens, i) : null;
    if (ord) editions.add(`${ordinalValue(ord.lower)} ${eventNoun(t.lower)}`);
  });
  return [...editions];
}

/** All anchors of one sentence. */
function anchorsOfUncached(sentenceText: string): Anchors {
  // A wire dateline ("GANKENT, Jul 25 (Lismun Press) - ") says when and where the story was filed, not what it states.
  const text = fold(sentenceText.slice(wireDatelineEnd(sentenceText)));
  const tokens = tokenize(text);
  const lower = text.toLowerCase();
  const weekdays = WEEKDAYS.filter((d) => new RegExp(String.raw`\b${d}\b`).test(lower) && new RegExp(String.raw`\b${d[0]?.toUpperCase()}${d.slice(1)}\b`).test(text));
  const names = new Set<string>();
  tokens.forEach((t, i) => {
    if (i > 0 && t.capital && !/^\d/.test(t.lower) && !WEEKDAYS.includes(t.lower) && !MONTHS.includes(t.lower)) names.add(t.lower);
  });
  const amounts = findAmounts(text);
  const percents = findPercents(text);
  const durations = findDurations(text);
  return {
    amounts,
    percents,
    years: findYears(text),
    weekdays,
    days: findDays(text),
    durations,
    relative: findRelative(text),
    editions: editionsIn(tokens),
    names: [...names],
    bare: bareNumbers(text, { amounts, percents, durations }),
    // Weekdays and months are matched as anchors (#wd, #day), not again as words.
    words: [...new Set(contentWords(text))].filter((w) => !WEEKDAYS.includes(w) && !MONTH_STEMS.has(w)),
  };
}

/** All anchors of one sentence (or clause); memoised by text, so read-only. */
export const anchorsOf: (sentenceText: string) => Anchors = memoByText(anchorsOfUncached);
