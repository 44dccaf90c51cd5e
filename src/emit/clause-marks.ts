import type { PhrasingContent } from 'mdast';
import type { Quote } from '../claims/index.ts';
import { quoteParts } from '../site/clause-spans.ts';
import { inline, text } from './mdast-build.ts';

/**
 * A quoted sentence as MDX phrasing, its `clauses` in `<mark>` (site/clause-spans.ts): the part a claim
 * rests on (class `claim-part`), or in a disagreement the value the sentence gives (`disputed`).
 */
export function markedQuote(q: Pick<Quote, 'text' | 'clauses'>, className: 'claim-part' | 'disputed' = 'claim-part'): PhrasingContent[] {
  return quoteParts(q).map((p) => (p.marked ? inline('mark', { class: className }, [text(p.text)]) : text(p.text)));
}
