/**
 * Events at a glance: each event's facets (where, when, which edition, how
 * long) with the claim that cites the sentences stating them, so a page can
 * show an event as one card instead of one claim per facet.
 */
import type { EventGroup } from './eventgroups.ts';
import type { FacetKind } from './events.ts';
import type { Claim, EventFacet, EventSummary } from './types.ts';

/** One facet value of one event, and the claim that cites it. */
export type FacetLink = Pick<EventFacet, 'kind' | 'label' | 'day' | 'weekday'> & {
  event: EventGroup;
  claim: Pick<Claim, 'id' | 'reportedBy'>;
};

const KIND_ORDER: Record<FacetKind, number> = { place: 0, day: 1, edition: 2, length: 3 };

const best = (e: EventSummary) => Math.max(...e.facets.map((f) => f.reportedBy));

/** Facet links → one summary per event, facets by kind then most reported; events most reported first. */
export function summariseEvents(links: FacetLink[]): EventSummary[] {
  const byEvent = new Map<EventGroup, EventFacet[]>();
  for (const { event, claim, ...facet } of links) {
    const facets = byEvent.get(event) ?? [];
    byEvent.set(event, facets);
    facets.push({ ...facet, claimId: claim.id, reportedBy: claim.reportedBy });
  }
  const out: EventSummary[] = [...byEvent].map(([e, facets]) => ({
    id: e.id,
    noun: e.noun,
    sourceIds: [...e.sourceIds],
    facets: facets.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.reportedBy - a.reportedBy || a.label.localeCompare(b.label)),
  }));
  return out.sort((a, b) => best(b) - best(a) || b.sourceIds.length - a.sourceIds.length || a.id.localeCompare(b.id));
}
