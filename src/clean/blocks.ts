import type { Block } from '../model/types.ts';
import type { Line } from './lines.ts';
import { endsSentence, LIST_MARKER, paragraphLike, titleLike } from './shape.ts';

/** An all-caps place and a comma starting a line ("ALMATY, March 3 …"): a dateline, never a heading. */
const DATELINE_START = /^\p{Lu}{2,}(?:\s\p{Lu}{2,})*,\s/u;

/**
 * A short title-like line between body text and a paragraph (or list) that
 * follows it is a section heading. The page's first block never is one: a
 * heading introduces a section of a body that has started.
 */
function isSectionHeading(l: Line, prev: Block | undefined, next: Line | undefined): boolean {
  if (l.level !== undefined) return true;
  if (prev === undefined || prev.type === 'heading' || next === undefined) return false;
  if (!titleLike(l.norm, 14) || endsSentence(l.norm) || DATELINE_START.test(l.norm)) return false;
  return (paragraphLike(next.norm) || LIST_MARKER.test(next.norm)) && next.level === undefined;
}

/**
 * The kept lines as blocks. Captures put one paragraph per line, so each kept
 * line is a paragraph unless it is a section heading or a `- ` list item
 * (consecutive items make one list).
 */
export function toBlocks(kept: Line[]): Block[] {
  const blocks: Block[] = [];
  kept.forEach((l, i) => {
    const last = blocks[blocks.length - 1];
    if (LIST_MARKER.test(l.text)) {
      const item = { text: l.text.replace(LIST_MARKER, ''), line: l.n };
      if (last?.type === 'list') last.items.push(item);
      else blocks.push({ type: 'list', items: [item] });
    } else if (isSectionHeading(l, last, kept[i + 1])) {
      blocks.push({ type: 'heading', text: l.text, line: l.n });
    } else {
      blocks.push({ type: 'paragraph', text: l.text, line: l.n });
    }
  });
  return blocks;
}
