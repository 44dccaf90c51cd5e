/**
 * What a disputed figure measures, in its source's own words: the run of the
 * clause from the first to the last word that says so, the figure itself
 * elided. "The ministry said 900 emergency workers had been deployed" with
 * the words ministry, emergency, workers, deployed gives "ministry said …
 * emergency workers had been deployed"; a heading can quote it word for word.
 */
import { fold, stem, tokenize, type Token } from './text.ts';

/** Longer runs are words scattered over a clause, not a phrase a reader can take in. */
export const MAX_PHRASE_WORDS = 10;

/**
 * The phrase, or null when no word of `stems` is in the clause, the run is
 * longer than `maxWords` words, or the clause cannot be cut verbatim (folding
 * changed its length).
 */
export function measuredPhrase(clause: string, stems: ReadonlySet<string>, figure: string, maxWords = MAX_PHRASE_WORDS): string | null {
  if (fold(clause).length !== clause.length) return null;
  const tokens = tokenize(clause);
  const at = tokens.flatMap((t, i) => (stems.has(stem(t.lower)) ? [i] : []));
  if (!at.length) return null;
  const first = at[0] as number;
  const last = at[at.length - 1] as number;
  if (last - first + 1 > maxWords) return null;
  const [from, to] = [tokens[first] as Token, tokens[last] as Token];
  const run = clause.slice(from.start, to.start + to.surface.length);
  return (figure && run.includes(figure) ? run.replace(figure, '…') : run).replace(/\s+/g, ' ');
}
