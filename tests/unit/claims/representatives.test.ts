import { describe, expect, it } from 'vitest';
import { assignRepresentatives } from '../../../src/claims/representatives.ts';
import { groupClaims } from '../../../src/claims/group.ts';
import { loadLexicon } from '../../../src/claims/loadLexicon.ts';
import { seedDocs } from '../../helpers/seed-sentences.ts';

const key = (q: { sourceId: string; sentenceId: string }) => `${q.sourceId}#${q.sentenceId}`;

describe('assignRepresentatives', () => {
  it('gives each claim its preferred sentence while nobody else quotes it', () => {
    expect(assignRepresentatives([[4, 2], [7, 4], [9]])).toEqual([4, 7, 9]);
  });

  it('moves a later claim to its next wording rather than repeat a quote above it', () => {
    expect(assignRepresentatives([[1, 2, 3], [1, 3], [1, 2]])).toEqual([1, 3, 2]);
  });

  it('leaves a sentence to the claim that has no other wording', () => {
    // Claim 0 prefers 5, but claim 1 can only quote 5: claim 0 takes its second choice.
    expect(assignRepresentatives([[5, 6], [5]])).toEqual([6, 5]);
    // Two claims with one wording each share it: nothing else to show.
    expect(assignRepresentatives([[5], [5]])).toEqual([5, 5]);
  });

  it('repeats a quote rather than show a sentence whose figure most sources contradict', () => {
    // Claim 0 quotes 1; claim 1 could quote 2 afresh, but 2 is contested: it repeats 1.
    const contested = (si: number) => si === 2;
    expect(assignRepresentatives([[1, 3], [2, 1]], contested)).toEqual([1, 1]);
    expect(assignRepresentatives([[1, 3], [2, 1]])).toEqual([1, 2]);
    // A claim whose every wording is contested still gets one.
    expect(assignRepresentatives([[2]], contested)).toEqual([2]);
  });

  it('repeats the least quoted sentence once every wording is taken', () => {
    expect(assignRepresentatives([[1], [2], [1, 2], [2, 1]])).toEqual([1, 2, 1, 2]);
    expect(assignRepresentatives([[1], [1], [2], [1, 2]])).toEqual([1, 1, 2, 2]);
  });
});

describe('representatives on the seed articles', () => {
  const docs = seedDocs();
  const claims = groupClaims(docs.flatMap((d) => d.sentences), { lexicon: loadLexicon() });

  it('quotes a sentence an earlier claim already shows only when the claim has no other wording', () => {
    const shown = new Set<string>();
    for (const c of claims) {
      const fresh = c.supports.filter((q) => !shown.has(key(q)));
      if (fresh.length) expect(shown.has(key(c.representative)), c.id).toBe(false);
      shown.add(key(c.representative));
    }
    expect(claims.length).toBeGreaterThan(20);
  });

  it('shows the facets of one event through different sentences', () => {
    // The summit's day, places and edition all appear in one News.Az sentence, which every facet used to quote.
    const facets = claims.filter((c) => c.basis === 'event' && c.facets.some((f) => f.startsWith('summit ·')));
    expect(facets.length).toBeGreaterThanOrEqual(3);
    expect(new Set(facets.map((c) => key(c.representative))).size).toBeGreaterThanOrEqual(3);
  });

  it('quotes each claim with one of its own supports', () => {
    for (const c of claims) expect(c.supports.map(key)).toContain(key(c.representative));
  });
});
