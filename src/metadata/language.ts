const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'a', 'is', 'that', 'for', 'with', 'on', 'as', 'was', 'by', 'are', 'it', 'at', 'from', 'has', 'have']);

/**
 * 'en' when the most common English function words make up a share of the
 * words that only English text reaches; null when unsure (little text, or
 * another language). Enough for a corpus of English news with the odd stray.
 */
export function inferLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return null;
  return words.filter((w) => ENGLISH.has(w)).length / words.length > 0.15 ? 'en' : null;
}
