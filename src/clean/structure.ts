import type { Block } from '../model/types.ts';
import { endsSentence, type Line, paragraphLike, titleLike, words } from './lines.ts';

/** The headline: the first kept line, when it reads as a title rather than a sentence. */
export function findHeadline(lines: Line[]): Line | null {
  const first = lines.find((l) => !l.rule);
  return first && titleLike(first.text) && words(first.text) >= 3 ? first : null;
}

const LIST_ITEM = /^(?:[-•*–]\s+)/;

/**
 * The kept lines as blocks. A title-like line between paragraphs is a section
 * heading; consecutive "- " lines are a list; everything else is a paragraph
 * (captures put one paragraph per line).
 */
export function toBlocks(kept: Line[]): Block[] {
  const blocks: Block[] = [];
  kept.forEach((l, i) => {
    const next = kept[i + 1];
    if (LIST_ITEM.test(l.text)) {
      const item = { text: l.text.replace(LIST_ITEM, ''), line: l.n };
      const last = blocks[blocks.length - 1];
      if (last?.type === 'list') last.items.push(item);
      else blocks.push({ type: 'list', items: [item] });
      return;
    }
    const prev = blocks[blocks.length - 1];
    const heading =
      prev !== undefined && prev.type !== 'heading' && titleLike(l.text, 14) && !endsSentence(l.text) && next !== undefined && paragraphLike(next.text);
    blocks.push(heading ? { type: 'heading', text: l.text, line: l.n } : { type: 'paragraph', text: l.text, line: l.n });
  });
  return blocks;
}
