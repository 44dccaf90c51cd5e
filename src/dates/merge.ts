/**
 * Merging items into events: same date key, same story and similar content
 * (average linkage), with two additions. Day mentions that inferEventDates already tied
 * to one event (a source and the sources dated from it by weekday) start in one
 * group. An undated report that ends up alone joins the closest event of its
 * day or stays off the timeline. A "through 2027" joins the 2025–2027 range it
 * closes when it says the same thing.
 */
import type { StoryOf } from '../stories/index.ts';
import { formatDate } from './calendar.ts';
import { averageLinkage } from './cluster.ts';
import { dateKey, similarity, type Item } from './items.ts';
import { cosineRows } from './terms.ts';
import type { TimelineDate } from './types.ts';

/** Average content similarity at or above which same-date mentions are one event. */
export const SAME_EVENT_SIMILARITY = 0.2;
/**
 * An undated report left on its own (one sentence, or one source) joins the
 * most similar event of its day at this lower bar, or stays off the timeline:
 * it only adds a citation, it never makes an event by itself.
 */
export const REPORT_JOIN_SIMILARITY = 0.1;


/**
 * Group same-date items of one story into events. Items of unplaced sources
 * (no story) are grouped among themselves.
 */
export function clusterByDate(items: readonly Item[], storyOf: StoryOf = () => null): Item[][] {
  const buckets = new Map<string, Item[]>();
  for (const item of items) {
    const key = `${dateKey(item.date)}\u0000${storyOf(item.sentence.sourceId) ?? ''}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(item);
    else buckets.set(key, [item]);
  }
  const out: Item[][] = [];
  for (const bucket of buckets.values()) {
    const roots = new Map<string, number[]>();
    bucket.forEach((item, i) => {
      if (!item.root) return;
      const root = roots.get(item.root);
      if (root) root.push(i);
      else roots.set(item.root, [i]);
    });
    const sim = cosineRows(bucket.map((item) => item.vector));
    const groups = averageLinkage(bucket.length, sim, SAME_EVENT_SIMILARITY, [...roots.values()]).map((g) => g.map((i) => bucket[i] as Item));
    out.push(...placeLoneReports(groups));
  }
  return out;
}

/** A group with no dated mention and a single source cannot stand as an event: join the closest group or drop. */
function placeLoneReports(groups: Item[][]): Item[][] {
  const lone = (g: readonly Item[]) => !g.some((i) => i.explicit) && new Set(g.map((i) => i.sentence.sourceId)).size < 2;
  const kept = groups.filter((g) => !lone(g));
  for (const item of groups.filter(lone).flat()) {
    let best: { group: Item[]; score: number } | null = null;
    for (const group of kept) {
      const score = similarity([item], group);
      if (score >= REPORT_JOIN_SIMILARITY && (!best || score > best.score)) best = { group, score };
    }
    best?.group.push(item);
  }
  return kept;
}

/** "through 2027" closes a period: join the year range ending that year that says the same thing, if any. */
export function joinRange(item: Item, groups: Item[][], storyOf: StoryOf = () => null): boolean {
  let best: { group: Item[]; score: number } | null = null;
  const story = storyOf(item.sentence.sourceId);
  for (const group of groups) {
    const d = group[0]?.date;
    if (d?.precision !== 'year-range' || d.end !== item.date.start) continue;
    if (group[0] && storyOf(group[0].sentence.sourceId) !== story) continue;
    const score = similarity([item], group);
    if (score >= SAME_EVENT_SIMILARITY && (!best || score > best.score)) best = { group, score };
  }
  if (!best) return false;
  const range = best.group[0]?.date as TimelineDate;
  best.group.push({
    ...item,
    date: range,
    closes: true,
    mention: { ...item.mention, basis: `${item.mention.basis}; closes the ${formatDate(range.start)}–${formatDate(range.end)} period reported in the same terms` },
  });
  return true;
}
