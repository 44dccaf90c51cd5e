/**
 * Sentences that report the source's event without dating it: "The summit
 * concluded with the adoption of a joint communiqué." They take the source's
 * event date, but only when the evidence is plain, because a wrong date is
 * worse than a missing one:
 * - the sentence names a gathering or its outcome document (summit, meeting,
 *   communiqué…), as a noun;
 * - it has a simple past verb and no future marker (a plan is not an event);
 * - it carries no day or month of its own, and no date expression sits right
 *   next to the noun ("last year's summit" is another summit).
 */
import nlp from 'compromise';
import type { TemporalExpression } from './types.ts';
import { FUTURE_MARKERS } from './words.ts';

/** Gatherings and the documents they produce. Generic news vocabulary, not corpus words. */
const EVENT_NOUN = /\b(summit|meeting|conference|forum|ceremony|session|communiqu[eé]s?|declaration|accord)\b/i;

/** Tokens between the noun and a date expression at or under which the date is taken to qualify the noun. */
const NEAR = 3;

/** Is `word`, found in `sentence`, used there as a noun? Needs a tagged parse of the whole sentence. */
export type NounCheck = (sentence: string, word: string) => boolean;

/** The two slow tests reportedEvent makes; callers with answers kept elsewhere pass their own. */
export interface ReportChecks {
  isNoun: NounCheck;
  hasSimplePast: (sentence: string) => boolean;
}

/** `word` tagged as a noun in an already parsed sentence. */
export const nounIn = (doc: ReturnType<typeof nlp>, word: string): boolean => doc.match(word).has('#Noun');

/** The default NounCheck: parses the sentence (slow: pass a check over shared parses where one exists). */
export const parseNounCheck: NounCheck = (sentence, word) => nounIn(nlp(sentence), word);

/** The gathering or document word reportedEvent would test, if the sentence has one. */
export const eventNounOf = (sentence: string): string | null => EVENT_NOUN.exec(sentence)?.[0] ?? null;

/** The event noun the sentence reports in the past tense, or null when it does not qualify. */
export function reportedEvent(sentence: string, expressions: readonly TemporalExpression[], checks?: Partial<ReportChecks>): string | null {
  const m = EVENT_NOUN.exec(sentence);
  if (!m) return null;
  if (expressions.some((e) => e.value.kind === 'absolute' || e.value.kind === 'weekday' || e.value.kind === 'month-year' || e.value.kind === 'month')) return null;
  if (FUTURE_MARKERS.test(sentence) || /\?\s*$/.test(sentence)) return null;
  const at = m.index;
  const end = at + m[0].length;
  if (expressions.some((e) => tokensBetween(sentence, e, at, end) <= NEAR)) return null;
  // Both must hold; the cheap word-by-word test goes first so fewer sentences need a parse.
  if (!(checks?.hasSimplePast ?? hasSimplePast)(sentence)) return null;
  return (checks?.isNoun ?? parseNounCheck)(sentence, m[0]) ? m[0] : null;
}

// After these the verb is a participle ("is seen", "has strained", "had confirmed"): not a simple past report.
const AUXILIARIES = new Set(['is', 'are', 'am', 'be', 'been', 'being', 'has', 'have', 'had', 'to', 'will', 'would', 'not']);

/**
 * True when a word of the sentence is a simple past form ("concluded",
 * "drew", "were"). compromise's tagger misreads some irregular pasts in
 * context ("drew" as a name), so each word is checked by conjugation instead:
 * a past form is one its own infinitive conjugates back to.
 */
export function hasSimplePast(sentence: string): boolean {
  const words = [...sentence.matchAll(/[A-Za-z]+/g)].map((m) => m[0]);
  return words.some((w, i) => {
    if (i > 0 && /^[A-Z]/.test(w)) return false; // a name, not a verb
    if (AUXILIARIES.has((words[i - 1] ?? '').toLowerCase())) return false;
    return isPastForm(w.toLowerCase());
  });
}

const pastCache = new Map<string, boolean>();

function isPastForm(word: string): boolean {
  const hit = pastCache.get(word);
  if (hit !== undefined) return hit;
  let past = false;
  if (word.length >= 3) {
    const infinitive = asVerb(word).verbs().toInfinitive().text();
    past = !!infinitive && infinitive !== word && asVerb(infinitive).verbs().toPastTense().text() === word;
  }
  pastCache.set(word, past);
  return past;
}

/** Parse one word forced to be a verb (tag() mutates the document in place). */
function asVerb(word: string) {
  const doc = nlp(word);
  doc.tag('Verb');
  return doc;
}

function tokensBetween(sentence: string, e: TemporalExpression, at: number, end: number): number {
  const gap = e.end <= at ? sentence.slice(e.end, at) : e.start >= end ? sentence.slice(end, e.start) : '';
  return gap.split(/\s+/).filter((w) => /\w/.test(w)).length;
}
