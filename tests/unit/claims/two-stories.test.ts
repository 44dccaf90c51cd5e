import { describe, expect, it } from 'vitest';
import { findDisagreements } from '../../../src/claims/conflicts.ts';
import { groupClaimsWithStats } from '../../../src/claims/group.ts';
import type { GroupOptions } from '../../../src/claims/types.ts';
import { scenario } from './fixture.ts';

// Two strikes told in the same words: a and b report one, c and d another (c and d disagree on the turnout;
// a and c write one sentence word for word).
const sentences = scenario('two-stories');
const storyOf = (id: string) => (id === 'a' || id === 'b' ? 'first' : 'second');

function analyse(options: GroupOptions) {
  const { claims, shared } = groupClaimsWithStats(sentences, options);
  return { claims, disagreements: findDisagreements(sentences, claims, options, shared) };
}

const sourcesOf = (quotes: { sourceId: string }[]) => [...new Set(quotes.map((q) => q.sourceId))].sort().join();

describe('claims inside one story', () => {
  it('without stories, the two strikes corroborate each other and their figures read as a disagreement', () => {
    const { claims, disagreements } = analyse({});
    expect(claims.find((c) => c.representative.text.startsWith('Talks'))?.sourceIds).toEqual(['a', 'c']);
    expect(disagreements.some((d) => d.sides.some((s) => s.value === '8,200'))).toBe(true);
  });

  it('with stories, no claim, event or disagreement spans the two strikes', () => {
    const { claims, disagreements } = analyse({ storyOf });
    for (const c of claims) expect(c.sourceIds.every((id) => storyOf(id) === storyOf(c.sourceIds[0] as string)), c.representative.text).toBe(true);
    const turnout = claims.find((c) => c.representative.text.includes('8,200'));
    expect(turnout?.sourceIds).toEqual(['a', 'b']);
    expect(claims.filter((c) => c.representative.text.startsWith('Talks')).map((c) => c.sourceIds.join())).toEqual(['a', 'c']);
    // The same sentence with each strike's own figure corroborates within each strike only.
    expect(claims.filter((c) => c.representative.text.startsWith('The strike left')).map((c) => c.sourceIds.join()).sort()).toEqual(['a,b', 'c,d']);
    for (const d of disagreements) expect(new Set(d.sides.flatMap((s) => s.citations.map((q) => storyOf(q.sourceId)))).size, d.about).toBe(1);
  });

  it('counts corroboration out of the sources telling the story', () => {
    const { claims } = analyse({ storyOf });
    expect(claims.find((c) => c.representative.text.includes('8,200'))).toMatchObject({ reportedBy: 2, of: 2 });
    // With one story, or none given, out of every source.
    expect(analyse({}).claims.every((c) => c.of === 4)).toBe(true);
    expect(analyse({ storyOf: () => 'one' }).claims.every((c) => c.of === 4)).toBe(true);
  });

  it('compares a source no story holds with every story\'s sources', () => {
    const { claims } = analyse({ storyOf: (id) => (id === 'b' ? null : storyOf(id)) });
    expect(claims.find((c) => c.representative.text.includes('8,200'))?.sourceIds).toEqual(['a', 'b']);
  });

  it('still flags the disagreement inside a story', () => {
    const { disagreements } = analyse({ storyOf });
    const turnout = disagreements.find((d) => d.sides.some((s) => s.value === '3,300'));
    expect(turnout?.sides.map((s) => [s.value, sourcesOf(s.citations)])).toEqual([
      ['3,300', 'c'],
      ['4,700', 'd'],
    ]);
  });
});
