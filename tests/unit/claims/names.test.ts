import { describe, expect, it } from 'vitest';
import { nameWords } from '../../../src/claims/index.ts';
import type { Sentence } from '../../../src/model/types.ts';

const sentences = (texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ id: `s-${index}`, sourceId: 'x', block: index, item: null, index, text }));

describe('nameWords', () => {
  const isName = nameWords(
    sentences([
      'Quiland became independent in 1995.',
      'Leaders met in Velm, the capital of Quiland, under the Joint Action Plan.',
      'Officials said the plan would be signed.',
      'The talks ended, officials said.',
    ]),
  );

  it('takes a word the corpus writes capitalised mid-sentence, and never in lower case, for a name', () => {
    expect(['Quiland', "Quiland's", 'Velm'].filter(isName)).toEqual(['Quiland', "Quiland's", 'Velm']);
  });

  it('does not take a sentence opener, or a word also written in lower case, for a name', () => {
    expect(['Officials', 'The', 'Plan', 'quiland', 'Norland'].filter(isName)).toEqual([]);
  });
});
