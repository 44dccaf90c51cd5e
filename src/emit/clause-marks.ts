import type { PhrasingContent } from 'mdast';
import type { Quote } from '../claims/index.ts';
import { quoteParts } from '../site/clause-spans.ts';
import { inline, text } from './mdast-build.ts';

/** A quoted sentence as MDX phrasing, the part the claim rests on in `<mark>` (site/clause-spans.ts). */
export function markedQuote(q: Pick<Quote, 'text' | 'clauses'>): PhrasingContent[] {
  return quoteParts(q).map((p) => (p.marked ? inline('mark', { class: 'claim-part' }, [text(p.text)]) : text(p.text)));
}
