/**
 * Whether a sentence's figures are the consensus of the sources that give
 * them. A claim groups sentences on what they share (an event's day, a
 * clause); the sentence quoted for it often carries more. "A flood killed
 * 15 people on 28 September", quoted above "Reported by 37 of 38 sources",
 * reads as 37 sources for 15 deaths when 19 of them say 10: the quote should
 * carry the figure most sources give, or none that they contest.
 */
import type { Sentence } from '../model/types.ts';
import { sameValue, type FigureMention } from './figures.ts';

/** A value given by fewer than this share of the sources giving its quantity is the minority's. */
export const CONTESTED_BELOW = 0.5;

/**
 * Per sentence with a contested figure (one in a conflictingGroups group),
 * the least share, over those figures, of the group's sources that give the
 * same value. Sentences without a contested figure are left out (read: 1).
 */
export function figureConsensus(sentences: readonly Sentence[], groups: readonly FigureMention[][]): Map<number, number> {
  const out = new Map<number, number>();
  const sourceOf = (m: FigureMention) => (sentences[m.sentence] as Sentence).sourceId;
  for (const group of groups) {
    const sources = new Set(group.map(sourceOf)).size;
    for (const m of group) {
      const agreeing = new Set(group.filter((o) => sameValue(m, o)).map(sourceOf)).size;
      out.set(m.sentence, Math.min(out.get(m.sentence) ?? 1, agreeing / sources));
    }
  }
  return out;
}
