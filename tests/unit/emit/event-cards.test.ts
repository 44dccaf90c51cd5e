import { describe, expect, it } from 'vitest';
import type { Claim, Disagreement, EventFacet, EventSummary, Quote } from '../../../src/claims/index.ts';
import type { BriefingContext } from '../../../src/emit/briefing-context.ts';
import { eventCards, glance } from '../../../src/emit/event-cards.ts';

// Fixture claims: one per facet value, stated by the given sources (one sentence each).
function facetClaim(id: string, sources: string[]): Claim {
  const supports: Quote[] = sources.map((s, i) => ({ sourceId: s, sentenceId: `s-${id}-${i}`, text: `${id} sentence ${i}` }));
  return {
    id, basis: 'event', facets: [], representative: supports[0]!, supports, sourceIds: [...sources].sort(), topics: [],
    anchors: { amounts: [], percents: [], years: [], weekdays: [], days: [], durations: [], dates: [], entities: [] },
    reportedBy: sources.length, of: 20, rank: 0,
  };
}
const srcs = (from: number, n: number) => Array.from({ length: n }, (_, i) => `src${from + i}`);

/** A facet value: kind, label, the sources stating it, and for a resolved day its date and weekday. */
type Value = [EventFacet['kind'], string, string[], Pick<EventFacet, 'day' | 'weekday'>?];

function fixture(values: Value[]) {
  const claims = values.map(([kind, label, sources]) => facetClaim(`c-${kind}-${label}`, sources));
  const event: EventSummary = {
    id: 'summit', noun: 'summit', sourceIds: [...new Set(values.flatMap((v) => v[2]))].sort(),
    facets: values.map(([kind, label, , day], i) => ({ kind, label, ...day, claimId: claims[i]!.id, reportedBy: claims[i]!.reportedBy })),
  };
  return { claims, ctx: { outlets: new Map(), topicLabels: new Map(), events: [event] } as BriefingContext };
}

function setup(values: Value[], disagreements: Disagreement[] = []) {
  const { claims, ctx } = fixture(values);
  return eventCards(claims, disagreements, new Set(claims.map((c) => c.id)), ctx, { n: 0 });
}
type Node = { type: string; name?: string; value?: string; children?: Node[] };
const all = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(all)];
const textOf = (n: Node): string => all(n).map((x) => (x.type === 'text' ? (x.value ?? '') : '')).join('');
const rows = (cards: { nodes: unknown[] }) => cards.nodes.flatMap((n) => all(n as Node).filter((x) => x.name === 'dd').map(textOf));

describe('eventCards', () => {
  it('lists values two or more outlets state, a disputed one-source value, and resolved days as dates', () => {
    const cards = setup(
      [['place', 'Velm', srcs(0, 4)], ['place', 'Ostria', srcs(1, 2)], ['day', '2025-03-14', srcs(0, 3), { day: '2025-03-14' }], ['length', 'three-day', ['src9']], ['place', 'Kor', ['src8']]],
      [{ kind: 'duration', about: 'summit: length', subject: { event: 'summit', aspect: 'length' }, sides: [], claimIds: ['c-length-three-day'] }],
    );
    expect(rows(cards).map((r) => r.split(' — ')[0])).toEqual(['Velm', 'Ostria', 'and 1 more place, each stated by fewer outlets (all in briefing.json)', '14 March 2025', 'three-day']);
    expect(rows(cards)[4]).toMatch(/^three-day — only src9 \[\d+\] \(sources disagree\)$/);
    expect([...cards.claimIds].sort()).toEqual(['c-day-2025-03-14', 'c-length-three-day', 'c-place-Ostria', 'c-place-Velm']);
  });

  it('shows a resolved weekday with its date, and counts out of the sources telling its story', () => {
    const r = rows(setup([['day', 'Friday (2025-03-14)', srcs(0, 3), { day: '2025-03-14', weekday: 'Friday' }], ['day', 'Friday', srcs(5, 2), { weekday: 'Friday' }]]));
    expect(r[0]).toMatch(/^Friday, 14 March 2025 — 3 of 20 sources/);
    // A weekday the dates stage could not place stays as written.
    expect(r[1]).toMatch(/^Friday — 2 of 20 sources/);
  });

  it('shows at most four values per kind and counts the rest', () => {
    const places = Array.from({ length: 6 }, (_, i): Value => ['place', `P${i}`, srcs(0, 8 - i)]);
    const r = rows(setup(places));
    expect(r.slice(0, 4).map((x) => x.split(' — ')[0])).toEqual(['P0', 'P1', 'P2', 'P3']);
    expect(r[4]).toBe('and 2 more places, each stated by fewer outlets (all in briefing.json)');
  });

  it('gives the best place of the first card to the overview, and none when no card is shown', () => {
    const one = fixture([['day', 'Friday', srcs(0, 2)], ['place', 'Velm', srcs(0, 4)], ['place', 'Ostria', srcs(1, 2)]]);
    expect(glance(one.claims, one.ctx).place).toEqual({ label: 'Velm', reportedBy: 4, of: 20, sourceIds: srcs(0, 4) });
    const scattered = fixture(Array.from({ length: 5 }, (_, i): Value => ['place', `P${i}`, srcs(i * 3, 3)]));
    expect(glance(scattered.claims, scattered.ctx).place).toBeNull();
  });

  it('makes no card for reports that read as several events (no value has half the sources of its kind)', () => {
    const scattered = Array.from({ length: 5 }, (_, i): Value => ['place', `P${i}`, srcs(i * 3, 3)]);
    expect(setup(scattered).nodes).toHaveLength(0);
    expect(setup([['place', 'Velm', srcs(0, 3)]]).nodes).toHaveLength(1);
  });
});
