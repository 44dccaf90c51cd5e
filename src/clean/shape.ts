/**
 * Shapes of a line of text, shared by the rules: is it a sentence, a title, a
 * name? Everything here looks at form only (length, case, punctuation), never
 * at what a particular site writes.
 */

export const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

/** Ends like a sentence (closing quotes and brackets allowed), or with a listing's "[…]". */
export const endsSentence = (t: string): boolean => /[.!?…]["'”’)\]]*$/.test(t) || /\[(?:…|\.\.\.)\]$/.test(t);

/** A list item marker at the start of a line. */
export const LIST_MARKER = /^[-•*–]\s+/;

/** Looks like a title: no sentence ending, a sensible length, starts with a capital or digit, not a list item or a lead-in. */
export const titleLike = (t: string, maxWords = 30): boolean =>
  !endsSentence(t) &&
  !LIST_MARKER.test(t) &&
  /^[\p{Lu}\p{N}“"'‘]/u.test(t) &&
  words(t) >= 2 &&
  words(t) <= maxWords &&
  !/[:：;,\-–—]$/.test(t);

/** A real body paragraph: a sentence of some length. */
export const paragraphLike = (t: string): boolean => endsSentence(t) && words(t) >= 8;

const PARTICLE = new Set(['de', 'da', 'del', 'der', 'den', 'di', 'du', 'van', 'von', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ter', 'of', 'and']);

/**
 * A short run of capitalised words: a person's or place's name, a label
 * ("Jane Doe", "Islamabad", "Rio de Janeiro"). No digits, no punctuation.
 */
export function nameLike(t: string, maxWords = 4): boolean {
  const ws = t.split(/\s+/).filter(Boolean);
  if (ws.length === 0 || ws.length > maxWords || t.length > 40) return false;
  return ws.every((w, i) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || (i > 0 && i < ws.length - 1 && PARTICLE.has(w)));
}

/** Text folded for comparing lines (spacing and NBSPs ignored). */
export const fold = (t: string): string => t.replace(/[\s\u00a0]+/g, ' ').trim();
