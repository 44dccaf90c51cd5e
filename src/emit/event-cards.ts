/**
 * "At a glance": one card per well-reported event, saying where, when, which
 * edition and how long, each value with how many outlets state it and citation
 * marks to their sentences, instead of one claim per facet down the page.
 * Values are the words as the first source wrote them, except days the dates
 * stage resolved to a calendar date (shown as that date; the timeline says how).
 */
import type { BlockContent, PhrasingContent } from 'mdast';
import { facetText, type Claim, type Disagreement, type EventFacet, type EventSummary } from '../claims/index.ts';
import { andMore, formatCount } from '../site/format.ts';
import { limitsOf, outletName, type BriefingContext } from './briefing-context.ts';
import { citationMarks, disagreementIds } from './briefing-cite.ts';
import { flow, text } from './mdast-build.ts';

const KIND_TERMS: Record<EventFacet['kind'], string> = { place: 'Where', day: 'When', edition: 'Which edition', length: 'How long' };
/**
 * Values listed per kind. When event linking merges many reports of one noun (a season of
 * summits), a kind can hold dozens of values; the rest are counted and left to the claims.
 */
const VALUES_PER_KIND = 4;

/**
 * The values a card lists for one kind: those two or more outlets state, or that a
 * disagreement involves (the one-source "two-day" against "Thursday"), else the best one.
 */
function listed(facets: EventFacet[], disputed: Map<string, string>): EventFacet[] {
  const worth = facets.filter((f) => f.reportedBy > 1 || disputed.has(f.claimId));
  return (worth.length ? worth : facets.slice(0, 1)).slice(0, VALUES_PER_KIND);
}

/**
 * Whether the reports linked into one event read as one event: for each kind, its most
 * stated value has at least half the sources that state any value of that kind. Event
 * linking can merge a season of summits into one "summit" with twenty places; a card
 * for that would mislead, so its facets stay as claims on the page.
 */
function coherent(e: EventSummary, byId: Map<string, Claim>): boolean {
  for (const facets of byKind(e, byId).values()) {
    const sources = new Set(facets.flatMap((f) => (byId.get(f.claimId) as Claim).sourceIds));
    if (Math.max(...facets.map((f) => f.reportedBy)) * 2 < sources.size) return false;
  }
  return true;
}

/** An event's facets whose claims are known, per kind in card order (kinds without any left out). */
function byKind(e: EventSummary, byId: Map<string, Claim>): Map<EventFacet['kind'], EventFacet[]> {
  const out = new Map<EventFacet['kind'], EventFacet[]>();
  for (const kind of Object.keys(KIND_TERMS) as EventFacet['kind'][]) {
    const facets = e.facets.filter((f) => f.kind === kind && byId.has(f.claimId));
    if (facets.length) out.set(kind, facets);
  }
  return out;
}

/** The card's title: "The summit", told apart by its best reported place or day when two cards share a noun. */
function title(e: EventSummary, shared: boolean): string {
  const hint = shared ? e.facets.find((f) => f.kind === 'place') ?? e.facets.find((f) => f.kind === 'day') : undefined;
  return `The ${e.noun}${hint ? ` · ${facetText(hint)}` : ''}`;
}

/** The events that get a card, in order: a facet two or more outlets state, and reports that read as one event. */
export function cardEvents(byId: Map<string, Claim>, ctx: BriefingContext): EventSummary[] {
  return (ctx.events ?? []).filter((e) => e.facets.some((f) => f.reportedBy > 1 && byId.has(f.claimId)) && coherent(e, byId)).slice(0, limitsOf(ctx).events ?? 3);
}

/**
 * What the overview repeats from the cards: how many there are, and the first card's best
 * reported place (null when no card gives one).
 */
export function glance(claims: Claim[], ctx: BriefingContext): { cards: number; place: { label: string; reportedBy: number; of: number; sourceIds: string[] } | null } {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const events = cardEvents(byId, ctx);
  const place = events[0] ? byKind(events[0], byId).get('place')?.[0] : undefined;
  const claim = place ? (byId.get(place.claimId) as Claim) : undefined;
  return { cards: events.length, place: place && claim ? { label: place.label, reportedBy: place.reportedBy, of: claim.of, sourceIds: claim.sourceIds } : null };
}

export interface EventCards {
  nodes: BlockContent[];
  /** Claims the cards cite (the lead need not repeat them). */
  claimIds: Set<string>;
}

/**
 * Cards for the best reported events: those with a facet stated by two or more
 * outlets that read as one event, at most `limits.events`. `shown` holds the claims the page lists in
 * full; a value links to its claim there, and always cites its sentences.
 */
export function eventCards(claims: Claim[], disagreements: Disagreement[], shown: Set<string>, ctx: BriefingContext, counter: { n: number }): EventCards {
  const byId = new Map(claims.map((c) => [c.id, c]));
  // Claim id → the first disagreement it is part of (its id).
  const ids = disagreementIds(disagreements);
  const disputed = new Map<string, string>();
  disagreements.forEach((d, i) => d.claimIds.forEach((id) => disputed.has(id) || disputed.set(id, ids[i] as string)));
  const events = cardEvents(byId, ctx);
  const nouns = new Map<string, number>();
  for (const e of events) nouns.set(e.noun, (nouns.get(e.noun) ?? 0) + 1);
  const claimIds = new Set<string>();
  const nodes = events.map((e) => {
    const rows: BlockContent[] = [];
    for (const [kind, facets] of byKind(e, byId)) {
      rows.push(flow('dt', {}, [{ type: 'paragraph', children: [text(KIND_TERMS[kind])] }]));
      const values = listed(facets, disputed);
      for (const f of values) {
        const claim = byId.get(f.claimId) as Claim;
        claimIds.add(claim.id);
        rows.push(flow('dd', {}, [{ type: 'paragraph', children: value(f, claim, disputed.get(claim.id), shown, ctx, counter) }]));
      }
      const rest = facets.length - values.length;
      if (rest) rows.push(flow('dd', { class: 'more' }, [{ type: 'paragraph', children: [text(`${andMore(rest, kind, `${kind}s`)}, each stated by fewer outlets (all in briefing.json)`)] }]));
    }
    const name = title(e, (nouns.get(e.noun) ?? 0) > 1);
    return flow('section', { class: 'event-card', 'aria-label': name }, [
      { type: 'heading', depth: 3, children: [text(name)] },
      flow('dl', {}, rows),
    ]);
  });
  return { nodes, claimIds };
}

/** "Dushanbe — 5 of 5 sources [1]…[5]", linked to its claim, and to the disagreement it is part of. */
function value(f: EventFacet, claim: Claim, disagreement: string | undefined, shown: Set<string>, ctx: BriefingContext, counter: { n: number }): PhrasingContent[] {
  const label: PhrasingContent = { type: 'strong', children: [text(facetText(f))] };
  const who = claim.reportedBy === 1 ? `only ${outletName(ctx, claim.sourceIds[0] as string)}` : `${formatCount(claim.reportedBy)} of ${formatCount(claim.of)} sources`;
  const out: PhrasingContent[] = [
    shown.has(claim.id) ? { type: 'link', url: `#c-${claim.id}`, title: 'How each source says it', children: [label] } : label,
    text(` — ${who} `),
    ...citationMarks(claim, ctx, counter),
  ];
  if (disagreement !== undefined) out.push(text(' '), { type: 'link', url: `#${disagreement}`, children: [text('(sources disagree)')] });
  return out;
}
