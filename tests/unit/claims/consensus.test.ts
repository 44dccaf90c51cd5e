import { describe, expect, it } from 'vitest';
import { figureConsensus } from '../../../src/claims/consensus.ts';
import { conflictingGroups } from '../../../src/claims/figure-groups.ts';
import { figureMentions } from '../../../src/claims/figures.ts';
import { nameStems } from '../../../src/claims/names.ts';
import type { Sentence } from '../../../src/model/types.ts';
import { preferenceOrder } from '../../../src/claims/representatives.ts';
import type { SimilarityGraph } from '../../../src/claims/similar.ts';

/** Reports of one flood, dated alike, whose death tolls differ (as early and late reports do). */
const reports = [
  'A flood in Quiland\'s Risabad region killed 15 people on September 28, 2024, officials said.',
  'At least 10 people were killed when a flood hit Risabad in Quiland on 28 September 2024.',
  'A flood in Quiland\'s Risabad region killed 10 people on 28 September 2024, officials said.',
  'At least 10 people were killed when a flood hit Risabad in Quiland on Saturday, 28 September 2024.',
  'A flood hit Risabad in Quiland on 28 September 2024, cutting roads to the north.',
];

describe('figureConsensus', () => {
  const sentences: Sentence[] = reports.map((text, i) => ({ id: `s-${i}`, sourceId: `src${i}`, block: 0, item: null, index: 0, text }));
  const groups = conflictingGroups(sentences, figureMentions(sentences, nameStems(sentences)));
  const consensus = figureConsensus(sentences, groups);

  it('gives a sentence the share of the sources giving its contested figure that give the same value', () => {
    expect(groups).toHaveLength(1);
    expect(consensus.get(0)).toBeCloseTo(1 / 4);
    expect([1, 2, 3].map((i) => consensus.get(i))).toEqual([3 / 4, 3 / 4, 3 / 4]);
  });

  it('leaves out a sentence with no contested figure', () => {
    expect(consensus.has(4)).toBe(false);
  });
});

describe('preferenceOrder with figure consensus', () => {
  // Event-facet claims (no clause units) need no similarity graph.
  const noGraph = {} as SimilarityGraph;
  const facets = (si: number) => (si === 0 ? 3 : 1);

  it('puts a sentence whose figure most supports contest after every other, whatever facets it names', () => {
    expect(preferenceOrder([], [0, 1, 2, 3], noGraph, facets)).toEqual([0, 1, 2, 3]);
    const consensus = new Map([[0, 1 / 4], [1, 3 / 4], [2, 1 / 8], [3, 1]]);
    expect(preferenceOrder([], [0, 1, 2, 3], noGraph, facets, (si) => consensus.get(si) ?? 1)).toEqual([1, 3, 0, 2]);
  });

  it('keeps the wording order among sentences giving the majority figure, or none', () => {
    expect(preferenceOrder([], [0, 1, 2], noGraph, facets, (si) => (si === 1 ? 1 : 0.6))).toEqual([0, 1, 2]);
  });
});
