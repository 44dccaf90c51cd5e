/**
 * Linking event mentions across sentences and sources into events, and
 * spreading a stated day through claims (see events.ts for the mentions).
 */
import type { StoryOf } from '../stories/index.ts';
import type { Sentence } from '../model/types.ts';
import type { Anchors, GroupOptions } from './types.ts';
import { eventMentions, namesAfterIn, type EventMention, type FacetMention } from './events.ts';
import { postCapped } from '../model/multimap.ts';
import { unionFind } from '../model/unionfind.ts';

/** Facts about one event gathered across sources. */
export interface EventGroup {
  /** "summit", or "summit#2" when the corpus holds two different summits. */
  id: string;
  noun: string;
  sourceIds: string[];
  /** Facet mentions, with the sentence index that states each. */
  facets: FacetMention[];
}

/** Names two mentions must share (or a fifth of their names) to be one event. */
const SAME_EVENT_NAMES = 2;
/** Largest name posting used to pair mentions (a name in every mention tells nothing). */
const MAX_NAME_BLOCK = 64;

/** How much two mentions' names overlap (shared over all), or null when too little for one event. */
function sameEvent(na: ReadonlySet<string>, nb: ReadonlySet<string>): number | null {
  let shared = 0;
  for (const n of na) if (nb.has(n)) shared++;
  const overlap = shared / (na.size + nb.size - shared);
  return shared >= SAME_EVENT_NAMES || overlap >= 0.2 ? overlap : null;
}

/**
 * A source no story holds (stories.ts leaves thin reports unplaced, and
 * compares them with every story) may report any story's event: each of its
 * mentions joins the event of the mention it shares the most names with, best
 * first, and never two stories' events.
 */
function joinUnplaced(
  mentions: EventMention[],
  names: ReadonlySet<string>[],
  storyOf: (i: number) => string | null,
  find: (i: number) => number,
  union: (a: number, b: number) => void,
): void {
  const stories = mentions.map((_, i) => storyOf(i));
  if (!stories.includes(null) || stories.every((st) => st === null)) return;
  const postings = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (stories[i] === null) return;
    for (const n of names[i] ?? []) postCapped(postings, `${m.noun}|${n}`, i, MAX_NAME_BLOCK);
  });
  const best: [number, number, number][] = [];
  mentions.forEach((m, i) => {
    if (stories[i] !== null) return;
    let top: [number, number] | null = null;
    for (const n of names[i] ?? []) {
      const list = postings.get(`${m.noun}|${n}`) ?? [];
      if (list.length > MAX_NAME_BLOCK) continue;
      for (const j of list) {
        const overlap = sameEvent(names[i] as Set<string>, names[j] as Set<string>);
        if (overlap !== null && (top === null || overlap > top[1] || (overlap === top[1] && j < top[0]))) top = [j, overlap];
      }
    }
    if (top) best.push([i, top[0], top[1]]);
  });
  // union(i, j) roots the joined event at j's root, a mention of j's story: the root tells an event's story.
  for (const [i, j] of best.sort((x, y) => y[2] - x[2] || x[0] - y[0])) {
    const story = stories[find(i)];
    if (story === null || story === stories[find(j)]) union(i, j);
  }
}

/**
 * Decide which mentions are the same event: same story and noun, and the names around
 * it (entity ids when given) overlap — paired through an index on names, not
 * all against all. A mention with too few names to tell (“the summit”) joins
 * the largest event of that noun in its own source: a news article's bare
 * "the summit" is the summit it is about.
 */
export function linkEvents(
  mentions: EventMention[],
  sourceOf: (sentence: number) => string,
  namesOf: (sentence: number) => string[],
  storyOf: StoryOf = () => null,
): EventGroup[] {
  const names = mentions.map((m) => new Set(namesOf(m.sentence)));
  const { find, union } = unionFind(mentions.length);
  const postings = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    // Keyed by story too: two stories' summits are two summits, whatever names they share.
    const story = storyOf(sourceOf(m.sentence)) ?? '';
    for (const n of names[i] ?? []) postCapped(postings, `${story}|${m.noun}|${n}`, i, MAX_NAME_BLOCK);
  });
  const tried = new Set<number>();
  for (const list of postings.values()) {
    if (list.length > MAX_NAME_BLOCK) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] as number;
        const b = list[y] as number;
        const key = a * 0x200000 + b;
        if (tried.has(key)) continue;
        tried.add(key);
        if (sameEvent(names[a] as Set<string>, names[b] as Set<string>) !== null) union(a, b);
      }
    }
  }
  joinUnplaced(mentions, names, (i) => storyOf(sourceOf((mentions[i] as EventMention).sentence)), find, union);
  // Mentions that could not be placed by names join their source's largest event of the same noun.
  const size = new Map<number, number>();
  mentions.forEach((_, i) => size.set(find(i), (size.get(find(i)) ?? 0) + 1));
  const largest = new Map<string, number>();
  mentions.forEach((m, i) => {
    const key = `${sourceOf(m.sentence)}|${m.noun}`;
    const cur = largest.get(key);
    if (cur === undefined || (size.get(find(i)) ?? 0) > (size.get(find(cur)) ?? 0)) largest.set(key, i);
  });
  mentions.forEach((m, i) => {
    if ((names[i]?.size ?? 0) >= SAME_EVENT_NAMES && (size.get(find(i)) ?? 0) > 1) return;
    const host = largest.get(`${sourceOf(m.sentence)}|${m.noun}`);
    if (host !== undefined && host !== i) union(i, host);
  });
  const comps = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const list = comps.get(find(i));
    if (list) list.push(i);
    else comps.set(find(i), [i]);
  });
  const seen = new Map<string, number>();
  const groups: EventGroup[] = [];
  for (const members of [...comps.values()].sort((a, b) => b.length - a.length)) {
    const noun = (mentions[members[0] as number] as EventMention).noun;
    const k = (seen.get(noun) ?? 0) + 1;
    seen.set(noun, k);
    groups.push({
      id: k === 1 ? noun : `${noun}#${k}`,
      noun,
      sourceIds: [...new Set(members.map((i) => sourceOf((mentions[i] as EventMention).sentence)))].sort(),
      facets: members.flatMap((i) => (mentions[i] as EventMention).facets),
    });
  }
  return groups;
}

/**
 * A claim that groups a sentence dating an event also dates the event for
 * its other sentences with the same day ("the minister on Friday called …" next
 * to "On Friday, the minister attended the … summit").
 */
function propagateDays(events: EventGroup[], similarSets: number[][], anchors: Anchors[]): void {
  // Only the sets holding one of an event's day sentences can spread its day: found through an index,
  // in set order as before, instead of every event scanning every set.
  const setsOf = new Map<number, number[]>();
  similarSets.forEach((set, k) => {
    for (const si of set) {
      const list = setsOf.get(si);
      if (!list) setsOf.set(si, [k]);
      else if (list[list.length - 1] !== k) list.push(k);
    }
  });
  for (const e of events) {
    const days = e.facets.filter((f) => f.kind === 'day');
    const candidates = [...new Set(days.flatMap((f) => setsOf.get(f.sentence) ?? []))].sort((a, b) => a - b);
    const known = new Set(days.map((f) => `${f.sentence}|${f.value}`));
    for (const k of candidates) {
      const set = similarSets[k] as number[];
      const hit = days.find((f) => set.includes(f.sentence));
      if (!hit) continue;
      for (const si of set) {
        const a = anchors[si] as Anchors;
        if (si === hit.sentence || !(a.weekdays.includes(hit.value) || a.days.includes(hit.value))) continue;
        if (known.has(`${si}|${hit.value}`)) continue;
        known.add(`${si}|${hit.value}`);
        e.facets.push({ ...hit, sentence: si });
      }
    }
  }
}

/**
 * All events of the corpus with their facets: mentions per source, linked
 * across sources, days spread through `similarSets` (sentence index sets of
 * multi-sentence similar claims).
 */
export function collectEvents(sentences: Sentence[], anchors: Anchors[], options: GroupOptions, similarSets: number[][]): EventGroup[] {
  const bySource = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    const list = bySource.get(s.sourceId);
    if (list) list.push(i);
    else bySource.set(s.sourceId, [i]);
  });
  const inPlaces = namesAfterIn(sentences);
  const mentions = [...bySource.values()].flatMap((idx) => eventMentions(sentences, idx, anchors, options.datesOf, inPlaces));
  const namesOf = (i: number) => (options.entitiesOf ? options.entitiesOf(sentences[i] as Sentence) : (anchors[i] as Anchors).names);
  const events = linkEvents(mentions, (i) => (sentences[i] as Sentence).sourceId, namesOf, options.storyOf);
  propagateDays(events, similarSets, anchors);
  return events;
}
