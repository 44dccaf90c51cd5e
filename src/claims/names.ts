/**
 * Which words of a corpus are names, read from how it writes them: a word it
 * only ever writes capitalised (away from a sentence's start) is a name.
 */
import { isStopWord, stem, tokenize, type Token } from './text.ts';

/** A corpus's name tests, from one pass over its sentences. */
export interface CorpusNames {
  /** Stems only ever written capitalised ("varga", "velm"); not "plan", also seen next to "Joint Action Plan". */
  isName: (stem: string) => boolean;
  /** isName on a token: capitalised, and its stem a name. */
  isNameToken: (t: Token) => boolean;
  /**
   * A capitalised word the corpus never writes in lower case, as written, not
   * stemmed: "Voic" is one though "voice" shares its stem; "President" is not.
   */
  isSurfaceName: (t: Token) => boolean;
}

/** The name tests of a corpus (see CorpusNames). */
export function corpusNames(sentences: readonly { text: string }[]): CorpusNames {
  const lowerStems = new Set<string>();
  const capitalStems = new Set<string>();
  const lowerWords = new Set<string>();
  for (const s of sentences) {
    tokenize(s.text).forEach((t, i) => {
      if (!t.capital) lowerWords.add(t.lower);
      // The first word of a sentence is capitalised whatever it is: it tells nothing.
      if (i === 0 || isStopWord(t.lower) || /^\d/.test(t.lower)) return;
      (t.capital ? capitalStems : lowerStems).add(stem(t.lower));
    });
  }
  const isName = (st: string) => capitalStems.has(st) && !lowerStems.has(st);
  return { isName, isNameToken: (t) => t.capital && isName(stem(t.lower)), isSurfaceName: (t) => t.capital && !lowerWords.has(t.lower) };
}

/**
 * Stems the corpus only ever writes capitalised are names ("Varga",
 * "Velm"); a stem also seen in lower case ("plan" next to "Joint Action
 * Plan") is an ordinary word.
 */
export const nameStems = (sentences: readonly { text: string }[]): ((stem: string) => boolean) => corpusNames(sentences).isName;

/**
 * nameStems as a test of whole words: "Quiland" is a name when the corpus
 * writes it capitalised mid-sentence and never in lower case; "Officials" or
 * "The" opening a sentence is not.
 */
export function nameWords(sentences: readonly { text: string }[]): (word: string) => boolean {
  const { isNameToken } = corpusNames(sentences);
  return (word) => tokenize(word).some(isNameToken);
}
