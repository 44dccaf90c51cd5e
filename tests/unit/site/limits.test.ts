import { describe, expect, it } from 'vitest';
import type { ClaimEntry, EntityEntry, TopicEntry } from '../../../src/schemas/corpus-entries.ts';
import { coverageGrids } from '../../../src/site/coverage.ts';
import type { SourceLabel } from '../../../src/site/lookup.ts';
import { boundSections, entitiesWithPages, indexWholeBriefing, indexWholeTimeline, PAGE_LIMITS, timelineShown } from '../../../src/site/page-limits.ts';

const label = (id: string, outlet: string | null, story: string | null = 'a1'): SourceLabel => ({
  id, outlet: outlet ?? 'Unknown outlet', listed: outlet ?? `Unknown outlet (${id})`, group: outlet ? `outlet:${outlet}` : `source:${id}`, headline: `Headline ${id}`, published: null, kind: 'article', story,
});
const quote = (sourceId: string, n = 1) => ({ sourceId, sentenceId: `s-${sourceId}-${n}`, text: `Sentence ${n} of ${sourceId}.` });
const claim = (id: string, sourceIds: string[], rank: number): ClaimEntry => ({
  id, basis: 'similar', facets: [], representative: quote(sourceIds[0]!), supports: sourceIds.map((s) => quote(s)), sourceIds, topics: [], reportedBy: sourceIds.length, of: 6, rank,
});
const topic = (id: string, counts: Record<string, number>): TopicEntry => ({
  id, label: id, description: '', sources: Object.entries(counts).map(([sourceId, n]) => ({ sourceId, score: n, terms: [], sentences: Array.from({ length: n }, (_, i) => quote(sourceId, i)) })),
});

describe('coverage grids', () => {
  // Two sources of one outlet, two unknown outlets (kept apart), two more outlets.
  const labels = [label('a1', 'Alpha'), label('a2', 'Alpha'), label('u1', null), label('u2', null), label('b', 'Beta'), label('c', 'Gamma')];
  const claims = [claim('x', ['a2', 'b'], 2), claim('y', ['a1', 'a2', 'u1', 'c'], 0), claim('z', ['u2'], 3), claim('w', ['b', 'c'], 1)];

  it('has one column per outlet (unknown outlets apart, each named by its source), cells linking the first sentence from that outlet', () => {
    const g = coverageGrids(labels, claims, [topic('t', { a1: 2, a2: 3, c: 1 })]);
    expect(g.columns.map((c) => [c.outlet, c.sourceIds])).toEqual([
      ['Alpha', ['a1', 'a2']], ['Beta', ['b']], ['Gamma', ['c']], ['Unknown outlet (u1)', ['u1']], ['Unknown outlet (u2)', ['u2']],
    ]);
    // Corroborated only, in the briefing's order (rank: most reported first).
    expect(g.claims.map((r) => r.claim.id)).toEqual(['y', 'w', 'x']);
    expect(g.claims[0]!.cells.map((q) => q?.sourceId ?? null)).toEqual(['a1', null, 'c', 'u1', null]);
    expect(g.topics[0]!.cells).toEqual([5, null, 1, null, null]);
    expect([g.hiddenClaims, g.hiddenOutlets]).toEqual([0, 0]);
  });

  it('tells an omission from an outlet that has no source on the story (one story: every empty cell is an omission)', () => {
    expect(coverageGrids(labels, claims, []).claims.every((r) => r.offStory.every((off) => !off))).toBe(true);
    expect(coverageGrids(labels, claims, []).stories).toBe(false);
    // Beta and Gamma tell story "b"; u2 is unplaced (it may tell any story).
    const two = [label('a1', 'Alpha'), label('a2', 'Alpha'), label('u1', null), label('u2', null, null), label('b', 'Beta', 'b'), label('c', 'Gamma', 'b')];
    const g = coverageGrids(two, [claim('x', ['a1', 'a2', 'u1'], 0), claim('w', ['b', 'c'], 1)], []);
    expect(g.stories).toBe(true);
    expect(g.columns.map((c) => c.outlet)).toEqual(['Alpha', 'Beta', 'Gamma', 'Unknown outlet (u1)', 'Unknown outlet (u2)']);
    expect(g.claims.map((r) => r.offStory)).toEqual([
      [false, true, true, false, false],
      [true, false, false, true, false],
    ]);
  });

  it('keeps the most reported rows and the outlets with most cells when over the limits', () => {
    const g = coverageGrids(labels, claims, [], { rows: 2, columns: 2 });
    expect(g.claims.map((r) => r.claim.id)).toEqual(['y', 'w']);
    // Gamma has a cell in both shown rows; of the outlets with one, the first stays; columns keep their order.
    expect(g.columns.map((c) => c.outlet)).toEqual(['Alpha', 'Gamma']);
    expect([g.hiddenClaims, g.hiddenOutlets]).toEqual([1, 3]);
  });
});

describe('bounded pages', () => {
  const limits = { ...PAGE_LIMITS, entityPages: 2, quotes: 5, links: 2 };
  const sections = (sizes: number[]) => sizes.map((n, i) => ({ sourceId: `s${i}`, items: Array.from({ length: n }, (_, k) => k) }));

  it('quotes whole sections until the quota, then links some sources and counts the rest', () => {
    const b = boundSections(sections([2, 2, 3, 1, 1, 1]), limits);
    expect(b.quoted.map((s) => s.sourceId)).toEqual(['s0', 's1']);
    expect(b.linked).toEqual(['s2', 's3']);
    expect(b.omitted).toBe(2);
  });

  it('cuts only a first section over the whole quota', () => {
    const b = boundSections(sections([9, 1]), limits);
    expect(b.quoted).toEqual([{ sourceId: 's0', items: [0, 1, 2, 3, 4] }]);
    expect(b.linked).toEqual(['s1']);
  });

  it('quotes everything on a small page', () => {
    const b = boundSections(sections([1, 2, 2]), limits);
    expect(b.quoted).toHaveLength(3);
    expect([b.linked, b.omitted]).toEqual([[], 0]);
  });

  it('gives pages to the most widely named entities', () => {
    const entity = (id: string, sources: number, mentions: number) =>
      ({ id, name: id, type: 'place', gazetteer: false, sources: Array.from({ length: sources }, (_, i) => `s${i}`), mentions: Array.from({ length: mentions }, () => ({ ...quote('s0'), surface: id })) }) as EntityEntry;
    const all = [entity('b', 1, 1), entity('a', 3, 3), entity('c', 1, 4), entity('d', 2, 2)];
    expect([...entitiesWithPages(all, 2)].sort()).toEqual(['a', 'd']);
    expect(entitiesWithPages(all, 10).size).toBe(4);
  });
});

describe('search over the briefing', () => {
  it('indexes the whole briefing of a small corpus, only its summary beyond the limit', () => {
    expect(indexWholeBriefing(83)).toBe(true);
    expect(indexWholeBriefing(PAGE_LIMITS.briefingIndexedClaims)).toBe(true);
    expect(indexWholeBriefing(PAGE_LIMITS.briefingIndexedClaims + 1)).toBe(false);
  });

  it('indexes the whole timeline of a small corpus, only its introduction beyond the limit', () => {
    expect(indexWholeTimeline(6)).toBe(true);
    expect(indexWholeTimeline(PAGE_LIMITS.timelineIndexedEvents)).toBe(true);
    expect(indexWholeTimeline(PAGE_LIMITS.timelineIndexedEvents + 1)).toBe(false);
  });
});

describe('timelineShown', () => {
  const ev = (id: string, sources: number) => ({ id, sourceIds: Array.from({ length: sources }, (_, i) => `s${i}`) });
  const dated = [ev('2019', 1), ev('2020', 3), ev('2021', 1), ev('2022', 2), ev('2023', 3)];

  it('shows every entry while there are few', () => {
    expect(timelineShown(dated, 5)).toEqual({ shown: dated, hidden: 0, hiddenMostSources: 0 });
  });

  it('keeps the most widely reported, in date order, and says how wide the rest are', () => {
    const { shown, hidden, hiddenMostSources } = timelineShown(dated, 3);
    expect(shown.map((e) => e.id)).toEqual(['2020', '2022', '2023']);
    expect([hidden, hiddenMostSources]).toEqual([2, 1]);
    // Equal widths: the earlier entry stays.
    expect(timelineShown(dated, 4).shown.map((e) => e.id)).toEqual(['2019', '2020', '2022', '2023']);
  });
});
