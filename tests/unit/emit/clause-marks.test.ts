import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import type { Claim, Quote } from '../../../src/claims/index.ts';
import { claimNode, type BriefingContext } from '../../../src/emit/briefing-tree.ts';
import { markedQuote } from '../../../src/emit/clause-marks.ts';
import { toMdx } from '../../../src/emit/serialize.ts';

// One sentence, two facts: the communiqué (four outlets) and the action plan (three).
const sentence = 'The summit concluded with the adoption of a joint communiqué and a multi-year action plan designed to guide cooperation through 2027.';
const communique = 'The summit concluded with the adoption of a joint communiqué';
const plan = 'and a multi-year action plan designed to guide cooperation through 2027.';

type Node = { type: string; name?: string; value?: string; children?: Node[] };
const all = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(all)];
const textOf = (n: Node): string => all(n).map((x) => (x.type === 'text' ? (x.value ?? '') : '')).join('');
const marks = (n: Node) => all(n).filter((x) => x.name === 'mark').map(textOf);

describe('clause marks', () => {
  it('keeps the sentence word for word and marks only the part the claim rests on', () => {
    const nodes = { type: 'root', children: markedQuote(sentence, [communique]) } as unknown as Node;
    expect(textOf(nodes)).toBe(sentence);
    expect(marks(nodes)).toEqual([communique]);
    expect(markedQuote(sentence, undefined)).toEqual([{ type: 'text', value: sentence }]);
  });

  it('marks the representative and each source quote of a claim, which round-trips through MDX as text', () => {
    const q = (sourceId: string, text: string, clauses?: string[]): Quote => ({ sourceId, sentenceId: `s-${sourceId}`, text, ...(clauses ? { clauses } : {}) });
    const tricky = 'A final <script>alert(1)</script> {communique} and a Joint Action Plan were adopted.';
    const representative = q('a', sentence, [plan]);
    const claim: Claim = {
      id: 'c1', basis: 'similar', facets: [], representative, sourceIds: ['a', 'b'], topics: [], reportedBy: 2, of: 2, rank: 0,
      supports: [representative, q('b', tricky, ['and a Joint Action Plan were adopted.'])],
      anchors: { amounts: [], percents: [], years: [], weekdays: [], days: [], durations: [], ordinals: [], relative: [], words: [], entities: [], dates: [] },
    } as unknown as Claim;
    const ctx: BriefingContext = { outlets: new Map([['a', 'Alpha'], ['b', 'Beta']]), topicLabels: new Map() };
    const node = claimNode(claim, ctx, { n: 0 }) as unknown as Node;
    const quote = all(node).find((n) => n.type === 'blockquote')!;
    expect(textOf(quote)).toBe(sentence);
    expect(marks(quote)).toEqual([plan]);
    const tree = fromMarkdown(toMdx({ type: 'root', children: [node] } as unknown as Root), { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
    const parsed = tree as unknown as Node;
    const code = (n: Root | RootContent): string[] => [...(n.type.startsWith('mdxjs') || n.type.endsWith('Expression') ? [n.type] : []), ...('children' in n ? n.children.flatMap(code) : [])];
    expect(code(tree)).toEqual([]);
    // The quote, then each source's own sentence (the representative's among them).
    expect(marks(parsed)).toEqual([plan, plan, 'and a Joint Action Plan were adopted.']);
    expect(all(parsed).some((n) => n.type === 'listItem' && textOf(n).includes(`“${tricky}”`))).toBe(true);
  });
});
