/**
 * Stories: which sources report the same story. A corpus may hold many events
 * (a season of summits, a run of strikes); two reports of *different* events
 * often use the same words ("the strike ended after 12 days", "some 4,700
 * people worked on the site"), and without this step their sentences would
 * corroborate each other and their different figures would read as a
 * disagreement. Claim grouping, event linking and disagreement detection all
 * stay inside one story (src/claims).
 *
 * Two sources are one story when the names they mention (entity ids, each
 * weighted by its rarity in the corpus) overlap enough, and how much is enough
 * depends on their event days: less for the same day (or, when one is
 * unknown, two specific figures both give: figures.ts), more when one is
 * unknown, much more for different days (a source's event day can be off, a
 * weekday read against the wrong week, so a near day weighs, it does not
 * veto); days more than a week apart are two events. Stories are the
 * connected components of those links, joined strongest first and never
 * into a story whose known days span more than a week. Pairs are found by a sorted
 * neighbourhood over each name's sources, never all against all.
 */
import { daysBetween } from '../dates/calendar.ts';
import { pushTo } from '../model/multimap.ts';
import { joinStrongestFirst } from '../model/unionfind.ts';

/** What story clustering knows of one source. */
export interface StoryInput {
  sourceId: string;
  /** Canonical entity ids the source mentions (people, places, organisations). */
  entities: readonly string[];
  /** The day of the event the source reports (YYYY-MM-DD), or null when unknown. */
  eventDate: string | null;
  /** Its specific figures (figures.ts specificFigures): shared ones stand in for an unknown day. Default none. */
  figures?: readonly string[];
}

/** The story a source tells (a story id), or null when the source is unplaced. */
export type StoryOf = (sourceId: string) => string | null;

/** Sources that report one story. */
export interface Story {
  /** The story's first source id (ids sort as strings): stable while that source stays. */
  id: string;
  /** Its sources, sorted. */
  sourceIds: string[];
}

export interface Stories {
  /** Placed sources' stories, largest first. */
  stories: Story[];
  /** The story of a source; null for a source that names too few entities to link and shares them as much with two stories, or with none (it is compared with every story). */
  of: StoryOf;
  /** Source pairs whose names were compared. */
  comparedPairs: number;
}

/** Options of findStories; each default suits news corpora. */
export interface StoryOptions {
  /** Least name overlap (IDF-weighted Dice) for two sources reporting the same event day. Default 0.4. */
  sameDay?: number;
  /** Least overlap when either event day is unknown. Default 0.6. */
  unknownDay?: number;
  /** Least overlap for different event days. Default 0.8. */
  otherDay?: number;
  /** Days further apart than this are never one story. Default 7. */
  maxDayGap?: number;
  /** Neighbours each source is compared with in each sorted list of a name's sources. Default 3. */
  window?: number;
  /**
   * Fewest entities a source needs to form or link stories. Default 3: a report naming only its country and
   * one passenger links to no other report of its event, and a story of its own would keep it from all of them;
   * it joins the story it shares the most names with instead (attachThin), or stays unplaced on a tie.
   */
  minEntities?: number;
  /** Specific figures two sources must share for the same-day overlap to do when either day is unknown. Default 2. */
  sharedFigures?: number;
}

const DEFAULTS: Required<StoryOptions> = { sameDay: 0.4, unknownDay: 0.6, otherDay: 0.8, maxDayGap: 7, window: 3, minEntities: 3, sharedFigures: 2 };

/** Group sources into stories (see the module comment). Deterministic for a given set of sources, whatever their order. */
export function findStories(inputs: readonly StoryInput[], options: StoryOptions = {}): Stories {
  const o = { ...DEFAULTS, ...options };
  const placed = inputs.filter((s) => new Set(s.entities).size >= o.minEntities).sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0));
  const names = placed.map((s) => [...new Set(s.entities)]);
  const df = new Map<string, number>();
  for (const ns of names) for (const n of ns) df.set(n, (df.get(n) ?? 0) + 1);
  const weight = (n: string) => Math.log(1 + placed.length / (df.get(n) ?? 1));
  const sets = names.map((ns) => new Set(ns));
  const mass = names.map((ns) => ns.reduce((t, n) => t + weight(n), 0));
  const rarest = (ns: string[]) => [...ns].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : 1)).slice(0, 2).join('\u0000');
  const signature = names.map(rarest);
  const day = placed.map((s) => s.eventDate ?? '\uffff');
  const figures = placed.map((s) => new Set(s.figures ?? []));
  const shareFigures = (a: number, b: number) => {
    let n = 0;
    for (const x of figures[a] as Set<string>) if ((figures[b] as Set<string>).has(x) && ++n >= o.sharedFigures) return true;
    return false;
  };

  const links: [number, number, number][] = [];
  const tried = new Set<number>();
  const consider = (a: number, b: number) => {
    const key = a < b ? a * 0x200000 + b : b * 0x200000 + a;
    if (tried.has(key)) return;
    tried.add(key);
    let shared = 0;
    for (const n of sets[a] as Set<string>) if ((sets[b] as Set<string>).has(n)) shared += weight(n);
    const dice = (2 * shared) / ((mass[a] as number) + (mass[b] as number));
    const da = placed[a]?.eventDate;
    const db = placed[b]?.eventDate;
    // Without a day, the same magnitude and casualty count in both reports say "same event" as well as the same day would.
    const need = !da || !db ? (shareFigures(a, b) ? o.sameDay : o.unknownDay) : da === db ? o.sameDay : o.otherDay;
    if (dice >= need && !(da && db && daysBetween(da, db) > o.maxDayGap)) links.push([a, b, dice]);
  };
  // Sorted neighbourhood: in each name's list, sources of one story sit together when sorted by event
  // day, or by their rarest names; each is compared with the next `window` in both orders.
  const postings = new Map<string, number[]>();
  names.forEach((ns, i) => {
    for (const n of ns) pushTo(postings, n, i);
  });
  const byDay = (a: number, b: number) => cmp(day[a], day[b]) || cmp(signature[a], signature[b]) || a - b;
  const bySignature = (a: number, b: number) => cmp(signature[a], signature[b]) || cmp(day[a], day[b]) || a - b;
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    for (const order of [byDay, bySignature]) {
      const sorted = [...list].sort(order);
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j <= i + o.window && j < sorted.length; j++) consider(sorted[i] as number, sorted[j] as number);
      }
    }
  }

  const find = joinWithinAWeek(placed.length, links, (i) => placed[i]?.eventDate ?? null, o.maxDayGap);
  const members = new Map<number, string[]>();
  placed.forEach((s, i) => pushTo(members, find(i), s.sourceId));
  for (const [thin, root] of attachThin(inputs, placed, o, { byName: postings, weight, find })) pushTo(members, root, thin);
  const stories = [...members.values()]
    .map((ids) => ids.sort(cmp))
    .map((ids) => ({ id: ids[0] as string, sourceIds: ids }))
    .sort((a, b) => b.sourceIds.length - a.sourceIds.length || cmp(a.id, b.id));
  const storyOf = storyIndex(stories);
  return { stories, of: (id) => storyOf.get(id) ?? null, comparedPairs: tried.size };
}

/**
 * A source naming fewer than `minEntities` names forms no story, but it
 * reports one: it joins the story whose sources share the most name weight
 * with it ("India" and the derailment's other reports), within a week of its
 * event day when both are known. A source sharing nothing, or as much with
 * two stories, stays unplaced. Returns [source id, story root] pairs.
 */
function attachThin(
  inputs: readonly StoryInput[],
  placed: readonly StoryInput[],
  o: Required<StoryOptions>,
  /** The clustering's own index (name → placed sources), name weights and story roots. */
  index: { byName: ReadonlyMap<string, number[]>; weight: (name: string) => number; find: (i: number) => number },
): [string, number][] {
  const { byName, weight, find } = index;
  const thin = inputs.filter((t) => new Set(t.entities).size < o.minEntities);
  if (!thin.length) return [];
  // Each story's known event days, first and last, worked out once for every thin source.
  const span = new Map<number, [string, string]>();
  placed.forEach((s, i) => {
    if (!s.eventDate) return;
    const root = find(i);
    const [first, last] = span.get(root) ?? [s.eventDate, s.eventDate];
    span.set(root, [s.eventDate < first ? s.eventDate : first, s.eventDate > last ? s.eventDate : last]);
  });
  const out: [string, number][] = [];
  for (const t of thin) {
    const score = new Map<number, number>();
    for (const n of new Set(t.entities)) {
      for (const root of new Set((byName.get(n) ?? []).map(find))) score.set(root, (score.get(root) ?? 0) + weight(n));
    }
    const near = (root: number) => {
      const days = span.get(root);
      return !t.eventDate || !days || (daysBetween(days[0], t.eventDate) <= o.maxDayGap && daysBetween(days[1], t.eventDate) <= o.maxDayGap);
    };
    const ranked = [...score].filter(([root]) => near(root)).sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked;
    if (best && (!second || second[1] < best[1])) out.push([t.sourceId, best[0]]);
  }
  return out;
}

/**
 * Connected components of the links, strongest first, never joining two
 * groups whose known event days would then lie more than `maxDayGap` apart:
 * a source of unknown day that names the same people as two events a year
 * apart joins the one it matches best, and does not make them one story.
 */
function joinWithinAWeek(n: number, links: [number, number, number][], dayOf: (i: number) => string | null, maxDayGap: number): (i: number) => number {
  type Span = { first: string | null; last: string | null };
  return joinStrongestFirst<Span>(
    n,
    links,
    (i) => ({ first: dayOf(i), last: dayOf(i) }),
    (a, b) => {
      const first = a.first && b.first ? (a.first < b.first ? a.first : b.first) : (a.first ?? b.first);
      const last = a.last && b.last ? (a.last > b.last ? a.last : b.last) : (a.last ?? b.last);
      return first && last && daysBetween(first, last) > maxDayGap ? null : { first, last };
    },
  );
}

/** Source id → the id of the story it tells; a source in no story (unplaced) is not in it. */
export function storyIndex(stories: readonly Story[]): Map<string, string> {
  return new Map(stories.flatMap((s) => s.sourceIds.map((id) => [id, s.id] as const)));
}

function cmp(a: string | undefined, b: string | undefined): number {
  return a === b ? 0 : (a ?? '') < (b ?? '') ? -1 : 1;
}

/**
 * "These two sources report different stories", from a story lookup: false
 * when either is unplaced or there is no lookup (one story: the default).
 */
export function storiesApart(of?: StoryOf): (a: string, b: string) => boolean {
  if (!of) return () => false;
  return (a, b) => {
    if (a === b) return false;
    const x = of(a);
    const y = of(b);
    return x !== null && y !== null && x !== y;
  };
}
