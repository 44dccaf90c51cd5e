/**
 * Runs of words two clauses share in the same order. Outlets retelling one
 * remark change a word or two ("we can fix all the problems if we just make
 * the time to talk with each other" / "… all the troubles if …"): every word
 * left is common English, so the length prior (compare.ts normFloor) scores
 * the pair like two fragments sharing a word by chance. Six words in a row
 * inside the quotation marks, two of them content words and none a name, are
 * not chance.
 */
import { quotedSpans } from './speech.ts';
import { isStopWord, tokenize, type Token } from './text.ts';

/** Words in a row two clauses must share to be one remark retold. */
export const PHRASE_RUN = 6;
/** Content words such a run needs ("and it was the first of the" is no remark). */
const RUN_CONTENT_WORDS = 2;

/** 32-bit FNV-1a: a run is kept as a number, not a string (a big corpus has millions of runs). */
function hash(words: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const w of words) {
    for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
    h = Math.imul(h ^ 0x20, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The clause's runs of PHRASE_RUN words with enough content words and no
 * name (a speaker's name and title repeat around different remarks: "said
 * Zanhul Zanev, the Voovan Interior Minister"), hashed and sorted.
 */
export function phraseRuns(text: string, isName: (t: Token) => boolean): Uint32Array {
  const spans = quotedSpans(text);
  const tokens = tokenize(text).filter((t) => spans.some(([from, to]) => t.start >= from && t.start < to));
  const out: number[] = [];
  for (let i = 0; i + PHRASE_RUN <= tokens.length; i++) {
    const run = tokens.slice(i, i + PHRASE_RUN);
    if (run.some(isName)) continue;
    if (run.filter((t) => !isStopWord(t.lower) && !/^\d/.test(t.lower)).length < RUN_CONTENT_WORDS) continue;
    out.push(hash(run.map((t) => t.lower)));
  }
  return Uint32Array.from(out).sort();
}

/** Some run is in both (sorted arrays, one merge pass). */
export function sharePhrase(a: Uint32Array, b: Uint32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}
