/**
 * Who said what. Outlets quote one official's several remarks, each with the
 * speaker's name, title and "told reporters" around it: what is compared is
 * the quote, and who said it tells two statements apart (similar.ts).
 */
import { isStopWord, stem, tokenize, type Token } from './text.ts';

/** Verbs that say who said something, for patterns (segments.ts and events.ts add a few of their own): "told reporters", "told a freelancer", "told state media". */
export const SAYING = String.raw`said|says|told(?:\s+(?:an?|the))?\s+\w+(?:\s+\w+)?|added|stated`;
const SAID = `(?:${SAYING})`;
/**
 * How or where it was said, after the verb, up to three words: "in a
 * statement", "at a news conference", "on Tuesday" (not "said to be …" or
 * "said on Tuesday that …", which state something).
 */
export const SAID_HOW = String.raw`(?:\s+(?:in|at|on|during|after|from|via|through)(?:\s+(?!that\b)[a-z\u00c0-\u024f'\u2019-]+){1,3})?`;
/** Who said it, before the quote: "Zanev said: “…”", "Zanev said that “…”". */
const SPEAKER_BEFORE = new RegExp(String.raw`^[^"\u201c\u201d,;:]*\b${SAID}(?:\s+that)?\s*:?\s*(?=["\u201c])`, 'i');
/** Who said it, after the closing quote: "“…,” Zanev said (in a statement)." or "“…,” said Zanev, the interior minister." */
const SPEAKER_AFTER = new RegExp(String.raw`^[\s,.]*(?:${SAID}\b[^"\u201c\u201d]*|[^"\u201c\u201d,;:]*\b${SAID}${SAID_HOW}[\s.,]*)$`, 'i');
/** An attribution ending in the speaker's name, before a title: "“…,” said Zanhul Zanev," */
const SAID_NAME = new RegExp(String.raw`["\u201d]\s*${SAID}\s+[^"\u201c\u201d,;:]*,\s*$`, 'i');

/**
 * What a clause quotes, without who said it: two outlets printing one
 * official's different remarks share the speaker's name and "told reporters",
 * not a statement. Only attribution around a direct quote is dropped; "Kaur
 * said the toll rose" keeps its speaker (it is not a quote).
 */
export function speechOf(clause: string): string {
  const t = clause.replace(SPEAKER_BEFORE, '');
  const close = Math.max(t.lastIndexOf('"'), t.lastIndexOf('\u201d'));
  const open = Math.max(t.indexOf('"'), t.indexOf('\u201c'));
  if (close > 0 && close > open && SPEAKER_AFTER.test(t.slice(close + 1))) return t.slice(0, close + 1);
  return t;
}

/**
 * The speaker's title after a quote's attribution ("“…,” said Zanhul Zanev, |
 * the Voovan Interior Minister."): it says who spoke, not a fact of its own,
 * though it names what other clauses name.
 */
export function isSpeakerTitle(previous: string, clause: string, last: boolean): boolean {
  return last && /^(?:the|a|an)\s/i.test(clause.trim()) && SAID_NAME.test(previous);
}

/** A title after the speaker's name, to the end: ", the Melstani Finance Minister." (not ", the White House said in a statement."). */
const TITLE_AFTER = new RegExp(String.raw`,\s+(?:the|a|an)\s(?:(?!\b${SAID}\b)[^"\u201c\u201d])*$`, 'i');

/** No speaker: the clause quotes nobody. */
const NOBODY: readonly string[] = [];

/**
 * Who said a quoting clause's quote: the names (`isName`) in the clause
 * outside its quotation marks, and in the attribution clauses beside it that
 * were dropped ("Selvin Voic said: | “…”", "“…,” | the ministry said."), as
 * stems. A clause that quotes nobody has no speaker (reported
 * speech keeps its names as words of the clause).
 */
export function speakersOf(clause: string, beside: readonly string[], isName: (t: Token) => boolean): readonly string[] {
  const spans = quotedSpans(clause);
  if (!spans.length) return NOBODY;
  const outside = (t: Token) => !spans.some(([from, to]) => t.start >= from && t.start < to);
  // Who, not their title: "said Selqui Zanyaral, the Melstani Finance Minister" and "said Quiyar Voshaev, the Melstani Transport Minister" are two people.
  const who = (text: string) => tokenize(text.replace(TITLE_AFTER, ''));
  // As stems, like every other name of a clause (similar.ts namesOf puts them together).
  const names = [...who(clause).filter(outside), ...beside.flatMap(who)].filter((t) => isName(t) && !isStopWord(t.lower)).map((t) => stem(t.lower));
  return names.length ? [...new Set(names)] : NOBODY;
}

/**
 * Where the clause quotes someone, as [start, end) offsets: between opening
 * and closing marks, from the start when the clause opens inside a quote (a
 * closing mark first), to the end when it closes outside the clause. A
 * straight mark opens after a space or at the start, else it closes.
 */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const opening = ch === '\u201c' || (ch === '"' && (i === 0 || /\s|\(/.test(text[i - 1] as string)) && open === null);
    const closing = ch === '\u201d' || (ch === '"' && !opening);
    if (opening && open === null) open = i + 1;
    else if (closing) {
      spans.push([open ?? 0, i]);
      open = null;
    }
  }
  if (open !== null) spans.push([open, text.length]);
  return spans;
}
