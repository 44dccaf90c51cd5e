/**
 * The corpus timeline. Every dated mention in a sentence becomes an item; items
 * with the same date (start, end, precision, bound) that say the same thing
 * (similar content terms and figures) merge into one event citing every
 * sentence. Only `Sentence`s are read, so nothing the cleaner removed
 * (furniture, widgets, bios) can put a date on the timeline.
 */
import type { StoryOf } from '../stories/index.ts';
import type { Citation, Sentence } from '../model/types.ts';
import type { ReportChecks } from './event-report.ts';
import { dateKey, itemsOf, type Item } from './items.ts';
import { labelAround } from './label.ts';
import { clusterByDate, joinRange } from './merge.ts';
import { inverseFrequencies, meanCosine, unitSum } from './terms.ts';
import type { DatedDoc, Precision, SourceDating, Timeline, TimelineDate, TimelineEvent, UnresolvedMention } from './types.ts';

/** Options of buildTimeline. */
export interface TimelineOptions {
  /** The slow tests for event reports (default: compute them); pass answers kept elsewhere. */
  checks?: Partial<ReportChecks>;
  /**
   * The story a source reports (src/stories), or null when unplaced. Mentions
   * of different stories never merge: two summits on one day are two events,
   * and "became independent in 1991" said of two countries is two facts.
   * Default: one story.
   */
  storyOf?: StoryOf;
  /**
   * Whether a word is a name in this corpus (the pipeline passes claims' nameWords). It decides which
   * background facts restated in several stories are one entry (see joinRestatements).
   * Default: a capitalised word that does not open the label.
   */
  isName?: (word: string) => boolean;
}

/** Build the timeline from sentences and the per-source event dates (see inferEventDates). */
export function buildTimeline(docs: readonly DatedDoc[], datings: readonly SourceDating[], options: TimelineOptions = {}): Timeline {
  const bySource = new Map(datings.map((d) => [d.sourceId, d]));
  const idf = inverseFrequencies(docs.flatMap((d) => d.sentences.map((s) => s.text)));
  const items: Item[] = [];
  const datesOf = new Map<Sentence, Set<string>>();
  const unresolved: UnresolvedMention[] = [];
  for (const doc of docs) {
    const dating = bySource.get(doc.sourceId);
    for (const sentence of doc.sentences) {
      const collected = itemsOf(sentence, dating, idf, unresolved, options.checks);
      for (const item of collected) {
        // One sentence, one item per date (two expressions for the same year are one mention).
        const seen = datesOf.get(sentence) ?? new Set<string>();
        datesOf.set(sentence, seen);
        if (!seen.has(dateKey(item.date))) {
          seen.add(dateKey(item.date));
          items.push(item);
        }
      }
    }
  }
  const closing = items.filter((i) => i.date.bound === 'until' && i.date.precision === 'year');
  const storyOf = options.storyOf ?? (() => null);
  const groups = clusterByDate(items.filter((i) => !closing.includes(i)), storyOf);
  const leftover = closing.filter((item) => !joinRange(item, groups, storyOf));
  groups.push(...clusterByDate(leftover, storyOf));
  const events = assignIds(joinRestatements(groups, options.isName).map(toEvent)).sort(chronological);
  return { events, unresolved };
}

/**
 * The single days sentences state, as `sourceId#sentenceId` → ISO day pairs:
 * stated in the sentence's own words (not a source's event date lent to it),
 * at day precision, not a bound ("by Friday") and not a week ("next week" is
 * Monday to Sunday, no one day).
 */
export function statedDays(timeline: Timeline): [string, string][] {
  return timeline.events.flatMap((e) =>
    e.date.precision === 'day' && !e.date.bound && !e.date.end
      ? e.mentions.filter((m) => m.text !== null).map((m) => [`${m.sourceId}#${m.sentenceId}`, e.date.start] as [string, string])
      : [],
  );
}

/** "2024", "2025-10-09", "2025/2027": the date as one ISO 8601 string (intervals with a slash). */
export function formatWhen(date: TimelineDate): string {
  return date.end ? `${date.start}/${date.end}` : date.start;
}

/** Precisions of background facts (a country's independence, last year's inflation), which no one story owns. */
const BACKGROUND: ReadonlySet<Precision> = new Set(['year', 'approximate-year', 'year-range', 'decade']);
/** Whether a label names someone or something (see TimelineOptions.isName). */
function namesSomething(label: string, isName: ((word: string) => boolean) | undefined): boolean {
  const words = label.match(/[A-Za-z][\w'-]*/g) ?? [];
  return words.some((w, i) => (isName ? isName(w) : i > 0 && /^[A-Z][a-z]/.test(w)));
}

/**
 * Stories never merge on the timeline (see TimelineOptions.storyOf), but a background fact
 * restated word for word in several stories ("Tengania, home to some 5 million people, became
 * independent in 1991") is one fact: groups of a year or coarser whose labels are the same
 * words and name something become one entry. A day, or a label naming nothing ("The government
 * is expected to publish a full report next month"), stays with its story.
 */
function joinRestatements(groups: Item[][], isName: ((word: string) => boolean) | undefined): Group[] {
  const byLabel = new Map<string, Group>();
  const out: Group[] = [];
  for (const items of groups) {
    const date = (items[0] as Item).date;
    const rep = BACKGROUND.has(date.precision) ? representative(items) : undefined;
    const label = rep ? labelAround(rep.sentence.text, rep.focus) : '';
    if (!rep || !namesSomething(label, isName)) {
      out.push({ items, rep });
      continue;
    }
    const key = `${dateKey(date)}\u0000${label}`;
    const joined = byLabel.get(key);
    if (joined) {
      joined.items.push(...items);
      // A joined group's representative is chosen again, among all its items.
      joined.rep = undefined;
    } else {
      const group = { items: [...items], rep };
      byLabel.set(key, group);
      out.push(group);
    }
  }
  return out;
}

/** Items that make one timeline entry, with their representative once it is known. */
interface Group {
  items: Item[];
  rep: Item | undefined;
}

function toEvent({ items: group, rep: known }: Group): Omit<TimelineEvent, 'id'> {
  const rep = known ?? representative(group);
  const ordered = [...group].sort((a, b) => a.sentence.sourceId.localeCompare(b.sentence.sourceId) || a.sentence.index - b.sentence.index);
  const citations: Citation[] = [];
  const cited = new Set<string>();
  for (const item of ordered) {
    const key = `${item.mention.sourceId}\u0000${item.mention.sentenceId}`;
    if (!cited.has(key)) {
      cited.add(key);
      citations.push({ sourceId: item.mention.sourceId, sentenceId: item.mention.sentenceId });
    }
  }
  return {
    date: rep.date,
    label: labelAround(rep.sentence.text, rep.focus),
    citations,
    sourceIds: [...new Set(citations.map((c) => c.sourceId))].sort(),
    mentions: ordered.map((i) => i.mention),
  };
}

/**
 * The most central item (highest mean similarity to the group), preferring
 * those dated by their own words. The mean comes from the group's summed unit
 * vectors: an event reported thousands of times costs one pass, not a pass per item.
 */
function representative(group: readonly Item[]): Item {
  const own = group.filter((i) => i.explicit && !i.closes);
  const pool = own.length ? own : group;
  const sum = unitSum(group.map((i) => i.vector));
  let best = pool[0] as Item;
  let bestScore = -1;
  for (const item of pool) {
    const score = meanCosine(item.vector, sum, group.length);
    if (score > bestScore + 1e-9) {
      best = item;
      bestScore = score;
    }
  }
  return best;
}

function assignIds(events: Omit<TimelineEvent, 'id'>[]): TimelineEvent[] {
  const used = new Map<string, number>();
  return [...events]
    .sort((a, b) => chronological(a, b) || a.label.localeCompare(b.label))
    .map((e) => {
      const words = e.label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
      const base = `t-${formatWhen(e.date).replace('/', '--')}-${words.slice(0, 6).join('-')}`;
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      return { id: n === 1 ? base : `${base}-${n}`, ...e };
    });
}

const PRECISION_ORDER: Precision[] = ['decade', 'year-range', 'approximate-year', 'year', 'month', 'day'];

/** By start, then end, then coarser first; within one date, the most widely reported first. */
function chronological(a: Omit<TimelineEvent, 'id'>, b: Omit<TimelineEvent, 'id'>): number {
  return (
    byCodeUnit(a.date.start, b.date.start) ||
    byCodeUnit(a.date.end ?? '', b.date.end ?? '') ||
    PRECISION_ORDER.indexOf(a.date.precision) - PRECISION_ORDER.indexOf(b.date.precision) ||
    (a.date.bound ?? '').localeCompare(b.date.bound ?? '') ||
    b.sourceIds.length - a.sourceIds.length ||
    a.label.localeCompare(b.label)
  );
}

/** Plain string order: ISO dates sort correctly by code unit, and no locale may reorder them. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
