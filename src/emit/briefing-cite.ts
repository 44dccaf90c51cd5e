/** Citations on the briefing: links to the exact sentence anchors on the source pages. */
import type { BlockContent, Link, PhrasingContent } from 'mdast';
import { shortHash } from '../claims/hash.ts';
import type { Claim, Disagreement, Quote } from '../claims/index.ts';
import { memoByObject } from '../model/memo.ts';
import { andMore, listSeparator, moreSources } from '../site/format.ts';
import { relativeHref, routes } from '../site/paths.ts';
import { limitsOf, outletName, type BriefingContext } from './briefing-context.ts';
import { inline, text } from './mdast-build.ts';

/**
 * The disagreements' ids, in their order: their anchors on the briefing and their ids in
 * briefing.json. An id is a digest of what is disputed (kind, subject, the values set side by
 * side), not a position, so a link to one keeps pointing at it when sources are added; the same
 * dispute in another story gets `-2`, `-3`, in order.
 */
export const disagreementIds = memoByObject((disagreements: readonly Disagreement[]): string[] => {
  const used = new Map<string, number>();
  return disagreements.map((d) => {
    const base = `d-${shortHash([d.kind, d.about, ...d.sides.map((s) => s.value).sort()].join('\u0000'))}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
});

export const HERE = routes.briefing();
export const cite = (q: Quote): Link => ({ type: 'link', url: relativeHref(HERE, routes.source(q.sourceId), q.sentenceId), children: [] });

/** Footnote-style citation marks: one per supporting sentence, linking to its anchor. */
export function citationMarks(c: Pick<Claim, 'supports'>, ctx: BriefingContext, counter: { n: number }): PhrasingContent[] {
  const { marks } = limitsOf(ctx);
  const shown = c.supports.slice(0, marks).flatMap((q, i) => {
    const link = cite(q);
    link.children = [text(`[${++counter.n}]`)];
    link.title = `${outletName(ctx, q.sourceId)}: “${q.text}”`;
    return [...(i ? [text(' ')] : []), inline('sup', { class: 'cite-mark' }, [link])];
  });
  return c.supports.length > marks ? [...shown, text(` ${andMore(c.supports.length - marks, 'sentence', 'sentences')}`)] : shown;
}

/** "…and N more sentences, all listed in briefing.json." (nothing when none is left out). */
export function moreSentences(left: number): BlockContent[] {
  if (left <= 0) return [];
  const link: Link = { type: 'link', url: relativeHref(HERE, routes.data()), children: [text('briefing.json')] };
  return [{ type: 'paragraph', children: [text(`…${andMore(left, 'sentence', 'sentences')}, all listed in `), link, text('.')] }];
}

/**
 * Who says these same words, each linked to its own sentence: "(Oblo News)", or
 * "(Hulkofa Today, Shatorris Post and Dorlo News)", then "and N more sources" past the mark limit.
 */
export function saidBy(quotes: Quote[], ctx: BriefingContext): PhrasingContent[] {
  const name = (q: Quote) => outletName(ctx, q.sourceId);
  if (quotes.length === 1) return [{ ...cite(quotes[0]!), children: [text(`(${name(quotes[0]!)})`)] }];
  const linked = quotes.slice(0, limitsOf(ctx).marks);
  const left = quotes.length - linked.length;
  const out: PhrasingContent[] = [text('(')];
  linked.forEach((q, i) => {
    if (i > 0) out.push(text(listSeparator(i, linked.length, left)));
    out.push({ ...cite(q), children: [text(name(q))] });
  });
  out.push(text(left > 0 ? ` ${moreSources(left)})` : ')'));
  return out;
}
