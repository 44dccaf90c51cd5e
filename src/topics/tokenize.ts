/**
 * A word tokenizer shared by topic tagging and gazetteer matching. Words are
 * maximal runs of letters, marks and digits, so word boundaries come for free
 * and punctuation (hyphens, apostrophes, dots) only ever separates words.
 * Offsets point into the original text so matches can be quoted verbatim.
 */

/** One word of a text, with its offsets and the separator that precedes it. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased, NFKC-normalised form used for lookups. */
  norm: string;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** Normalised separator before this word (see `normSeparator`); '' at the start of the text. */
  sep: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Separators collapse to a small alphabet so "Russia‑Central" (non-breaking
 * hyphen), "Russia-Central" and "Russia – Central" compare equal, and the
 * three apostrophes used by outlets compare equal too.
 */
export function normSeparator(raw: string): string {
  const s = raw.trim();
  if (s === '') return raw.length ? ' ' : '';
  if (/^[-‐‑‒–—]+$/u.test(s)) return '-';
  if (/^['’ʼ`]$/u.test(s)) return "'";
  return s;
}

/** Split `text` into words with offsets; never throws, empty text gives []. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const word = m[0];
    out.push({
      text: word,
      norm: word.normalize('NFKC').toLowerCase(),
      start,
      end: start + word.length,
      sep: out.length ? normSeparator(text.slice(last, start)) : '',
    });
    last = start + word.length;
  }
  return out;
}

/** True when the word after `tokens[i]` is a possessive "'s" (Russia’s, Putin's). */
export function isPossessiveAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.sep === "'" && next.norm === 's';
}
