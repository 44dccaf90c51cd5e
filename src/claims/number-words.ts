/**
 * Numbers spelled out. One outlet prints "took two years" and another "took
 * 2 years": the numbers they give must compare as the same number, and the
 * spelled one must not count as a word the other lacks.
 */

/** Number words with their values (durations also read "a dozen", "one"). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/**
 * Words read as the number they spell. Not "one" ("one of the", "no one"),
 * "hundred" or "dozen" ("hundreds of", "dozens of" are no number).
 */
const SPELLED = Object.keys(NUMBER_WORDS).filter((w) => !['one', 'hundred', 'dozen'].includes(w));
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SPELLED_RE = new RegExp(String.raw`\b(?:(${TENS.join('|')})[- ](${UNITS.join('|')})|(${SPELLED.join('|')}))\b`, 'gi');
const SPELLED_WORD = new Set(SPELLED);

/** A word (lowercase) that spells a number compared as digits. */
export const isSpelledNumber = (lower: string): boolean => SPELLED_WORD.has(lower);

/** The value of one SPELLED_RE match from its groups: a word alone, or tens and units. */
const valueOf = (tens?: string, unit?: string, word?: string): number =>
  word ? (NUMBER_WORDS[word.toLowerCase()] as number) : (NUMBER_WORDS[(tens as string).toLowerCase()] as number) + (NUMBER_WORDS[(unit as string).toLowerCase()] as number);

/** The text with spelled numbers written as digits: "twenty-five people" → "25 people", "six hours" → "6 hours". */
export function digitsForWords(text: string): string {
  return text.replace(SPELLED_RE, (_, tens?: string, unit?: string, word?: string) => String(valueOf(tens, unit, word)));
}

/** Spelled numbers in a text, with where each is written: "eight candidates" → 8 at 0. */
export function spelledNumbers(text: string): { value: number; index: number; text: string }[] {
  return [...text.matchAll(SPELLED_RE)].map((m) => ({ value: valueOf(m[1], m[2], m[3]), index: m.index, text: m[0] }));
}
