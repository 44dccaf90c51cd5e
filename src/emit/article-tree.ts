import type { BlockContent, ListItem, PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import type { Block, Sentence } from '../model/types.ts';

/** A sentence as an addressable inline element: `<span id="s-…" class="sentence">…</span>`. */
export function sentenceNode(s: Pick<Sentence, 'id' | 'text'>): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'id', value: s.id },
      { type: 'mdxJsxAttribute', name: 'class', value: 'sentence' },
    ],
    // A text node, never raw markup: the serializer escapes `{`, `<` and friends.
    children: [{ type: 'text', value: s.text }],
  };
}

function sentencesPhrasing(sentences: Sentence[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  sentences.forEach((s, i) => {
    if (i > 0) out.push({ type: 'text', value: ' ' });
    out.push(sentenceNode(s));
  });
  return out;
}

/**
 * The article body as an mdast tree: headings, paragraphs and lists, each
 * sentence wrapped so that citations can link to it.
 */
export function articleTree(blocks: Block[], sentences: Sentence[]): Root {
  const byBlock = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const key = `${s.block}:${s.item ?? ''}`;
    byBlock.set(key, [...(byBlock.get(key) ?? []), s]);
  }
  const children: BlockContent[] = [];
  blocks.forEach((b, i) => {
    if (b.type === 'heading') {
      children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: b.text }] });
    } else if (b.type === 'paragraph') {
      const ss = byBlock.get(`${i}:`) ?? [];
      if (ss.length) children.push({ type: 'paragraph', children: sentencesPhrasing(ss) });
    } else {
      const items: ListItem[] = b.items.map((_, j) => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: sentencesPhrasing(byBlock.get(`${i}:${j}`) ?? []) }],
      }));
      children.push({ type: 'list', ordered: false, spread: false, children: items });
    }
  });
  return { type: 'root', children };
}
