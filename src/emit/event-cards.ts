/**
 * "At a glance": one card per well-reported event, saying where, when, which
 * edition and how long, each value with how many outlets state it and citation
 * marks to their sentences, instead of one claim per facet down the page.
 * Values are the words as the first source wrote them; nothing is inferred.
 */
import type { BlockContent, PhrasingContent } from 'mdast';
import type { Claim, Disagreement, EventFacet, EventSummary } from '../claims/index.ts';
import { formatCount } from '../site/format.ts';
import { limitsOf, type BriefingContext } from './briefing-context.ts';
import { citationMarks, disagreementId } from './briefing-cite.ts';
import { flow, text } from './mdast-build.ts';

const KIND_TERMS: Record<EventFacet['kind'], string> = { place: 'Where', day: 'When', edition: 'Which edition', length: 'How long' };

/** The card's title: "The summit", told apart by its best reported place or day when two cards share a noun. */
function title(e: EventSummary, shared: boolean): string {
  const hint = shared ? e.facets.find((f) => f.kind === 'place') ?? e.facets.find((f) => f.kind === 'day') : undefined;
  return `The ${e.noun}${hint ? ` · ${hint.label}` : ''}`;
}

export interface EventCards {
  nodes: BlockContent[];
  /** Claims the cards cite (the lead need not repeat them). */
  claimIds: Set<string>;
}

/**
 * Cards for the best reported events: those with a facet stated by two or more
 * outlets, at most `limits.events`. `shown` holds the claims the page lists in
 * full; a value links to its claim there, and always cites its sentences.
 */
export function eventCards(claims: Claim[], disagreements: Disagreement[], shown: Set<string>, ctx: BriefingContext, counter: { n: number }): EventCards {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const disputed = new Map<string, number>();
  disagreements.forEach((d, i) => d.claimIds.forEach((id) => disputed.has(id) || disputed.set(id, i)));
  const events = (ctx.events ?? []).filter((e) => e.facets.some((f) => f.reportedBy > 1 && byId.has(f.claimId))).slice(0, limitsOf(ctx).events ?? 3);
  const nouns = new Map<string, number>();
  for (const e of events) nouns.set(e.noun, (nouns.get(e.noun) ?? 0) + 1);
  const claimIds = new Set<string>();
  const nodes = events.map((e) => {
    const rows: BlockContent[] = [];
    for (const kind of Object.keys(KIND_TERMS) as EventFacet['kind'][]) {
      const facets = e.facets.filter((f) => f.kind === kind && byId.has(f.claimId));
      if (!facets.length) continue;
      rows.push(flow('dt', {}, [{ type: 'paragraph', children: [text(KIND_TERMS[kind])] }]));
      for (const f of facets) {
        const claim = byId.get(f.claimId) as Claim;
        claimIds.add(claim.id);
        rows.push(flow('dd', {}, [{ type: 'paragraph', children: value(f, claim, disputed.get(claim.id), shown, ctx, counter) }]));
      }
    }
    return flow('section', { class: 'event-card', 'aria-label': title(e, (nouns.get(e.noun) ?? 0) > 1) }, [
      { type: 'heading', depth: 3, children: [text(title(e, (nouns.get(e.noun) ?? 0) > 1))] },
      flow('dl', {}, rows),
    ]);
  });
  return { nodes, claimIds };
}

/** "Dushanbe — 5 of 5 sources [1]…[5]", linked to its claim, and to the disagreement it is part of. */
function value(f: EventFacet, claim: Claim, disagreement: number | undefined, shown: Set<string>, ctx: BriefingContext, counter: { n: number }): PhrasingContent[] {
  const label: PhrasingContent = { type: 'strong', children: [text(f.label)] };
  const who = claim.reportedBy === 1 ? `only ${ctx.outlets.get(claim.sourceIds[0] as string) ?? claim.sourceIds[0]}` : `${formatCount(claim.reportedBy)} of ${formatCount(ctx.total)} sources`;
  const out: PhrasingContent[] = [
    shown.has(claim.id) ? { type: 'link', url: `#c-${claim.id}`, title: 'How each source says it', children: [label] } : label,
    text(` — ${who} `),
    ...citationMarks(claim, ctx, counter),
  ];
  if (disagreement !== undefined) out.push(text(' '), { type: 'link', url: `#${disagreementId(disagreement)}`, children: [text('(sources disagree)')] });
  return out;
}
