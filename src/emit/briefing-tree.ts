import type { BlockContent, Link, PhrasingContent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import type { Claim, Disagreement } from '../claims/index.ts';
import { claimMarks } from '../site/clause-spans.ts';
import { disagreementTitle } from '../site/disagreement-title.ts';
import { andMore, formatCount } from '../site/format.ts';
import { outletGroups, outletList, sourcesAndOutlets } from '../site/outlet-groups.ts';
import { relativeHref, routes } from '../site/paths.ts';
import { firstWordings, sameWords } from '../site/same-words.ts';
import { leadClaims } from '../site/lead.ts';
import { limitsOf, outletName, type BriefingContext } from './briefing-context.ts';
import { citationMarks, cite, disagreementIds, HERE, moreSentences, saidBy } from './briefing-cite.ts';
import { isBackground } from './background.ts';
import { markedQuote } from './clause-marks.ts';
import { eventCards } from './event-cards.ts';
import { flow, inline, text } from './mdast-build.ts';

export { BRIEFING_LIMITS, type BriefingContext, type BriefingLimits } from './briefing-context.ts';

/** "Reported by 43 of 134 sources", and "(31 outlets)" when some outlet published several of them. */
function reportedBy(c: Claim, outlets: number): string {
  return `Reported by ${sourcesAndOutlets(`${formatCount(c.reportedBy)} of ${formatCount(c.of)} sources`, c.reportedBy, outlets)}`;
}

const outletOf = (ctx: BriefingContext) => (id: string) => outletName(ctx, id);

function corroboration(c: Claim, ctx: BriefingContext): PhrasingContent[] {
  const { names, outlets } = outletList(c.sourceIds, outletOf(ctx), limitsOf(ctx).marks);
  const label = c.reportedBy === 1 ? `Only ${names[0]} reports this.` : `${reportedBy(c, outlets)}: ${names.join(', ')}.`;
  return [inline('span', { class: c.reportedBy === 1 ? 'badge single' : 'badge' }, [text(label)])];
}

/** A plain-text citation of the claim's representative sentence, ready to copy. Unknown parts say so. */
export function claimCitation(c: Claim, ctx: BriefingContext): string {
  const q = c.representative;
  const ref = ctx.refs?.get(q.sourceId);
  const parts = [`“${q.text}”`, outletName(ctx, q.sourceId)];
  if (ref?.headline) parts.push(`“${ref.headline}”`);
  parts.push(ref?.published ?? 'n.d.');
  if (ref?.url) parts.push(ref.url);
  return `${parts.join(', ')}. ${reportedBy(c, outletGroups(c.sourceIds, outletOf(ctx)).length)}.`;
}

/** One claim: its representative sentence quoted verbatim, who reports it, and every supporting quote. */
export function claimNode(c: Claim, ctx: BriefingContext, counter: { n: number }): MdxJsxFlowElement {
  const others = c.supports.filter((q) => q !== c.representative && !(q.sourceId === c.representative.sourceId && q.sentenceId === c.representative.sentenceId));
  const children: BlockContent[] = [
    // Several event facts (where, when, which edition) can rest on one sentence: say which one this is.
    ...(c.facets.length ? [{ type: 'paragraph', children: [inline('span', { class: 'facet' }, [text(c.facets.join(' · '))])] } as BlockContent] : []),
    { type: 'blockquote', children: [{ type: 'paragraph', children: markedQuote(c.representative.text, claimMarks(c.representative)) }] },
    { type: 'paragraph', children: [...corroboration(c, ctx), text(' '), ...citationMarks(c, ctx, counter)] },
    // "3 of 30 sources": which 30, when the sources tell several stories.
    ...storyLine(c.representative.sourceId, ctx),
  ];
  if (others.length) {
    const wordings = firstWordings(sameWords(c.supports), limitsOf(ctx).quotes);
    children.push(
      flow('details', {}, [
        { type: 'paragraph', children: [inline('summary', {}, [text(`How each source says it (${formatCount(c.supports.length)} sentences)`)])] },
        {
          type: 'list', ordered: false, spread: false,
          // Each wording once: sources that reprint one sentence word for word share an item.
          children: wordings.shown.map(({ first: q, all }) => ({
            type: 'listItem', spread: false,
            children: [{
              type: 'paragraph',
              children: all.length === 1 ? [text(`${outletName(ctx, q.sourceId)}: “`), ...markedQuote(q.text, claimMarks(q)), text('” '), { ...cite(q), children: [text('(in context)')] }] : [text('“'), ...markedQuote(q.text, claimMarks(q)), text('” '), ...saidBy(all, ctx)],
            }],
          })),
        },
        ...moreSentences(wordings.more),
      ]),
    );
  }
  children.push(
    // The reference repeats the claim's outlets and headlines: search excerpts should show the claim, not it.
    flow('details', { class: 'claim-cite', 'data-pagefind-ignore': '' }, [
      { type: 'paragraph', children: [inline('summary', {}, [text('Cite this claim')])] },
      { type: 'paragraph', children: [inline('code', {}, [text(claimCitation(c, ctx))])] },
    ]),
  );
  return flow('section', { class: 'claim', id: `c-${c.id}`, 'data-sources': String(c.reportedBy) }, children);
}

/**
 * Whose story a claim or disagreement is from (the story of `sourceId`, one of its sources), when the
 * corpus tells several: how many sources tell it, and the headline (as written) of the one it is named by.
 */
function storyLine(sourceId: string | undefined, ctx: BriefingContext): BlockContent[] {
  const story = sourceId === undefined ? undefined : ctx.storyOf?.(sourceId);
  if (!story) return [];
  const headline = ctx.refs?.get(story.namedBy)?.headline;
  const link: Link = { type: 'link', url: relativeHref(HERE, routes.source(story.namedBy)), children: [text(headline ? `“${headline}”` : outletName(ctx, story.namedBy))] };
  // Not indexed: the headline would match every claim of its story in search (as "Cite this claim" is not).
  return [flow('div', { class: 'provenance', 'data-pagefind-ignore': '' }, [{ type: 'paragraph', children: [text(`From a story told by ${formatCount(story.sources)} sources, among them `), link] }])];
}

/** A disagreement shown side by side, each side with its quotes. */
export function disagreementNode(d: Disagreement, ctx: BriefingContext, id: string): MdxJsxFlowElement {
  const { marks, quotes } = limitsOf(ctx);
  const sides: BlockContent[] = d.sides.map((s) => {
    // Each outlet named once; each wording quoted once (a wire line many outlets reprint), linking every source that says it.
    const { names } = outletList([...new Set(s.citations.map((q) => q.sourceId))], outletOf(ctx), marks);
    const { shown, more: left } = firstWordings(sameWords(s.citations), quotes);
    return flow('div', { class: 'side' }, [
      { type: 'paragraph', children: [{ type: 'strong', children: [text(s.value)] }, text(` — ${names.join(', ')}`)] },
      // The value each quote gives is marked, so the eye finds "two-day" against "Thursday" in long sentences.
      ...shown.map(({ first, all }): BlockContent => ({ type: 'blockquote', children: [{ type: 'paragraph', children: [...markedQuote(first.text, first.values, 'disputed'), text(' '), ...saidBy(all, ctx)] }] })),
      ...moreSentences(left),
    ]);
  });
  const title = disagreementTitle(d);
  return flow('aside', { class: 'disagreement', id, 'aria-label': title }, [
    { type: 'paragraph', children: [{ type: 'strong', children: [text(title)] }] },
    ...storyLine(d.sides[0]?.citations[0]?.sourceId, ctx),
    flow('div', { class: 'sides' }, sides),
    ...(d.note ? [{ type: 'paragraph', children: [text(d.note)] } as BlockContent] : []),
  ]);
}

const topicOf = (c: Claim, ctx: BriefingContext) => c.topics.find((t) => ctx.topicLabels.has(t)) ?? 'other';
const topicLabel = (t: string, ctx: BriefingContext) => ctx.topicLabels.get(t) ?? 'Other reported facts';
/** Topics by label, "other" last. */
const topicOrder = (topics: string[], ctx: BriefingContext) =>
  topics.sort((a, b) => (a === 'other' ? 1 : b === 'other' ? -1 : topicLabel(a, ctx).localeCompare(topicLabel(b, ctx))));

/** The corroborated facts over the page's limit: how many, how widely reported, per topic, and where they are. */
function notShown(hidden: Claim[], shown: number, ctx: BriefingContext): BlockContent[] {
  if (!hidden.length) return [];
  const perTopic = new Map<string, number>();
  for (const c of hidden) {
    const t = topicOf(c, ctx);
    perTopic.set(t, (perTopic.get(t) ?? 0) + 1);
  }
  const data: Link = { type: 'link', url: relativeHref(HERE, routes.data()), children: [text('briefing.json')] };
  const most = Math.max(...hidden.map((c) => c.reportedBy));
  return [
    { type: 'heading', depth: 2, children: [text('More facts reported by several outlets')] },
    {
      type: 'paragraph',
      children: [
        text(`This page shows the ${formatCount(shown)} most widely reported of ${formatCount(shown + hidden.length)} facts reported by more than one outlet. The other ${formatCount(hidden.length)}, each reported by ${most === 2 ? 'two' : `${most} or fewer`} outlets, are all in `),
        data,
        text(' with their sentences, and each sentence is on its source’s page. By topic:'),
      ],
    },
    {
      type: 'list', ordered: false, spread: false,
      children: topicOrder([...perTopic.keys()], ctx).map((t) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(`${topicLabel(t, ctx)}: ${formatCount(perTopic.get(t) ?? 0)} more`)] }] })),
    },
  ];
}


/**
 * The disagreements the page sets side by side, in their briefing.json order (with their
 * briefing.json ids, see disagreementIds): every one an event card links to, then those between the most
 * sources, up to the limit; the rest are counted.
 */
function disagreementNodes(disagreements: Disagreement[], carded: Set<string>, ctx: BriefingContext): BlockContent[] {
  const limit = limitsOf(ctx).disagreements ?? 100;
  const sources = (d: Disagreement) => new Set(d.sides.flatMap((s) => s.citations.map((q) => q.sourceId))).size;
  const order = disagreements.map((d, i) => ({ i, linked: d.claimIds.some((id) => carded.has(id)), n: sources(d) }));
  order.sort((a, b) => Number(b.linked) - Number(a.linked) || b.n - a.n || a.i - b.i);
  const kept = new Set(order.filter((x, k) => x.linked || k < limit).map((x) => x.i));
  const ids = disagreementIds(disagreements);
  const out: BlockContent[] = disagreements.flatMap((d, i) => (kept.has(i) ? [disagreementNode(d, ctx, ids[i] as string)] : []));
  const left = disagreements.length - kept.size;
  if (left > 0) {
    const data: Link = { type: 'link', url: relativeHref(HERE, routes.data()), children: [text('briefing.json')] };
    out.push({ type: 'paragraph', children: [text(`${andMore(left, 'disagreement', 'disagreements')}, between fewer sources, are listed with their quotes in `), data, text('.')] });
  }
  return out;
}

/** The whole briefing: event cards, lead, disagreements, sections by topic, single-outlet claims. */
export function briefingTree(claims: Claim[], disagreements: Disagreement[], ctx: BriefingContext): Root {
  const counter = { n: 0 };
  const ranked = [...claims].sort((a, b) => a.rank - b.rank);
  const corroborated = ranked.filter((c) => c.reportedBy > 1);
  const multi = corroborated.slice(0, limitsOf(ctx).corroborated);
  const single = ranked.filter((c) => c.reportedBy === 1);
  const shown = new Set([...multi, ...(single.length > limitsOf(ctx).singles ? [] : single)].map((c) => c.id));
  // Heading ids come from the MDX compile's slugger ("In brief" → #in-brief).
  const h = (depth: 2 | 3, value: string, _id: string): BlockContent => ({ type: 'heading', depth, children: [text(value)] });
  const out: BlockContent[] = [];
  const cards = eventCards(claims, disagreements, shown, ctx, counter);
  if (cards.nodes.length) out.push(h(2, 'At a glance', 'at-a-glance'), ...cards.nodes);
  const lead = leadClaims(multi, ctx.leadSize ?? 5, cards.claimIds, (c) => isBackground(c, ctx.writtenOn ?? ((id) => ctx.refs?.get(id)?.published ?? null)));
  const inLead = new Set(lead);
  const rest = multi.filter((c) => !inLead.has(c));
  out.push(h(2, 'In brief', 'in-brief'), ...lead.map((c) => claimNode(c, ctx, counter)));
  if (disagreements.length) out.push(h(2, 'Where sources disagree', 'disagreements'), ...disagreementNodes(disagreements, cards.claimIds, ctx));
  const byTopic = new Map<string, Claim[]>();
  for (const c of rest) {
    const topic = topicOf(c, ctx);
    const list = byTopic.get(topic) ?? [];
    list.push(c);
    byTopic.set(topic, list);
  }
  for (const t of topicOrder([...byTopic.keys()], ctx)) out.push(h(2, topicLabel(t, ctx), `topic-${t}`), ...byTopic.get(t)!.map((c) => claimNode(c, ctx, counter)));
  out.push(...notShown(corroborated.slice(multi.length), multi.length, ctx));
  if (single.length > limitsOf(ctx).singles) {
    // Then they are most of the corpus's sentences again; the source pages already show each in context.
    const home: Link = { type: 'link', url: relativeHref(HERE, routes.home()), children: [text('overview')] };
    const data: Link = { type: 'link', url: relativeHref(HERE, routes.data()), children: [text('briefing.json')] };
    out.push(h(2, 'Reported by one outlet only', 'single-source'), {
      type: 'paragraph',
      children: [
        text(`${formatCount(single.length)} facts are reported by one outlet only, too many to list here. Each is a citable sentence on its source’s page (the `),
        home,
        text(' lists the sources), and all are in '),
        data,
        text('.'),
      ],
    });
  } else if (single.length) {
    out.push(h(2, 'Reported by one outlet only', 'single-source'));
    const bySource = new Map<string, Claim[]>();
    for (const c of single) {
      const list = bySource.get(c.sourceIds[0]!) ?? [];
      list.push(c);
      bySource.set(c.sourceIds[0]!, list);
    }
    for (const [id, list] of bySource) out.push(h(3, outletName(ctx, id), `only-${id}`), ...list.map((c) => claimNode(c, ctx, counter)));
  }
  return { type: 'root', children: out };
}
