import type { EntityEntry } from '../schemas/corpus-entries.ts';

/**
 * Bounds on pages that grow with the corpus, so a site of thousands of sources
 * builds in time proportional to its sources, not to sources × names. Nothing
 * is dropped from the data: briefing.json keeps every mention, and every
 * quoted sentence is on its source page.
 */
export const PAGE_LIMITS = {
  /** Entity pages: the most widely named entities get one; the rest are listed by name. */
  entityPages: 300,
  /** Quotes on one entity or topic page; further sources are linked, not quoted. */
  quotes: 60,
  /** Links to further sources on one page. */
  links: 200,
  /** Sources the overview lists; beyond that, they are listed on pages of all-sources. */
  overviewSources: 100,
  /** Sources per page of all-sources. */
  sourcesPerPage: 250,
  /**
   * Claims up to which search indexes the whole briefing. Beyond, only its
   * heading and summary: Pagefind sends a result's whole page text (its
   * fragment), which for a briefing of thousands of claims is megabytes, and
   * every quoted sentence is indexed on its source page anyway.
   */
  briefingIndexedClaims: 500,
  /**
   * Timeline entries up to which search indexes the whole timeline; beyond, only its heading and
   * introduction, for the same reason as the briefing (at 1,000 sources its fragment was 66 KB
   * compressed, at 5,000 265 KB). Each entry's sentences are indexed on their source pages.
   */
  timelineIndexedEvents: 200,
  /**
   * Entries the timeline page shows: the most widely reported, in date order. A corpus of many
   * stories dates thousands of things (11,189 at 10,000 bench sources when this limit was set, an 18 MB page); the rest
   * are counted on the page and listed with their citations in briefing.json.
   */
  timelineEvents: 1000,
  /**
   * Sources the briefing's structured data (JSON-LD `citation`) names. Beyond, the ones most of its
   * facts cite: at 10,000 sources, naming all of them was 4.2 MB of an 8.2 MB page, invisible to
   * readers. Every source is in sources.csl.json.
   */
  structuredCitations: 100,
};

/** Whether search indexes the whole briefing (see PAGE_LIMITS.briefingIndexedClaims), or only its heading and summary. */
export const indexWholeBriefing = (claims: number, limit = PAGE_LIMITS.briefingIndexedClaims): boolean => claims <= limit;

/** Whether search indexes the whole timeline (see PAGE_LIMITS.timelineIndexedEvents), or only its heading and introduction. */
export const indexWholeTimeline = (events: number, limit = PAGE_LIMITS.timelineIndexedEvents): boolean => events <= limit;

/** The timeline entries a page shows (see PAGE_LIMITS.timelineEvents), in their given order, and what is left out. */
export function timelineShown<T extends { sourceIds: readonly string[] }>(
  events: readonly T[],
  limit = PAGE_LIMITS.timelineEvents,
): { shown: T[]; hidden: number; hiddenMostSources: number } {
  if (events.length <= limit) return { shown: [...events], hidden: 0, hiddenMostSources: 0 };
  // Widest first; among equals, the earlier in the given (date) order.
  const ranked = events.map((e, i) => [e, i] as const).sort((a, b) => b[0].sourceIds.length - a[0].sourceIds.length || a[1] - b[1]);
  const kept = new Set(ranked.slice(0, limit).map(([, i]) => i));
  return {
    shown: events.filter((_, i) => kept.has(i)),
    hidden: events.length - limit,
    hiddenMostSources: ranked[limit]?.[0].sourceIds.length ?? 0,
  };
}

/** Ids of the entities that get a page: all of them while few, else the most widely named. */
export function entitiesWithPages(entities: readonly EntityEntry[], limit = PAGE_LIMITS.entityPages): Set<string> {
  const ranked = [...entities].sort((a, b) => b.sources.length - a.sources.length || b.mentions.length - a.mentions.length || a.id.localeCompare(b.id));
  return new Set(ranked.slice(0, limit).map((e) => e.id));
}

/** A page's per-source sections, quoted until the page's quota is used; the sources after that only linked. */
export interface BoundedSections<T> {
  quoted: { sourceId: string; items: T[] }[];
  /** Sources linked without quotes (up to the link limit). */
  linked: string[];
  /** Sources neither quoted nor linked. */
  omitted: number;
}

/** Split sections (in page order) into quoted ones, linked ones and a count of the rest. */
export function boundSections<T>(sections: readonly { sourceId: string; items: T[] }[], limits = PAGE_LIMITS): BoundedSections<T> {
  const quoted: { sourceId: string; items: T[] }[] = [];
  let left = limits.quotes;
  let i = 0;
  // Sections are quoted whole, so no source shows some of its sentences and not others;
  // only a first section over the whole quota is cut (its page has the rest in context).
  for (; i < sections.length && (i === 0 || sections[i]!.items.length <= left); i++) {
    const s = sections[i]!;
    quoted.push(i === 0 ? { sourceId: s.sourceId, items: s.items.slice(0, limits.quotes) } : s);
    left -= Math.min(s.items.length, limits.quotes);
  }
  const rest = sections.slice(i).map((s) => s.sourceId);
  return { quoted, linked: rest.slice(0, limits.links), omitted: Math.max(0, rest.length - limits.links) };
}
