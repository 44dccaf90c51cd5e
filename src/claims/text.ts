/**
 * Text normalisation for claim matching: accent folding, tokenising, a stop
 * list and a deliberately light stemmer. The stemmer only has to make the
 * inflected and derived forms news prose uses for one idea collide
 * (adopted / adoption, communiqué / communique, invest / investment / investor);
 * it never has to produce a real word.
 */
import { memoByText } from '../model/memo.ts';
import { isSpelledNumber } from './number-words.ts';

/** Fold accents and typographic variants so "Communiqué" and "communique" compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00a0/g, ' ');
}

/** A word as it appears in the sentence, with its position and case. */
export interface Token {
  /** Folded surface form (case kept). */
  surface: string;
  /** Lowercased folded form. */
  lower: string;
  /** Offset in the folded text. */
  start: number;
  /** True when the token starts with a capital letter. */
  capital: boolean;
}

const WORD = /[A-Za-z0-9]+(?:['.][A-Za-z0-9]+)*/g;

/** Split folded text into word tokens (hyphenated compounds come out as separate words). */
export function tokenize(text: string): Token[] {
  const folded = fold(text);
  const out: Token[] = [];
  for (const m of folded.matchAll(WORD)) {
    const surface = m[0].replace(/'s$/i, '');
    out.push({ surface, lower: surface.toLowerCase(), start: m.index, capital: /^[A-Z]/.test(surface) });
  }
  return out;
}

// Function words, reporting verbs and vague modifiers: they say nothing about which fact a sentence states.
const STOP = new Set(
  (
    'a an the and or but nor if then else so than that this these those there here of in on at to for from by with without ' +
    'into onto upon over under about above below between among through during before after since until while as ' +
    'is are was were be been being am has have had having do does did doing will would shall should can could may might must ' +
    'it its it\'s they them their theirs he him his she her hers we us our ours you your yours i me my mine who whom whose which what ' +
    'when where why how all any both each every few more most other some such no not only own same too very just also even ' +
    'said says say saying told tells added adding noted according reported reports reportedly stated ' +
    'one ones another however despite although though yet still already further furthermore moreover meanwhile ' +
    'new many much several well like including include includes included alongside across within via per ' +
    'mr mrs ms s t don didn doesn isn wasn aren weren won ' +
    'being become became around upon whether either neither again ever never always often ' +
    // Bound prefixes split off hyphenated compounds ("multi-year", "non-binding"): the rest of the compound says it.
    'multi semi non mid'
  ).split(/\s+/),
);

/** True for words that carry no content for matching. */
export function isStopWord(lower: string): boolean {
  return STOP.has(lower) || lower.length < 2;
}

const VOWEL = /[aeiouy]/;

// Derivational endings folded onto the verb/noun root, longest first.
const DERIVED: [string, string][] = [
  ['izations', 'ize'],
  ['ization', 'ize'],
  ['isation', 'ize'],
  ['ational', 'ate'],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['itions', 'it'],
  ['ition', 'it'],
  ['tions', 't'],
  ['tion', 't'],
  ['sions', 's'],
  ['sion', 's'],
  ['ments', ''],
  ['ment', ''],
  ['ously', 'ous'],
  ['ively', 'ive'],
  ['ingly', ''],
  ['edly', ''],
  ['ities', ''],
  ['ity', ''],
  // The -ism noun and its -ist agent ("terrorism" / "terrorist") meet on a common "-is" stem.
  ['ism', 'is'],
  ['ist', 'is'],
  ['ness', ''],
  ['ors', ''],
  ['or', ''],
  ['ly', ''],
];

/**
 * Light stemmer: plural and verb inflections, a few derivational suffixes,
 * then a final-e / doubled-consonant clean-up so that "trade", "trading"
 * and "traded" share one stem. Short words (≤ 4 letters) are left alone
 * apart from a plural -s.
 */
function stemUncached(word: string): string {
  let w = fold(word).toLowerCase();
  if (/^\d/.test(w)) return w;
  if (w.length <= 4) return w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w) ? w.slice(0, -1) : w;
  if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (/(sses|shes|ches|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const [suffix, repl] of DERIVED) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4 && VOWEL.test(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length) + repl;
      break;
    }
  }
  for (const suffix of ['ing', 'ed']) {
    const base = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && base.length >= 3 && VOWEL.test(base)) {
      w = base;
      break;
    }
  }
  if (w.length > 4 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('i')) w = `${w.slice(0, -1)}y`;
  if (w.length > 6 && w.endsWith('at')) w = w.slice(0, -2);
  return w;
}

// Scale and currency words after a number belong to the figure (an anchor), not to the words.
const FIGURE_WORDS = /^(thousand|million|billion|trillion|bn|mn|tn|percent|dollars?|euros?|pounds?|rubles?|roubles?|yuan|yen)$/;

/** Content-word stems of a sentence: lowercased, stop-words, numbers (digits or spelled) and figure words removed, stemmed. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  const tokens = tokenize(text);
  tokens.forEach((t, i) => {
    if (isStopWord(t.lower) || /^\d/.test(t.lower) || isSpelledNumber(t.lower)) return;
    if (FIGURE_WORDS.test(t.lower) && /^\d/.test(tokens[i - 1]?.lower ?? '')) return;
    out.push(stem(t.lower));
  });
  return out;
}

/** The light stem of a word (see stemUncached), memoised: the grouping stems every word of every clause. */
export const stem: (word: string) => string = memoByText(stemUncached);
