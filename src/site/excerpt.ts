/**
 * Where a verbatim label sits in its sentence, so a page can mark the cut
 * with an ellipsis ("…tightened migrant controls …") instead of passing a
 * mid-sentence window off as a whole sentence.
 */
export interface ExcerptCuts {
  /** Words of the sentence precede the label. */
  before: boolean;
  /** Words of the sentence follow the label (closing punctuation does not count). */
  after: boolean;
}

/** Cuts of `label` in the first of `sentences` that contains it; none when no sentence does. */
export function excerptCuts(label: string, sentences: string[]): ExcerptCuts {
  for (const s of sentences) {
    const at = s.indexOf(label);
    if (at < 0) continue;
    return { before: /\p{L}|\p{N}/u.test(s.slice(0, at)), after: /\p{L}|\p{N}/u.test(s.slice(at + label.length)) };
  }
  return { before: false, after: false };
}
