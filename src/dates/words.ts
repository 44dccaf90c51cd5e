/**
 * Shared vocabulary for the temporal patterns: number words, month and
 * weekday alternations, prepositions. Kept as regex source strings so the
 * patterns in find.ts read as sentences.
 */

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

/** Alternation of counts: digits or number words (longest first so "eighteen" beats "eight"). */
export const COUNT = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;

/** Value of a count matched by COUNT, or null. */
export function countValue(text: string): number | null {
  const t = text.toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}

/** Full month names; case-sensitive on purpose ("may" the verb, "march" the verb). */
export const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** Month names including abbreviations, used only next to a day number where they are unambiguous. */
export const MONTH_ANY =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** A plausible calendar year; narrower than any four digits so "2500 troops" is not a year. */
export const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';

/** Any dash a range may be typed with: hyphen, non-breaking hyphen, figure dash, en dash, em dash. */
export const DASH = '[-\u2010\u2011\u2012\u2013\u2014]';

/** Prepositions that can introduce a date, with the bound they imply. */
export const PREPOSITIONS = '(?:[Ii]n|[Oo]n|[Bb]y|[Tt]hrough|[Tt]hroughout|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Ff]or|[Dd]uring|[Bb]efore|[Aa]fter|[Oo]f)';

/** Future markers: a weekday in a sentence with one of these points forward. */
export const FUTURE_MARKERS = /\b(?:will|shall|won't|is due to|are due to|is scheduled|are scheduled|is expected to|are expected to|plans? to|upcoming)\b|'ll\b/i;
