/** Citations on the briefing: links to the exact sentence anchors on the source pages. */
import type { Link, PhrasingContent } from 'mdast';
import type { Claim, Quote } from '../claims/index.ts';
import { relativeHref, routes } from '../site/paths.ts';
import { limitsOf, more, type BriefingContext } from './briefing-context.ts';
import { inline, text } from './mdast-build.ts';

/** Id of the n-th disagreement (0-based): its anchor on the briefing and its id in briefing.json. */
export const disagreementId = (n: number) => `d-${n + 1}`;

export const HERE = routes.briefing();
export const cite = (q: Quote): Link => ({ type: 'link', url: relativeHref(HERE, routes.source(q.sourceId), q.sentenceId), children: [] });

/** Footnote-style citation marks: one per supporting sentence, linking to its anchor. */
export function citationMarks(c: Pick<Claim, 'supports'>, ctx: BriefingContext, counter: { n: number }): PhrasingContent[] {
  const { marks } = limitsOf(ctx);
  const shown = c.supports.slice(0, marks).flatMap((q, i) => {
    const link = cite(q);
    link.children = [text(`[${++counter.n}]`)];
    link.title = `${ctx.outlets.get(q.sourceId) ?? q.sourceId}: “${q.text}”`;
    return [...(i ? [text(' ')] : []), inline('sup', { class: 'cite-mark' }, [link])];
  });
  return c.supports.length > marks ? [...shown, text(` ${more(c.supports.length - marks, 'sentences')}`)] : shown;
}

