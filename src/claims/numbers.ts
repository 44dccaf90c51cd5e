/**
 * Figures in prose: money and counts with scale and hedging, percentages.
 * Works on folded text (see text.ts) so offsets match `tokenize`.
 */
import type { Amount, Percent, Qualifier } from './types.ts';
import { contentWords, isStopWord, stem } from './text.ts';
import { digitsForWords, spelledNumbers } from './number-words.ts';

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6,
  billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
};

const CURRENCY_SYMBOL: Record<string, string> = { $: 'USD', 'us$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₹': 'INR' };
const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD', usd: 'USD', euro: 'EUR', eur: 'EUR', pound: 'GBP', gbp: 'GBP', ruble: 'RUB', rouble: 'RUB',
  rub: 'RUB', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', rupee: 'INR', somoni: 'TJS', tenge: 'KZT', sum: 'UZS',
};

// Hedges that precede a figure, checked against the few words before it.
const HEDGES: [RegExp, Qualifier][] = [
  [/\b(more than|over|above|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|top(?:ped|s)?|in excess of|at least|upwards of|beyond)\s+(?:an? |the )?$/i, 'over'],
  [/\b(less than|under|below|fewer than|up to|nearly|almost|just short of|short of|shy of)\s+(?:an? )?$/i, 'under'],
  [/\b(about|around|approximately|roughly|some|an estimated|estimated|close to|circa|nearly|almost|~)\s+(?:an? )?$/i, 'about'],
];

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE_RE = String.raw`(?:\s?(thousand|million|billion|trillion|mln|bln|mn|bn|trn|tn|k|m|b)\b)?`;
const AMOUNT_RE = new RegExp(
  String.raw`(US\$|\$|€|£|¥|₽|₹|\b(?:USD|EUR|GBP|RUB)\s?)?` + NUM + SCALE_RE +
    String.raw`(?:\s+(?:(?:US|U\.S\.)\s+)?(dollars?|euros?|pounds?|rubles?|roubles?|yuan|renminbi|yen|rupees?|somoni|tenge|USD|EUR|RUB))?`,
  'gi',
);
const PERCENT_RE = new RegExp(NUM + String.raw`\s?(%|percent\b|per cent\b|pct\b|percentage points?\b)`, 'gi');

/** A hedge in the words just before `at`, "exact" when none. */
export function qualifierBefore(text: string, at: number): Qualifier {
  const before = text.slice(Math.max(0, at - 40), at);
  for (const [re, q] of HEDGES) if (re.test(before)) return q;
  return 'exact';
}

const TIME_NOUNS = /^(years?|months?|weeks?|days?|hours?|decades?|times)$/;

/** Units of measure, by how prose spells them: "597 km", "a 830-kilometre line", "1.2 GW", "40 million tonnes". */
const MEASURES: [RegExp, string][] = [
  [/^(?:square kilomet(?:re|er)s?|sq\.? ?km|km2|km²)\b/, 'km2'],
  [/^(?:kilomet(?:re|er)s?|kms?)\b/, 'km'],
  [/^(?:miles?)\b/, 'mi'],
  [/^(?:met(?:re|er)s?)\b/, 'm'],
  [/^(?:hectares?|ha)\b/, 'ha'],
  [/^(?:(?:metric )?tonnes?|tons?)\b/, 't'],
  [/^(?:kilograms?|kg)\b/, 'kg'],
  [/^(?:megawatts?|mw)\b/, 'MW'],
  [/^(?:gigawatts?|gw)\b/, 'GW'],
  [/^(?:kilowatt[- ]hours?|kwh)\b/, 'kWh'],
  [/^(?:cubic met(?:re|er)s?|bcm)\b/, 'm3'],
  [/^magnitude\b/, 'magnitude'],
];

/**
 * A scale named before its value, right before it ("magnitude-6.6", "a magnitude
 * 6.6 quake", "a magnitude of 7.2": the words are part of the figure as written),
 * or earlier in its clause ("measured the magnitude of the initial quake as
 * 5.9": only the number is). The latter only for a value the scale can take.
 */
const MEASURES_BEFORE: { re: RegExp; unit: string; adjacent: boolean; max: number }[] = [
  { re: /\bmagnitude(?:-|\s+(?:of\s+)?)$/i, unit: 'magnitude', adjacent: true, max: Infinity },
  { re: /\bmagnitude\b[^.;:!?\d]{0,40}?\b(?:as|at|to|was|is|of)\s+$/i, unit: 'magnitude', adjacent: false, max: 10 },
];
function measureBefore(before: string, value: number): { unit: string; text: string } | null {
  for (const { re, unit, adjacent, max } of MEASURES_BEFORE) {
    const m = re.exec(before.slice(-64));
    if (m && value <= max) return { unit, text: adjacent ? m[0] : '' };
  }
  return null;
}

/** The unit of measure right after a number (a space or a hyphen between) and the words that say it, or null. */
function measureAfter(after: string): { unit: string; text: string } | null {
  const rest = /^(?:\s|-)(.{0,24})/.exec(after)?.[1];
  if (!rest) return null;
  for (const [re, unit] of MEASURES) {
    const m = re.exec(rest.toLowerCase());
    if (m) return { unit, text: after.slice(0, 1 + m[0].length) };
  }
  return null;
}

/** Words that may stand between a number and the plural noun it counts ("1,500 emergency workers", "3,500 local residents"). */
const COUNT_MODIFIERS = 2;

/** Stemmed plural noun after a number (directly, or after a modifier or two), or null. */
function countNoun(after: string): string | null {
  const words = /^\s+([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?(?:\s+([a-z][a-z-]+))?/.exec(after);
  for (const word of (words ?? []).slice(1, 2 + COUNT_MODIFIERS)) {
    if (!word || isStopWord(word) || TIME_NOUNS.test(word)) return null;
    if (/[^s]s$|^people$|^staff$/.test(word)) return stem(word);
  }
  return null;
}

const PEOPLE = stem('people');
/**
 * What comes before a number that counts people though no noun follows it:
 * "the death toll from the flood rose to 96", "put the number of injured at
 * 236", "the toll stood at 12" (not a "toll road"), in the same sentence part.
 */
const PEOPLE_COUNTED = /\b(?:toll(?![- ](?:road|free|booth|plaza|gate|charge))|number of (?:dead|deaths|injured|wounded|missing|victims|casualties|fatalities|people \w+))\b[^.;:!?]{0,90}\b(?:to|at|reached|reaches|hit|hits|of)\s+(?:(?:about|around|some|nearly|almost|at least|more than|over)\s+)?$/i;
const countsPeople = (before: string): boolean => PEOPLE_COUNTED.test(before.slice(-160));

const NOT_CONTEXT = new Set([...Object.keys(SCALE), ...Object.keys(CURRENCY_WORD), 'dollar', 'euro', 'percent', 'cent']);

/** Content stems near a figure: up to `back` words before it (same clause) and 3 after. */
export function contextAround(text: string, start: number, end: number, back = 8): string[] {
  const clauseStart = Math.max(text.lastIndexOf(';', start), text.lastIndexOf(':', start), 0);
  const before = contentWords(text.slice(clauseStart, start)).slice(-back);
  const after = contentWords(text.slice(end, end + 40)).slice(0, 3);
  return [...new Set([...before, ...after])].filter((w) => !NOT_CONTEXT.has(w));
}

const YEARLIKE = /^(1[89]\d\d|20\d\d)$/;
/** A number followed by this is a percentage, read by findPercents. */
const PERCENT_NEXT = /^\s?(%|percent|per cent|pct)/i;

/** Money and counts in folded text. Years and percentages are left to their own parsers. */
export function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const [whole, sym, num, scaleWord, curWord] = m;
    if (!num) continue;
    const start = m.index;
    const end = start + whole.length;
    const next = text.slice(end);
    if (PERCENT_NEXT.test(next)) continue;
    // Part of a date, a range of years, a time or a code: not a figure.
    if (/^[-\u2013/:]\d/.test(next) || /\d[-\u2013/:.]$/.test(text.slice(0, start))) continue;
    if (/[A-Za-z]$/.test(text.slice(0, start)) && !sym) continue;
    const scale = scaleWord ? SCALE[scaleWord.toLowerCase()] ?? 1 : 1;
    // "m"/"b" alone are scales only when glued to the number or after a currency.
    if (scaleWord && scaleWord.length === 1 && !sym && !/\d[mbkMBK]$/.test(whole.trim())) continue;
    const symbol = sym?.trim().toLowerCase();
    let unit: string | null = symbol ? CURRENCY_SYMBOL[symbol] ?? symbol.toUpperCase() : null;
    if (curWord) unit = CURRENCY_WORD[stem(curWord.toLowerCase())] ?? CURRENCY_WORD[curWord.toLowerCase().replace(/s$/, '')] ?? unit;
    if (!unit && !scaleWord && YEARLIKE.test(num)) continue;
    const measure = unit ? null : measureAfter(next);
    const written = Number(num.replace(/,/g, ''));
    const noun = unit || measure ? null : countNoun(next);
    // A count's noun after the number wins over a scale named before it ("the magnitude of the task at 5 sites").
    const named = unit || measure || noun || scaleWord ? null : measureBefore(text.slice(0, start), written);
    unit ??= measure?.unit ?? named?.unit ?? null;
    if (!unit) {
      // A count's unit is the plural noun right after it ("25,000 companies", "3 million people"),
      // or people when a toll or a number of dead or injured is said to stand at it.
      const counted = noun ?? (countsPeople(text.slice(0, start)) ? PEOPLE : null);
      // Without a unit or a scale a bare number is too ambiguous to compare.
      if (!counted && !scaleWord) continue;
      unit = counted;
    }
    const value = written * scale;
    out.push({
      value,
      unit,
      qualifier: qualifierBefore(text, start),
      text: ((named?.text ?? '') + whole + (measure?.text ?? '')).trim(),
      // The unit is not what is measured (and is checked on its own): "597 km" and "597 kilometres" measure one thing.
      context: contextAround(text, start, end + (measure?.text.length ?? 0)),
    });
  }
  return [...out, ...spelledCounts(text)];
}

/**
 * Counts and measures spelled out ("eight candidates", "four kilometres"): the
 * same figure as "8 candidates" to compare, with what they count or measure.
 * Only with a plural noun or a unit after them; a length of time is a duration.
 */
function spelledCounts(text: string): Amount[] {
  const out: Amount[] = [];
  for (const n of spelledNumbers(text)) {
    const end = n.index + n.text.length;
    const next = text.slice(end);
    if (PERCENT_NEXT.test(next)) continue;
    const measure = measureAfter(next);
    const unit = measure?.unit ?? countNoun(next);
    if (!unit) continue;
    out.push({
      value: n.value,
      unit,
      qualifier: qualifierBefore(text, n.index),
      text: (n.text + (measure?.text ?? '')).trim(),
      context: contextAround(text, n.index, end + (measure?.text.length ?? 0)),
    });
  }
  return out;
}

/** Percentages in folded text. */
export function findPercents(text: string): Percent[] {
  const out: Percent[] = [];
  for (const m of text.matchAll(PERCENT_RE)) {
    const num = m[1];
    if (!num) continue;
    out.push({
      value: Number(num.replace(/,/g, '')),
      qualifier: qualifierBefore(text, m.index),
      text: m[0],
      context: contextAround(text, m.index, m.index + m[0].length),
    });
  }
  return out;
}

/** Relative gap between two values (0 = equal). */
export function relativeGap(a: number, b: number): number {
  const hi = Math.max(Math.abs(a), Math.abs(b));
  return hi === 0 ? 0 : Math.abs(a - b) / hi;
}

/** Units agree when equal or when one side did not say. */
export function unitsAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** The step of the last digit a figure is written to: "$32.2bn" 0.1 billion, "3,500" 100, "45" 1; null without digits. */
export function writtenStep(value: number, text: string): number | null {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0].replace(/,/g, '');
  const written = Number(digits);
  if (!digits || !written) return null;
  const [whole = '', fraction] = digits.split('.');
  const step = fraction ? 10 ** -fraction.length : 10 ** (/0*$/.exec(whole)?.[0].length ?? 0);
  // The scale word ("bn", "million") is in the value, not in the digits.
  return step * (value / written);
}

/**
 * Two figures written to a step one outlet's rounding cannot explain: "$31.7bn"
 * and "$32.2bn" differ by five steps of 0.1bn, "$45bn" and "$46bn" by one of
 * 1bn, while "$45bn" and "$45.4bn" or "3,500" and "3,512" agree at the
 * coarser step.
 */
function writtenApart(a: { value: number; text?: string }, b: { value: number; text?: string }): boolean {
  const sa = a.text === undefined ? null : writtenStep(a.value, a.text);
  const sb = b.text === undefined ? null : writtenStep(b.value, b.text);
  if (sa === null || sb === null) return false;
  return Math.abs(a.value - b.value) >= Math.max(sa, sb) * (1 - 1e-9);
}

/**
 * Same figure: units agree and values within 3 % (rounding in different
 * outlets), and no further apart than the coarser of the two is written to.
 * Hedges are ignored.
 */
export function sameFigure(a: { value: number; unit?: string | null; text?: string }, b: { value: number; unit?: string | null; text?: string }): boolean {
  return unitsAgree(a.unit ?? null, b.unit ?? null) && relativeGap(a.value, b.value) <= 0.03 && !writtenApart(a, b);
}

/**
 * The range of true values a hedged figure allows. "Over 45" allows up to
 * +25 %, "about 45" ±10 %, a plain "45" ±3 % (it is usually rounded).
 */
export function interval(value: number, q: Qualifier): [number, number] {
  if (q === 'over') return [value, value * 1.25];
  if (q === 'under') return [value * 0.75, value];
  if (q === 'about') return [value * 0.9, value * 1.1];
  return [value * 0.97, value * 1.03];
}

/** Two hedged figures contradict each other: their allowed ranges do not overlap. */
export function figuresConflict(a: { value: number; qualifier: Qualifier }, b: { value: number; qualifier: Qualifier }): boolean {
  const [a0, a1] = interval(a.value, a.qualifier);
  const [b0, b1] = interval(b.value, b.qualifier);
  return a1 < b0 || b1 < a0;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** Days, years and times of day: numbers that say when, not how many. */
const WHEN = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b(?:1[89]|20)\\d\\d\\b|\\b\\d{1,2}[:.]\\d\\d\\b`, 'g');

/**
 * Numbers a text gives that are neither a parsed figure, a length of time nor
 * a date ("the river rose to 11", "a rating of 7.2", "six hours instead of
 * nine"), as written (spelled ones as digits, thousands separators dropped).
 * Too bare to compare as figures.
 */
export function bareNumbers(text: string, anchors: { amounts: { text: string }[]; percents: { text: string }[]; durations?: { text: string }[] }): string[] {
  let t = text.toLowerCase();
  // Every whole occurrence of a figure's (or a length of time's) text: "27" is gone from "27 people" but not from "2027" or "127".
  for (const a of [...anchors.amounts, ...anchors.percents, ...(anchors.durations ?? [])]) t = t.replace(new RegExp(`(?<![\\d.,])${a.text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])`, 'g'), ' ');
  return [...new Set(numeralsIn(t.replace(WHEN, ' ')))];
}

/** The numbers a text writes, in order, spelled ones as digits and thousands separators dropped ("1,350" is 1350, "7.2" one number, "six" 6). */
export const numeralsIn = (text: string): string[] => digitsForWords(text).replace(/(\d),(?=\d{3})/g, '$1').match(/\d+(?:\.\d+)?/g) ?? [];

/**
 * Two texts that each give bare numbers say different things, however alike
 * their words, unless one's numbers are all among the other's ("6 hours
 * instead of 9" is not "6 hours instead of 8"; "46 injured" may be "46
 * injured, 3 of them children").
 */
export const numbersApart = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && !a.every((x) => b.includes(x)) && !b.every((x) => a.includes(x));
