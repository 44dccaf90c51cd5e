import { parseWrittenDate } from './dates.ts';

/** A dateline as found at the start of the body. */
export interface Dateline {
  /** The place, in Title Case ("DUSHANBE" → "Dushanbe"). */
  place: string;
  /** The dateline's date as written ("Oct 9", "March 3, 2025"), if any. */
  written: string | null;
  /** ISO date when the dateline gives a full date with a year. */
  date: string | null;
  /** The credit in parentheses ("Reuters", "TDI"), if any. */
  credit: string | null;
}

const WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PLACE = `${WORD}(?:\\s(?:${WORD}|de|del|al|el|upon))*`;
const MONTH_DAY = '(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,9}\\.?)(?:,?\\s+\\d{4})?';
const CREDIT = '\\(([^()]{1,40})\\)';
/** "DUSHANBE, Oct 9 (Reuters) - …", "ALMATY, March 3, 2025 (AFP) — …". */
const WIRE = new RegExp(`^(${PLACE}),\\s+(${MONTH_DAY})\\s*(?:${CREDIT})?\\s*[-—–]+(?:\\s+|$)`, 'u');
/** "Dushanbe (TDI): …", "Tajikistan: Russian President …", "KYIV — …". */
const SHORT = new RegExp(`^(${PLACE})\\s*(?:${CREDIT})?\\s*(?::|[-—–]+)\\s+(?=[\\p{Lu}“"‘'])`, 'u');
/** Words that start ordinary sentences and clauses, never a place in a dateline. */
const NOT_PLACE =
  /^(?:The|A|An|On|In|At|By|For|But|And|Or|So|Yet|He|She|It|They|We|I|You|This|That|These|Those|There|Here|Meanwhile|However|Also|Update|Note|Editor|Read|Watch|Photo|Video|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Breaking|Exclusive|Analysis|Opinion|Q|A)\b/;

const titleCase = (s: string) =>
  s === s.toUpperCase() ? s.toLowerCase().replace(/(?<![\p{L}'’])\p{L}/gu, (c) => c.toUpperCase()) : s;

/**
 * The dateline at the very start of the first paragraph: its place and, when
 * written, its date and credit. Only capitalised place-like words before the
 * separator count, so an ordinary opening ("Beyond trade, the summit …",
 * "On Thursday, …") never matches.
 */
export function findDateline(paragraph: string | null): Dateline | null {
  if (!paragraph) return null;
  const t = paragraph.replace(/\u00a0/g, ' ');
  const wire = WIRE.exec(t);
  if (wire && !NOT_PLACE.test(wire[1]!)) {
    const written = wire[2]!;
    return { place: titleCase(wire[1]!), written, date: /\d{4}$/.test(written) ? parseWrittenDate(written) : null, credit: wire[3] ?? null };
  }
  const short = SHORT.exec(t);
  if (short && !NOT_PLACE.test(short[1]!) && short[1]!.split(/\s+/).length <= 4) {
    return { place: titleCase(short[1]!), written: null, date: null, credit: short[2] ?? null };
  }
  return null;
}

/**
 * Where a wire dateline with a date ends in a sentence ("ZANGRAD, Nov 3 (Reuters) - "), 0 when
 * there is none. Its date is when the story was filed, not something that happened then.
 */
export function wireDatelineEnd(sentence: string): number {
  const wire = WIRE.exec(sentence.replace(/\u00a0/g, ' '));
  return wire && !NOT_PLACE.test(wire[1]!) ? wire[0].length : 0;
}
