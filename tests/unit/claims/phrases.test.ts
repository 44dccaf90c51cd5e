import { describe, expect, it } from 'vitest';
import { PHRASE_RUN, phraseRuns, sharePhrase } from '../../../src/claims/phrases.ts';
import type { Token } from '../../../src/claims/text.ts';

const capitalised = (t: Token) => t.capital;

describe('phraseRuns', () => {
  it(`matches a remark retold with a word changed: ${PHRASE_RUN} words in a row inside the quotes`, () => {
    const a = phraseRuns('“We can fix all the problems if we just make the time to talk with each other,” she said.', capitalised);
    const b = phraseRuns('She said that “we can fix all the troubles if we just make the time to talk with each other”.', capitalised);
    expect(sharePhrase(a, b)).toBe(true);
  });

  it('keeps no run outside quotes, with a name, or with fewer than two content words', () => {
    expect(phraseRuns('Observers in the region point to a long history of banking ties.', capitalised)).toHaveLength(0);
    // Every six-word window of the quote holds a name.
    expect(phraseRuns('“Ask Varga and Brenn or Kaur and Zanev and Raal,” he said.', capitalised)).toHaveLength(0);
    expect(phraseRuns('“It was all of it and then some of it,” he said.', capitalised)).toHaveLength(0);
  });

  it('does not match two different remarks that share words but no run', () => {
    const a = phraseRuns('“We will rebuild every school that was damaged by the water,” she said.', capitalised);
    const b = phraseRuns('“Our first task is to reach every family that was cut off by the water,” she said.', capitalised);
    expect(sharePhrase(a, b)).toBe(false);
  });
});
