import fc from 'fast-check';
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { articleTree } from '../../src/emit/article-tree.ts';
import { toMdx } from '../../src/emit/serialize.ts';
import type { Block } from '../../src/model/types.ts';
import { segmentArticle } from '../../src/sentences/segment.ts';

/** Parse generated MDX with the reference MDX grammar (CommonMark + MDX, no GFM), as the site's MDX compiler does (astro.config.mjs). */
function parseMdx(mdx: string): Root {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

/** Text of each sentence span, in order, as the parsed tree holds it. */
function spanTexts(node: Root | RootContent, out: string[] = []): string[] {
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'span') {
    out.push(node.children.map((c) => ('value' in c ? c.value : '')).join(''));
    return out;
  }
  if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') throw new Error(`text became code: ${node.type}`);
  if ('children' in node) for (const c of node.children) spanTexts(c, out);
  return out;
}

// Any line of text an article might hold, markup-looking fragments included.
const line = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('{', '}', '<', '>', '<script>', 'import x from "y"', 'export const a = 1', '{props.x}', '</span>', '&amp;', '\\', '`', '*', '_', '[a](javascript:x)', '---', '# ', '- ', '1. ', '> ', 'https://x.example/"><script>', 'www.example.com<b>', '~~', '| a |')), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(' ').replace(/\s+/g, ' ').trim())
  .filter((t) => t.length > 0);

describe('MDX emitter (property)', () => {
  it('never throws and every sentence comes back as the same literal text', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const blocks: Block[] = lines.map((text, i) => ({ type: 'paragraph', text, line: i + 1 }));
        const sentences = segmentArticle('x', { blocks });
        const parsed = spanTexts(parseMdx(toMdx(articleTree(blocks, sentences), { t: lines[0] })));
        expect(parsed).toEqual(sentences.map((s) => s.text));
      }),
      { numRuns: 300 },
    );
  });
});
