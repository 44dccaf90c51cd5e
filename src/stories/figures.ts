/**
 * Figures specific enough to tell which event a report is about: a
 * decimal ("magnitude 6.6", "23.2 percent") or a whole number of three digits
 * or more that is neither round nor a year ("459 injured", "2345 GMT"). Two
 * reports that give two of the same are about one event far more often than
 * two reports sharing some names; "75 dead" or "1,200 homes" is common to
 * many events.
 */

const NUMBER = /(?<![\d.,:])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d:])/g;

/** The specific figures a text writes, each once, digits only ("21,000" → skipped; "2,345" → "2345"). */
export function specificFigures(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const digits = (m[1] as string).replace(/,/g, '');
    if (digits.includes('.') || (digits.length >= 3 && !/00$/.test(digits) && !/^(?:19|20)\d\d$/.test(digits))) out.add(digits);
  }
  return [...out];
}
