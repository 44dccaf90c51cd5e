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

/** A claim's row label: the words it rests on, cut to a length, with an ellipsis wherever its sentence goes on. */
export interface ClaimExcerpt extends ExcerptCuts {
  /** Verbatim words of the sentence (clauses apart joined by " … "). */
  text: string;
}

/**
 * The label of a claim in a list or grid: the clauses it rests on rather than
 * its sentence's first words, so the communiqué claim and the action-plan claim
 * of one sentence ("…a joint communiqué and a multi-year action plan…") do not
 * both read as that sentence's opening. A clause of a few words ("drug
 * trafficking,") takes the words before it too, up to `min` characters. At most
 * `max` characters, cut at a word.
 */
export function claimExcerpt(quote: { text: string; clauses?: string[] | undefined }, max = 90, min = 40): ClaimExcerpt {
  const parts = (quote.clauses ?? []).map((c) => c.trim()).filter((c) => c && quote.text.includes(c));
  const shown = parts.length ? parts : [quote.text];
  const before = quote.text.slice(0, quote.text.indexOf(shown[0] as string));
  const label = [leadWords(before, min - shown.join(' … ').length) + (shown[0] as string), ...shown.slice(1)];
  const first = excerptCuts(label[0] as string, [quote.text]);
  const last = excerptCuts(label[label.length - 1] as string, [quote.text]);
  let text = label.join(' … ');
  let after = last.after;
  if (text.length > max) {
    text = text.slice(0, max - 2).replace(/\s+\S*$/, '');
    after = true;
  }
  return { text, before: first.before, after };
}

/** The last words of `before` making up at least `need` characters (whole words), or none. */
function leadWords(before: string, need: number): string {
  if (need <= 0 || !before) return '';
  const cut = Math.max(0, before.length - need);
  return before.slice(before.lastIndexOf(' ', cut) + 1);
}
