import { describe, expect, it } from 'vitest';
import { auditGrouping } from '../../../scripts/bench/audit-grouping.ts';
import type { GeneratedSource } from '../../../scripts/bench/corpus/index.ts';

// Five sources of two events; the build put one of event e2's sources in e1's story.
const truth = [
  ['a.txt', 'e1'],
  ['b.txt', 'e1'],
  ['c.txt', 'e2'],
  ['d.txt', 'e2'],
  ['e.txt', 'e2'],
].map(([file, event]) => ({ file, event }) as GeneratedSource);
const sources = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, file: `${id}.txt` }));
const cite = (...ids: string[]) => ids.map((sourceId) => ({ sourceId }));

describe('auditGrouping', () => {
  it('scores stories, claims and disagreements against the events the sources report', () => {
    const g = auditGrouping(
      {
        sources,
        stories: [{ sourceIds: ['a', 'b', 'c'] }, { sourceIds: ['d'] }],
        claims: [{ sourceIds: ['a', 'b'] }, { sourceIds: ['b', 'c'] }, { sourceIds: ['e'] }],
        disagreements: [{ sides: [{ citations: cite('a') }, { citations: cite('b') }] }, { sides: [{ citations: cite('b') }, { citations: cite('c') }] }],
      },
      truth,
    );
    // In one story: a-b (right), a-c, b-c (wrong); one event: a-b, c-d, c-e, d-e.
    expect(g).toEqual({
      events: 2,
      stories: 2,
      unplaced: 1,
      storyPairPrecision: 1 / 3,
      storyPairRecall: 1 / 4,
      corroborated: 2,
      mixedClaims: 1,
      disagreements: 2,
      withinEvent: 1,
    });
  });

  it('reads a briefing without stories (built before them) as every source unplaced', () => {
    const g = auditGrouping({ sources, claims: [], disagreements: [] }, truth);
    expect([g.stories, g.unplaced, g.storyPairRecall]).toEqual([0, 5, 0]);
  });
});
