import type { Sentence } from '../../../src/model/types.ts';
import { splitSentences } from '../../../src/sentences/split.ts';

/** Sentences of free text, one paragraph each, as the segmenter would give them (ids `s-0`, `s-1`, …); `s-0` is the lead. */
export function paragraphSentences(sourceId: string, text: string): Sentence[] {
  return splitSentences(text).map((t, index) => ({ id: `s-${index}`, sourceId, block: index, item: null, index, text: t }));
}
