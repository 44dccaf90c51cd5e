import { createHash } from 'node:crypto';
import type { Block, CleanArticle, Sentence } from '../model/types.ts';
import { splitSentences } from './split.ts';

/**
 * Why ids come from the text and not the position: citations made by one build
 * must still resolve after an editor fixes a typo elsewhere or a new paragraph is
 * inserted above. Only the sentence's own words decide its id.
 */
export function sentenceId(text: string, seen: Map<string, number>): string {
  const norm = text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const base = `s-${createHash('sha256').update(norm).digest('hex').slice(0, 8)}`;
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}

/** Every sentence of an article's own text (headings excluded), in reading order. */
export function segmentArticle(sourceId: string, article: Pick<CleanArticle, 'blocks'>): Sentence[] {
  const seen = new Map<string, number>();
  const out: Sentence[] = [];
  const push = (text: string, block: number, item: number | null) =>
    out.push({ id: sentenceId(text, seen), sourceId, block, item, index: out.length, text });

  article.blocks.forEach((b: Block, block) => {
    if (b.type === 'paragraph') for (const s of splitSentences(b.text)) push(s, block, null);
    else if (b.type === 'list') b.items.forEach((it, item) => splitSentences(it.text).forEach((s) => push(s, block, item)));
  });
  return out;
}
