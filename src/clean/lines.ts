import { READ_FULL } from './patterns.ts';

/** One non-empty input line. `text` is trimmed; `n` is its 1-based line in the input file. */
export interface Line {
  n: number;
  text: string;
  /** Rule that removed it, once decided. */
  rule?: string;
}

/**
 * Non-empty lines of a page, with input line numbers. An aggregator's
 * "Read Full Article" marker glued to the next headline is split in two, so
 * the marker is removed and the headline kept for the listing.
 */
export function toLines(text: string, firstLine: number): Line[] {
  const out: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (!t) return;
    const n = firstLine + i;
    const glued = READ_FULL.exec(t);
    if (glued && t.length > glued[0].length) {
      out.push({ n, text: glued[0] }, { n, text: t.slice(glued[0].length).trim() });
    } else out.push({ n, text: t });
  });
  return out;
}

export const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
/** Ends like a sentence (allowing closing quotes and brackets). */
export const endsSentence = (t: string) => /[.!?…]["'”’)\]]*$/.test(t) || /\[…\]$|\[\.\.\.\]$/.test(t);
/** Looks like a title: no sentence ending, a sensible length, not a list item. */
export const titleLike = (t: string, maxWords = 30) => !endsSentence(t) && !t.startsWith('- ') && words(t) >= 2 && words(t) <= maxWords && !/[:：;,]$/.test(t);
/** A real body paragraph: a sentence of some length. */
export const paragraphLike = (t: string) => endsSentence(t) && words(t) >= 8;
/** Only a few capitalised words: a name, a place, a label. */
export const shortLabel = (t: string) => words(t) <= 3 && !endsSentence(t) && !/\d{3,}/.test(t);
