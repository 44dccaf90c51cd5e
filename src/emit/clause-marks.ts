import type { PhrasingContent } from 'mdast';
import { quoteParts } from '../site/clause-spans.ts';
import { inline, text as node } from './mdast-build.ts';

/**
 * A quoted sentence as MDX phrasing, `marked` words in `<mark>` (site/clause-spans.ts): the part a claim
 * rests on (class `claim-part`), or in a disagreement the value the sentence gives (`disputed`).
 */
export function markedQuote(text: string, marked: readonly string[] | undefined, className: 'claim-part' | 'disputed' = 'claim-part'): PhrasingContent[] {
  return quoteParts(text, marked).map((p) => (p.marked ? inline('mark', { class: className }, [node(p.text)]) : node(p.text)));
}
