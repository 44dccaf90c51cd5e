/**
 * Whether an event word is used as a noun where it stands. Several event
 * nouns are also verbs ("crowds gathering in the square", "Putin will visit",
 * "he talks"), and reading a verb as the event gave a mudslide story the card
 * "The gathering". compromise's tagger does not settle it (it tags "crowds
 * gathering" a noun and "Thursday's meeting" a verb), so the words around the
 * event word decide, and an unclear case stays a noun as before.
 */
import { EVENT_VERBS, eventNoun } from './lexicon.ts';
import type { Token } from './text.ts';

// After these a base or -s form is a verb: "will visit", "to rally", "he talks".
const VERB_BEFORE = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'never', 'he', 'she', 'it', 'who']);
// After these an -ing form is a verb: "ministers were meeting".
const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
// A determiner before a plural makes the pair a compound noun: "a leaders meeting".
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'every', 'each', 'another', 'no']);
// Base forms that read as verbs after "to" ("to visit", "to strike a deal"); plural nouns after "to" ("to talks in Velm") stay nouns.
const TO_VERBS = new Set(['visit', 'rally', 'strike', 'protest', 'flood', 'storm']);

const isPluralWord = (t: Token) => /[^s']s$/.test(t.lower) && t.lower.length > 3;
// An event verb reports the event only when nothing undergoes it: "the talks were derailed", "derailed the talks" do not.
const PASSIVE_OR_PERFECT = new Set([...BE, 'has', 'have', 'had']);

/** An event verb (lexicon.ts EVENT_VERBS) used intransitively: "a train derailed near Velm", "a plane crashed on Sunday". */
function reportsEvent(tokens: readonly Token[], k: number): boolean {
  const [prev, next] = [tokens[k - 1], tokens[k + 1]];
  if (!prev || PASSIVE_OR_PERFECT.has(prev.lower)) return false;
  return !next || !DETERMINERS.has(next.lower);
}

/**
 * True when the event word at `k` (an event noun by spelling) is a noun in
 * `text` (the folded sentence `tokens` came from).
 */
export function isEventNounAt(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (eventNoun(t.lower) === null) return false;
  if (t.lower in EVENT_VERBS) return reportsEvent(tokens, k);
  const prev = tokens[k - 1];
  // Capitalised inside a sentence it is part of a name ("Summit Avenue"); at its start it is the word itself.
  if (!prev) return true;
  if (t.capital) return false;
  // "Thursday's meeting", "the ministers' meeting": a possessive before it.
  const gap = text.slice(prev.start + prev.surface.length, t.start);
  if (/['\u2019]/.test(gap)) return true;
  if (!/^\s+$/.test(gap)) return true;
  if (VERB_BEFORE.has(prev.lower)) return false;
  if (prev.lower === 'to' && TO_VERBS.has(t.lower)) return false;
  if (!t.lower.endsWith('ing')) return true;
  if (BE.has(prev.lower)) return false;
  // "crowds gathering in the centre", "Leaders meeting in Velm agreed": a plural subject then a participle.
  if (isPluralWord(prev)) return [tokens[k - 2], tokens[k - 3]].some((b) => b !== undefined && DETERMINERS.has(b.lower));
  return true;
}
