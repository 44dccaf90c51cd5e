/**
 * Figures of one quantity, grouped across sources: mentions (figures.ts)
 * are paired through an index on the words saying what they measure, never
 * all against all, and linked strongest first into groups that hold a
 * disagreement.
 */
import type { StoryOf } from '../stories/index.ts';
import type { Sentence } from '../model/types.ts';
import { postCapped } from '../model/multimap.ts';
import { joinStrongestFirst } from '../model/unionfind.ts';
import { measureApart, sameValue, valuesConflict, type FigureMention } from './figures.ts';

/**
 * How surely two figures measure one quantity: 0 when they are measured apart
 * (kind, unit, time), else the IDF mass of their shared subject words over the
 * lighter subject (so "trade" matches "bilateral trade", not "investment").
 */
function quantityOverlap(a: FigureMention, b: FigureMention, idf: (w: string) => number): number {
  if (measureApart(a, b)) return 0;
  const mass = (ws: string[]) => [...new Set(ws)].reduce((sum, w) => sum + idf(w), 0);
  const sb = new Set(b.compared);
  const shared = mass(a.compared.filter((w) => sb.has(w)));
  const lighter = Math.min(mass(a.compared), mass(b.compared));
  return lighter > 0 ? shared / lighter : 0;
}

/**
 * Two lower bounds ("at least 100 people were killed", "at least 119") that
 * differ: both may be right, but a reader should see that outlets give
 * different counts, often because they reported at different times.
 */
export function boundsDiffer(a: FigureMention, b: FigureMention): boolean {
  return a.qualifier === 'over' && b.qualifier === 'over' && !sameValue(a, b);
}

/**
 * Groups of mentions about one quantity (connected through same-quantity
 * pairs from different sources of one story) that hold at least two
 * conflicting values, or two different lower bounds (boundsDiffer).
 */
export function conflictingGroups(
  sentences: Sentence[],
  mentions: FigureMention[],
  storyOf: StoryOf = () => null,
  minOverlap = 0.5,
  maxBlock = 64,
): FigureMention[][] {
  const df = new Map<string, number>();
  for (const m of mentions) for (const w of new Set(m.compared)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log((mentions.length + 1) / (df.get(w) ?? 1));
  const sourceOf = (m: FigureMention) => (sentences[m.sentence] as Sentence).sourceId;
  const storyOfMention = mentions.map((m) => storyOf(sourceOf(m)));
  const postings = new Map<string, number[]>();
  // A source no story holds may give any story's figure (its units are compared so too, similar.ts): its
  // mentions are also keyed across the corpus, where only pairs with one of them are tried.
  const unplacedToo = storyOfMention.some((st) => st === null) && storyOfMention.some((st) => st !== null);
  mentions.forEach((m, i) => {
    // Keyed by story too: two stories' figures measure two things, however alike their words.
    const story = storyOfMention[i] ?? '';
    for (const w of new Set(m.compared)) {
      postCapped(postings, `${story}|${m.kind}|${w}`, i, maxBlock);
      if (unplacedToo) postCapped(postings, `*|${m.kind}|${w}`, i, maxBlock);
    }
  });
  const edges: [number, number, number][] = [];
  const tried = new Set<number>();
  for (const [key, list] of postings) {
    if (list.length > maxBlock) continue;
    const acrossStories = key.startsWith('*|');
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] as number;
        const b = list[y] as number;
        if (acrossStories && storyOfMention[a] !== null && storyOfMention[b] !== null) continue;
        const pk = a * 0x200000 + b;
        if (tried.has(pk)) continue;
        tried.add(pk);
        const ma = mentions[a] as FigureMention;
        const mb = mentions[b] as FigureMention;
        if (sourceOf(ma) === sourceOf(mb)) continue;
        const overlap = quantityOverlap(ma, mb, idf);
        if (overlap >= minOverlap) edges.push([a, b, overlap]);
      }
    }
  }
  const out: FigureMention[][] = [];
  for (const members of linkApart(mentions, edges, (i) => storyOfMention[i] ?? null, (i) => sourceOf(mentions[i] as FigureMention))) {
    const ms = members.map((i) => mentions[i] as FigureMention);
    const sources = new Set(ms.map(sourceOf));
    if (sources.size > 1 && ms.some((a) => ms.some((b) => valuesConflict(a, b) || (boundsDiffer(a, b) && sourceOf(a) !== sourceOf(b))))) out.push(ms);
  }
  return out;
}

/**
 * Groups of two or more mentions linked by same-quantity edges, strongest
 * first. Linked pair by pair, a figure with no unit ("17 million") would chain
 * rescuers to kilometres, one with no year 2022 to 2023, and a sentence of two
 * clauses two quantities; so two groups are joined only if no figures of them
 * are measured apart, some subject word is in every figure of both, they
 * are of no two stories (a source no story holds may join either, not both),
 * and no source would contradict itself: one report's "the death toll has
 * risen to 89" and "where 87 people were killed" count two things (the whole
 * and a district's part).
 */
function linkApart(mentions: FigureMention[], edges: [number, number, number][], storyOf: (i: number) => string | null, sourceOf: (i: number) => string): number[][] {
  type Group = { members: number[]; common: Set<string>; story: string | null };
  const find = joinStrongestFirst<Group>(
    mentions.length,
    edges,
    (i) => ({ members: [i], common: new Set((mentions[i] as FigureMention).compared), story: storyOf(i) }),
    (ga, gb) => {
      if (ga.story !== null && gb.story !== null && ga.story !== gb.story) return null;
      const common = new Set([...ga.common].filter((w) => gb.common.has(w)));
      if (common.size === 0) return null;
      const apart = (x: number, y: number) => {
        const [mx, my] = [mentions[x] as FigureMention, mentions[y] as FigureMention];
        return measureApart(mx, my) || (sourceOf(x) === sourceOf(y) && valuesConflict(mx, my));
      };
      if (ga.members.some((x) => gb.members.some((y) => apart(x, y)))) return null;
      return { members: [...ga.members, ...gb.members], common, story: ga.story ?? gb.story };
    },
  );
  const groups = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const list = groups.get(find(i));
    if (list) list.push(i);
    else groups.set(find(i), [i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
