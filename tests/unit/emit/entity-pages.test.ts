import { describe, expect, it } from 'vitest';
import { entityPageEntries } from '../../../src/emit/entity-pages.ts';
import type { EntityEntry } from '../../../src/schemas/corpus-entries.ts';
import { PAGE_LIMITS } from '../../../src/site/page-limits.ts';

const mention = (sourceId: string, n: number, surface: string) => ({ sourceId, sentenceId: `s-${n}`, text: `Sentence ${n} of ${sourceId} names ${surface}.`, surface });

/** Ilse Varga: named in four sources (twice in b); Norland: in two; Estovia: in one. */
const entities: EntityEntry[] = [
  { id: 'norland', name: 'Norland', type: 'place', gazetteer: true, sources: ['a', 'b'], mentions: [mention('a', 1, 'Norland'), mention('b', 7, 'Norland')] },
  {
    id: 'ilse-varga',
    name: 'Ilse Varga',
    type: 'person',
    gazetteer: false,
    sources: ['b', 'a', 'c', 'd'],
    mentions: [mention('a', 2, 'Varga'), mention('b', 3, 'Ilse Varga'), mention('b', 4, 'Varga'), mention('c', 5, 'Varga'), mention('d', 6, 'Ms Varga')],
  },
  { id: 'estovia', name: 'Estovia', type: 'place', gazetteer: true, sources: ['c'], mentions: [mention('c', 8, 'Estovia')] },
];

describe('entity page entries', () => {
  const limits = { ...PAGE_LIMITS, entityPages: 2, quotes: 3, links: 1 };
  const byId = new Map(entityPageEntries(entities, limits).map((e) => [e.id, e]));

  it('gives a page to the most widely named and keeps only the mentions that page quotes', () => {
    const varga = byId.get('ilse-varga')!;
    expect(varga.page).toBe(true);
    expect(varga.mentionCount).toBe(5);
    // In the order of its sources; b's two mentions, then a's one use the quota of three; c is linked, d only counted.
    expect(varga.quoted.map((s) => [s.sourceId, s.items.map((m) => m.sentenceId)])).toEqual([
      ['b', ['s-3', 's-4']],
      ['a', ['s-2']],
    ]);
    expect(varga.linked).toEqual(['c']);
    expect(varga.omitted).toBe(1);
    expect(varga.quoted[0]!.items[0]).toEqual(mention('b', 3, 'Ilse Varga'));
  });

  it('keeps the name, type, sources and count of an entity without a page, and no mention', () => {
    const estovia = byId.get('estovia')!;
    expect(estovia).toMatchObject({ page: false, name: 'Estovia', type: 'place', sources: ['c'], mentionCount: 1, quoted: [], linked: [], omitted: 0 });
    expect(byId.get('norland')!.page).toBe(true);
    expect('mentions' in estovia).toBe(false);
  });
});
