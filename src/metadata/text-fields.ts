import type { Block } from '../model/types.ts';
import { parseWrittenDate } from './dates.ts';

/** The first paragraph, where datelines and credits live. */
export const firstParagraph = (blocks: Block[]) => blocks.find((b) => b.type === 'paragraph')?.text ?? null;

const titleCase = (s: string) => (s === s.toUpperCase() ? s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : s);
const PLACE = "\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+){0,2}";

/**
 * Dateline place and, when written, date: "DUSHANBE, Oct 9 (Reuters) -",
 * "Dushanbe (TDI):", "Tajikistan: Russian President …". Only at the very start
 * of the first paragraph, and only capitalised place-like words before the
 * separator, so ordinary openings ("Beyond trade, the summit …") never match.
 */
export function findDateline(paragraph: string | null): { place: string; date: string | null; credit: string | null } | null {
  if (!paragraph) return null;
  const wire = new RegExp(`^(${PLACE}),\\s+((?:\\p{L}+\\.?\\s+\\d{1,2})(?:,?\\s+\\d{4})?)\\s*(?:\\(([^)]{1,40})\\))?\\s*[-—–]\\s+`, 'u').exec(paragraph);
  if (wire) {
    const withYear = /\d{4}$/.test(wire[2]!) ? parseWrittenDate(wire[2]!) : null;
    return { place: titleCase(wire[1]!), date: withYear, credit: wire[3] ?? null };
  }
  const short = new RegExp(`^(${PLACE})\\s*(?:\\(([^)]{1,40})\\))?\\s*[:—–]\\s+(?=\\p{Lu}|[“"])`, 'u').exec(paragraph);
  if (short) return { place: titleCase(short[1]!), date: null, credit: short[2] ?? null };
  return null;
}

const AGENCIES: [RegExp, string][] = [
  [/\banadolu\b/i, 'Anadolu Agency'],
  [/\breuters\b/i, 'Reuters'],
  [/\bAFP\b|\bagence france-presse\b/i, 'Agence France-Presse'],
  [/\b(?:the )?associated press\b|\(AP\)/i, 'Associated Press'],
  [/\bTASS\b/, 'TASS'],
  [/\bxinhua\b/i, 'Xinhua'],
  [/\bRIA Novosti\b/i, 'RIA Novosti'],
  [/\binterfax\b/i, 'Interfax'],
];

/** A credited agency: "citing Anadolu agency" (typos like "citign" included), "(Reuters)", "– AFP". */
export function findAgency(text: string): string | null {
  const credit = /\bcit\w*\s+(?:the\s+)?([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?)\s+(?:news\s+)?agency\b|\((Reuters|AFP|AP|TASS|Xinhua|Interfax)\)|\baccording to (?:the )?([\p{Lu}][\p{L}-]+) (?:news )?agency\b/iu.exec(text);
  if (!credit) return null;
  const name = credit[1] ?? credit[2] ?? credit[3] ?? '';
  const known = AGENCIES.find(([re]) => re.test(name));
  return known ? known[1] : `${titleCase(name)} Agency`;
}

/**
 * An outlet naming itself in an attribution clause: "…, News.Az reports citing …".
 * Only after a comma, where news copy puts its own attribution, so a person who
 * "reports" something mid-sentence is not taken for the outlet.
 */
export function findOutletInText(text: string): string | null {
  const m = /,\s([\p{Lu}][\p{L}\d]*(?:\.[\p{L}]{2,})?(?:\s[\p{Lu}][\p{L}\d]*){0,2}) (?:reports|reported)\b/u.exec(text);
  return m && !/^(?:He|She|It|They|The)$/.test(m[1]!) ? m[1]! : null;
}
