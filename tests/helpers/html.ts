import { parseHTML } from 'linkedom';

/** Parse a built page. */
export function page(html: string) {
  return parseHTML(html).document;
}

/** Text with whitespace (incl. NBSP) folded, for comparing against the gold. */
export const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
