import { describe, expect, it } from 'vitest';
import { averageLinkage, pairwiseRows } from '../../../src/dates/cluster.ts';
import { cosine, cosineRows, inverseFrequencies, meanCosine, capitalisedWords, unitSum, vectorOf } from '../../../src/dates/terms.ts';
import { seedDocs } from '../../helpers/seed-sentences.ts';

// Every seed sentence as a term vector, the way the timeline weighs them.
const texts = seedDocs().flatMap((d) => d.sentences.map((s) => s.text));
const idf = inverseFrequencies(texts);
const vectors = [...texts.map((t) => vectorOf(t, idf)), new Map<string, number>()];

describe('cosine rows through an inverted index', () => {
  it('give exactly the pairwise cosines, zero where nothing is shared', () => {
    const rows = cosineRows(vectors);
    let shared = 0;
    for (let i = 0; i < vectors.length; i++) {
      const row = rows.row(i);
      for (let j = i + 1; j < vectors.length; j++) {
        expect(row[j], `${i}–${j}`).toBe(cosine(vectors[i]!, vectors[j]!));
        if (row[j]! > 0) shared++;
      }
    }
    // Sparse but not empty: some pairs share terms, most do not.
    const pairs = (vectors.length * (vectors.length - 1)) / 2;
    expect(shared).toBeGreaterThan(0);
    expect(shared).toBeLessThan(pairs);
  });

  it('cluster exactly as the pairwise function does', () => {
    const pairwise = pairwiseRows(vectors.length, (i, j) => cosine(vectors[i]!, vectors[j]!));
    const initial = [[0, 5], [7, 8, 9]];
    expect(averageLinkage(vectors.length, cosineRows(vectors), 0.2, initial)).toEqual(averageLinkage(vectors.length, pairwise, 0.2, initial));
    expect(averageLinkage(vectors.length, cosineRows(vectors), 0.1)).toEqual(averageLinkage(vectors.length, pairwise, 0.1));
  });
});

describe('mean similarity to a group through its summed unit vectors', () => {
  it('equals the mean of the pairwise cosines (the empty vector included, adding nothing)', () => {
    const sum = unitSum(vectors);
    for (const v of vectors) {
      const mean = vectors.reduce((t, w) => t + cosine(v, w), 0) / vectors.length;
      expect(meanCosine(v, sum, vectors.length)).toBeCloseTo(mean, 12);
    }
    expect(meanCosine(new Map(), sum, vectors.length)).toBe(0);
  });
});

describe('capitalisedWords', () => {
  it('reads capitalised words as names, without stop or date words', () => {
    expect([...capitalisedWords('The Pe Rail Workers Union called off its strike at Ar Holding on Thursday.')]).toEqual(['pe', 'rail', 'workers', 'union', 'ar', 'holding']);
  });

  it('leaves out a word capitalised only because it opens a sentence or a quote, unless asked for all', () => {
    const text = 'Officials met in Dushanbe. Leaders arrived. "Nobody wanted it," Quika Belarenko said.';
    expect([...capitalisedWords(text, false)]).toEqual(['dushanbe', 'quika', 'belarenko']);
    expect([...capitalisedWords(text)]).toEqual(['officials', 'dushanbe', 'leaders', 'nobody', 'quika', 'belarenko']);
  });

  it("folds accents and drops a possessive 's", () => {
    expect([...capitalisedWords("Rahmon's talks with Tokayev in Astana and Müller", false)]).toEqual(['tokayev', 'astana', 'muller']);
  });
});
