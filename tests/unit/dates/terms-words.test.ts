import { describe, expect, it } from 'vitest';
import { contentTerms, wordsOf } from '../../../src/dates/terms.ts';
import { seedDocs } from '../../helpers/seed-sentences.ts';

describe('wordsOf', () => {
  it('gives the words behind terms as the sentence writes them, once each, in its order', () => {
    const text = "At least 49 people were killed when an earthquake hit Quiland's Belarora region on Wednesday; 49 is the toll.";
    expect(contentTerms(text)).toContain('earthquak');
    expect(wordsOf(text, new Set(['#49', 'earthquak', 'quiland', 'kill', 'peopl']))).toEqual(['49', 'people', 'killed', 'earthquake', 'Quiland']);
    expect(wordsOf(text, new Set(['absent']))).toEqual([]);
  });

  it('finds a word for every term of every seed sentence', () => {
    for (const s of seedDocs().flatMap((d) => d.sentences)) {
      const terms = new Set(contentTerms(s.text));
      expect(wordsOf(s.text, terms)).toHaveLength(terms.size);
    }
  });
});
