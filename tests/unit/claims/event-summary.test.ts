import { describe, expect, it } from 'vitest';
import type { EventGroup } from '../../../src/claims/eventgroups.ts';
import { summariseEvents } from '../../../src/claims/event-summary.ts';
import { groupClaimsWithStats } from '../../../src/claims/group.ts';
import { loadLexicon } from '../../../src/claims/loadLexicon.ts';
import { gold, shortId } from '../../helpers/gold.ts';
import { seedDocs } from '../../helpers/seed-sentences.ts';

const event = (id: string, sources: number): EventGroup => ({ id, noun: id.split('#')[0]!, sourceIds: Array.from({ length: sources }, (_, i) => `s${i}`), facets: [] });

describe('summariseEvents', () => {
  it('orders facets place, day, edition, length, most reported first within a kind', () => {
    const e = event('summit', 4);
    const [s] = summariseEvents([
      { event: e, kind: 'length', label: 'two-day', claim: { id: 'a', reportedBy: 1 } },
      { event: e, kind: 'place', label: 'Velm', claim: { id: 'b', reportedBy: 2 } },
      { event: e, kind: 'day', label: 'Friday', claim: { id: 'c', reportedBy: 3 } },
      { event: e, kind: 'place', label: 'Ostria', claim: { id: 'd', reportedBy: 4 } },
    ]);
    expect(s!.facets.map((f) => `${f.kind}:${f.label}:${f.reportedBy}`)).toEqual(['place:Ostria:4', 'place:Velm:2', 'day:Friday:3', 'length:two-day:1']);
  });

  it('puts the event with the best reported facet first, then the one more sources mention', () => {
    const flood = event('flood', 9);
    const summit = event('summit', 3);
    const summit2 = event('summit#2', 5);
    const out = summariseEvents([
      { event: flood, kind: 'day', label: 'Monday', claim: { id: 'f', reportedBy: 2 } },
      { event: summit, kind: 'place', label: 'Velm', claim: { id: 's', reportedBy: 3 } },
      { event: summit2, kind: 'place', label: 'Ostria', claim: { id: 't', reportedBy: 3 } },
    ]);
    expect(out.map((e) => e.id)).toEqual(['summit#2', 'summit', 'flood']);
  });
});

describe('the seed summit at a glance, against the gold facts', () => {
  const { claims, events } = groupClaimsWithStats(seedDocs().flatMap((d) => d.sentences), { lexicon: loadLexicon() });
  const byId = new Map(claims.map((c) => [c.id, c]));
  const facts = gold.corpus.facts as Record<string, { statement: string; sources: string[] }>;

  it('finds one event mentioned by all five sources, and cites every facet through an existing claim', () => {
    expect(events[0]!.sourceIds).toHaveLength(5);
    for (const f of events.flatMap((e) => e.facets)) {
      const claim = byId.get(f.claimId);
      expect(claim, f.label).toBeDefined();
      expect(claim!.reportedBy).toBe(f.reportedBy);
      expect(claim!.facets.some((x) => x.endsWith(` · ${f.kind} · ${f.label}`)), f.label).toBe(true);
    }
  });

  it.each(['summit-dushanbe', 'summit-thursday', 'summit-second', 'summit-two-day'])('%s: a facet named in the gold statement, cited by exactly the gold sources', (fact) => {
    const g = facts[fact]!;
    const match = events[0]!.facets.find((f) => g.statement.includes(f.label) && byId.get(f.claimId)!.sourceIds.map(shortId).join() === g.sources.join());
    expect(match, `${fact}: ${JSON.stringify(events[0]!.facets)}`).toBeDefined();
  });
});
