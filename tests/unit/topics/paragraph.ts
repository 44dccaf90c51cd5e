import type { Sentence } from '../../../src/model/types.ts';
import { splitSentences } from '../../../src/sentences/split.ts';

/** Sentences of a free-text paragraph, as the segmenter would give them (ids `s-0`, `s-1`, …). */
export function paragraphSentences(sourceId: string, text: string): Sentence[] {
  return splitSentences(text).map((t, index) => ({ id: `s-${index}`, sourceId, block: 0, item: null, index, text: t }));
}
