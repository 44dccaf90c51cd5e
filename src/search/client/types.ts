/**
 * The slice of Pagefind's browser API (pagefind.js 1.6) that the runtime
 * touches. Pagefind ships no browser types for these shapes, so they are
 * declared here from its source and docs ("sub-results", "search API").
 */

/** An element with an `id` inside the indexed body, at a word position. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** Index of the first word after the element's start, in `content` split on whitespace. */
  location: number;
}

/** A matched word position with its ranking weight. */
export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** One section of a page (heading, titled element, or the page itself). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  plain_excerpt?: string;
  anchor?: PagefindAnchor;
  locations?: number[];
  weighted_locations?: PagefindWeightedLocation[];
}

/** What `result.data()` resolves to. */
export interface PagefindResultData {
  url: string;
  raw_url?: string;
  content?: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  anchors?: PagefindAnchor[];
  locations?: number[];
  weighted_locations?: PagefindWeightedLocation[];
  sub_results?: PagefindSubResult[];
  word_count?: number;
}

/** One entry of `search().results`: its data loads lazily. */
export interface PagefindResult {
  id: string;
  score: number;
  words?: number[];
  data: () => Promise<PagefindResultData>;
}

/** What `search()` resolves to (null for a superseded debounced search). */
export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** Search options: filters by key, one sort key. */
export interface PagefindSearchOptions {
  filters?: Record<string, string[] | string>;
  sort?: Record<string, 'asc' | 'desc'>;
  verbose?: boolean;
}

/** The object `createInstance()` returns: the page calls only these two. */
export interface PagefindInstanceApi {
  search(term: string | null, opts?: PagefindSearchOptions): Promise<PagefindSearchResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Options of `createInstance()` that the runtime sets. */
export interface PagefindInstanceOptions {
  /** URL of the bundle folder (ends in `/`). */
  basePath: string;
  /** Prefix of result URLs. */
  baseUrl: string;
  /** Search on the main thread (file://, where workers cannot start). */
  noWorker?: boolean;
}

/** Pagefind's ES module (`pagefind/pagefind.js`). */
export interface PagefindModule {
  createInstance(opts: PagefindInstanceOptions): PagefindInstanceApi;
}
