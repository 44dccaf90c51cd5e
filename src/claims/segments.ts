/**
 * Clause segments. News sentences often carry two facts ("trade reached $45bn
 * …, it still fell short of trade with its neighbour"; "a joint declaration and
 * a plan of joint actions were adopted"), so grouping compares clauses, and a
 * sentence can support one claim per clause. Segmenting is punctuation- and
 * conjunction-based (cheap and predictable; no tagger), and pieces too small
 * to state anything on their own are glued back to a neighbour.
 */
import { SAID_HOW, SAYING } from './speech.ts';
import { isStopWord, tokenize, type Token } from './text.ts';

/** A clause of a sentence: a verbatim substring, with its offsets in the sentence. */
export interface Segment {
  text: string;
  start: number;
  end: number;
}

// Clause boundaries: , ; : and spaced dashes before a lowercase word (not "25,000", not
// "'Norland - Estovia' summit"), and before
// contrastive conjunctions and determiner-led coordinated noun phrases ("and a plan …").
const BOUNDARY = /,(?!\d{3})|;|:(?!\d)|\s[-\u2010-\u2015]\s(?=[a-z])|\s(?=(?:while|whereas|but|although|though)\s)|\s(?=and\s(?:a|an|the)\s)/g;

// The items of an example list ("including upgrades to X and collaboration on Y") are facts of their own.
const LIST_AND = /\b(?:including|such as)\s[^,;:]*?\s(?=and\s)/g;

// Who said it ("…, the Voovan Emergency Ministry said (in a statement).", "…, according to the union."): not a fact of its own.
// ("…, said people were waiting" says something: only a clause ending in the saying is one.)
const ATTRIBUTION = new RegExp(String.raw`^(?:according to\b[^,;:]*|[^,;:]*\b(?:${SAYING}|reported|confirmed)${SAID_HOW})[\s.!?:"'\u2019\u201d)]*$`, 'i');

/** A clause that only says who said the rest of its sentence: two outlets naming one source state no common fact. */
export const isAttribution = (clause: string): boolean => ATTRIBUTION.test(clause.trim());

/**
 * The clause without a closing attribution ("…with a pay rise of 10 percent,
 * the union said." → "…with a pay rise of 10 percent"): segmentsOf glues a
 * short "the union said" to its clause, but who said it is not what was said.
 */
export function withoutAttribution(clause: string): string {
  const at = clause.lastIndexOf(',');
  return at > 0 && isAttribution(clause.slice(at + 1)) ? clause.slice(0, at) : clause;
}

/** Content words other than names a piece needs to stand alone as a clause ("Ilse Varga", "the Norland capital", "he said" do not). */
export const MIN_SEGMENT_WORDS = 2;

/** Default name test without corpus knowledge: any capitalised word. */
const capitalised = (t: Token) => t.capital;

/** Content words of a piece that are not names (the sentence's first word never counts as a name). */
function plainWords(text: string, atSentenceStart: boolean, isName: (t: Token) => boolean): number {
  return tokenize(text).filter((t, i) => !isStopWord(t.lower) && !/^\d/.test(t.lower) && (!isName(t) || (atSentenceStart && i === 0))).length;
}

/**
 * Split a sentence into clause segments (at least one: the whole sentence).
 * `isName` tells names apart (default: capitalised); pass a corpus-aware test
 * so that title-case phrases ("a Joint Action Plan") count as words.
 */
export function segmentsOf(sentenceText: string, isName: (t: Token) => boolean = capitalised, minWords = MIN_SEGMENT_WORDS): Segment[] {
  const text = sentenceText;
  const cuts = [0];
  for (const m of text.matchAll(BOUNDARY)) cuts.push(m.index + m[0].length);
  for (const m of text.matchAll(LIST_AND)) cuts.push(m.index + m[0].length);
  cuts.sort((a, b) => a - b);
  cuts.push(text.length);
  let pieces: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    if (end > start) pieces.push({ text: text.slice(start, end), start, end });
  }
  // Glue short pieces (a name in a list, "On Thursday", "he said") to the previous piece, or the next one when first.
  const merged: Segment[] = [];
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && plainWords(p.text, false, isName) < minWords) {
      merged[merged.length - 1] = { text: text.slice(prev.start, p.end), start: prev.start, end: p.end };
    } else merged.push(p);
  }
  const first = merged[0];
  const second = merged[1];
  if (first && second && plainWords(first.text, true, isName) < minWords) {
    merged.splice(0, 2, { text: text.slice(first.start, second.end), start: first.start, end: second.end });
  }
  pieces = merged.map((p) => {
    const lead = p.text.length - p.text.trimStart().length;
    const text = p.text.trim();
    return { text, start: p.start + lead, end: p.start + lead + text.length };
  });
  return pieces.length ? pieces : [{ text: text.trim(), start: 0, end: text.length }];
}
