import type { EventSummary } from '../claims/index.ts';

/** What the briefing needs to know about each source and topic. */
export interface BriefingContext {
  outlets: Map<string, string>;
  /** What a citation names per source: headline, URL and date, each null when unknown. */
  refs?: Map<string, { headline: string | null; url: string | null; published: string | null }>;
  /** When each source was written, for the lead's background test (dates/written.ts). Default: its `refs` date. */
  writtenOn?: (sourceId: string) => string | null;
  topicLabels: Map<string, string>;
  /** How many claims the lead shows. Default 5. */
  leadSize?: number;
  /**
   * The story a source tells, when the corpus tells several (stories/): its id (its first source), the source it is named by (briefing-mdx.ts storyNamer) and its size.
   * Two stories' claims and disagreements can read alike ("national currency lost … last year"), and a
   * claim's "3 of 30 sources" counts one story's sources; each says whose it is. Default: one story, not named.
   */
  storyOf?: (sourceId: string) => { id: string; namedBy: string; sources: number } | undefined;
  /** The corpus's events, most reported first; the best reported get a card at the top. Default none. */
  events?: EventSummary[];
  /** How much of a large corpus the page shows. Default: BRIEFING_LIMITS. */
  limits?: BriefingLimits;
}

/**
 * Bounds that keep the briefing readable (and its build time flat) when
 * hundreds of sources report one fact. Nothing is lost: every claim with all
 * its sentences is in briefing.json, and every sentence is on its source page.
 */
export interface BriefingLimits {
  /**
   * Facts reported by two or more outlets shown on the page, most corroborated first (the lead
   * included). The rest are counted per topic and left to briefing.json: at 10,000 sources the
   * uncapped page was 4,200 claims, 20 MB of HTML, and its compile alone took 1.3 GB of memory.
   */
  corroborated: number;
  /** Facts reported by one outlet only are listed while there are at most this many. */
  singles: number;
  /** Citation marks and outlet names shown per claim. */
  marks: number;
  /** Sentences in a claim's "how each source says it" list, and quotes per side of a disagreement. */
  quotes: number;
  /** Events shown as an "at a glance" card (those with a facet reported by two or more outlets). Default 3. */
  events?: number;
  /**
   * Disagreements shown side by side: those an event card links to, then those between the most
   * sources. At 10,000 bench sources there were 2,161, and the page grew to 11 MB. Default 100.
   */
  disagreements?: number;
}

export const BRIEFING_LIMITS: BriefingLimits = { corroborated: 400, singles: 1000, marks: 12, quotes: 25, events: 3, disagreements: 100 };
export const limitsOf = (ctx: BriefingContext) => ctx.limits ?? BRIEFING_LIMITS;
/** The outlet name the briefing gives a source (its id when the outlet is unknown). */
export const outletName = (ctx: BriefingContext, id: string): string => ctx.outlets.get(id) ?? id;

