import { COPYRIGHT_MARK } from '../ingest/copyright.ts';

/**
 * An outlet naming itself in an attribution clause: "…, News.Az reports citing …".
 * Only after a comma, where news copy puts its own attribution, so a person
 * who "reports" something mid-sentence is not taken for the outlet.
 */
export function findOutletInText(text: string): string | null {
  const m = /,\s(\p{Lu}[\p{L}\d]*(?:\.\p{L}{2,})?(?:\s\p{Lu}[\p{L}\d]*){0,3}) (?:reports|reported)\b/u.exec(text);
  return m && !/^(?:He|She|It|They|We|The|This|That)$/.test(m[1]!) ? m[1]! : null;
}

const YEARS = /^(?:\d{4}(?:\s*[-–—]\s*(?:\d{4}|present))?)[,.]?\s*/i;
const MARK = new RegExp(`${COPYRIGHT_MARK.source}\\s*`, 'i');
const NAME_WORD = /^(?:\p{Lu}[\p{L}\d.'’&-]*|\d[\p{L}\d.]*|of|and|the|de|&|for|on)$/u;

/**
 * The publisher a copyright line names: "© 2025 Steppe Herald. All rights
 * reserved." → "Steppe Herald", "Copyright © 2019–2025 The Obsto Courier" →
 * "The Obsto Courier". Null when what is left does not read as a name
 * ("© Copyright notice", "Copyright infringement will be pursued").
 */
export function outletFromCopyright(line: string): string | null {
  let rest = line.replace(/\s+/g, ' ').replace(/\.?\s*all rights reserved\b.*$/i, '').trim();
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(MARK, '').replace(YEARS, '');
  }
  return asName(rest);
}

const PLATFORM = '(?:Google News|Twitter|X|Facebook|Telegram|Instagram|LinkedIn|WhatsApp|YouTube|Threads|Bluesky)';

/** What the page furniture that names its publisher says, by the cleaner's rule for the line. */
const PUBLISHER_PATTERNS = {
  /** "Jane Doe covers energy for The Caspian Times." */
  'author-bio': /\b(?:for|at|with)\s+(?:the\s+(?=\p{Lu}))?([\p{Lu}\d][^,;:]{0,60}?)\.?$/u,
  /** "The comments posted here are not those of Steppe Herald and do not reflect its views." */
  'comment-disclaimer': /\bnot (?:those|the views?|the opinions?) of\s+(?:the\s+(?=\p{Lu}))?([\p{Lu}\d][^,;:]{0,60}?)(?:\s+(?:and|or|nor)\b.*|[.,;].*)?$/u,
  /** "Follow Steppe Herald on Google News" (not "Follow us on Twitter"). */
  'share-prompt': new RegExp(`^Follow\\s+(?!us\\b)([\\p{Lu}\\d][^,;:]{0,60}?)\\s+on\\s+${PLATFORM}\\b`, 'u'),
} as const;

/** Cleaner rules of the lines in which a page may name its publisher (besides its copyright line). */
export type PublisherLine = keyof typeof PUBLISHER_PATTERNS;

/**
 * The outlet an author bio, a comments disclaimer or a follow prompt names:
 * "Jane Doe covers energy for The Caspian Times." → "The Caspian Times".
 */
export function outletFromFurniture(line: string, rule: PublisherLine): string | null {
  const m = PUBLISHER_PATTERNS[rule].exec(line.replace(/\s+/g, ' ').trim());
  return m ? asName(m[1]!) : null;
}

/** Furniture lines in which a page names its publisher, most explicit first: the cleaner's rule, how the page says it, how to read the name. */
const PUBLISHER_LINES: readonly (readonly [string, string, (line: string) => string | null])[] = [
  ['copyright', 'the page’s copyright line', outletFromCopyright],
  ['author-bio', 'the author’s bio', (line) => outletFromFurniture(line, 'author-bio')],
  ['comment-disclaimer', 'the comments disclaimer', (line) => outletFromFurniture(line, 'comment-disclaimer')],
  ['share-prompt', 'the page’s follow prompt', (line) => outletFromFurniture(line, 'share-prompt')],
];

/** The publisher the cleaner's removed lines name, and which kind of line named it; null when none does. */
export function outletInFurniture(removed: readonly { rule: string; text: string }[]): { name: string; note: string } | null {
  for (const [rule, note, read] of PUBLISHER_LINES) {
    for (const r of removed) {
      const name = r.rule === rule ? read(r.text) : null;
      if (name) return { name, note };
    }
  }
  return null;
}

/** `text` as an outlet name (capitalised words, "of", "and", "the"), or null. */
function asName(text: string): string | null {
  const rest = text.replace(/[\s.,;:|·•–—-]+$/, '');
  const words = rest.split(' ');
  if (!rest || rest.length > 60 || words.length > 6 || !/^\p{Lu}|^\d/u.test(rest)) return null;
  return words.every((w) => NAME_WORD.test(w)) && !/\b(?:notice|reserved|policy|rights?|infringement)\b/i.test(rest) ? rest : null;
}

/** The host of a URL without `www.` ("aerocloud.top"), or null when it is not a web URL. */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\./, '') || null : null;
  } catch {
    return null;
  }
}
