/**
 * The data model every stage shares. Plain data only (no classes), so each
 * stage is a pure function over these shapes and can be tested without Astro.
 *
 * Flow: RawSource (ingest) → CleanArticle (clean) → SourceMetadata (metadata)
 * → Sentence[] (sentences) → entities / topics / dates / claims → pages.
 */

/** Where a metadata value came from. `unknown` means we did not find it and show it as unknown. */
export type Provenance =
  | 'front-matter'
  | 'manifest'
  | 'capture-line'
  | 'text'
  | 'dateline'
  | 'url-slug'
  | 'url-host'
  | 'inferred'
  | 'unknown';

/** A value with its provenance. `value` is null when unknown. */
export interface Field<T> {
  value: T | null;
  source: Provenance;
  /** Free text saying how it was found (e.g. "derived from the URL slug"). */
  note?: string;
}

export type SourceFormat = 'txt' | 'md' | 'html';
export type SourceKind = 'article' | 'aggregator';

/** Metadata supplied by the editor (front matter or manifest), before inference. */
export interface SuppliedMeta {
  id?: string;
  url?: string;
  outlet?: string;
  /** ISO date YYYY-MM-DD, or null when the editor says it is unknown. */
  published?: string | null;
  language?: string;
  kind?: SourceKind;
  headline?: string;
  /** Where the supplied metadata came from (front matter wins over the manifest). */
  origin: 'front-matter' | 'manifest' | 'none';
  /** Per field, which of the two supplied it. */
  fields?: Partial<Record<'url' | 'outlet' | 'published' | 'language' | 'kind' | 'headline', 'front-matter' | 'manifest'>>;
}

/** One input file, read and decoded, before cleaning. */
export interface RawSource {
  /** Stable id: front matter `id`, else the file name without extension. */
  id: string;
  /** Path relative to the sources folder (e.g. `000_x.txt`). */
  file: string;
  format: SourceFormat;
  /** The page text, one line per line, front matter removed. For HTML: Readability's text. */
  text: string;
  /** 1-based line number in the input file of `text`'s first line (after front matter). */
  firstLine: number;
  meta: SuppliedMeta;
  /** SHA-256 (hex) of the file bytes: lets loaders skip unchanged entries. */
  digest: string;
}

/** A line the cleaner removed, with the rule that removed it (for the audit list). */
export interface RemovedLine {
  /** 1-based line number in the input file. */
  line: number;
  text: string;
  /** Rule id, e.g. `related-list`, `share-prompt`, `date-widget`. */
  rule: string;
}

/** An item of an aggregator's listing of other outlets' articles. */
export interface RelatedItem {
  headline: string;
  lede: string | null;
  location: string | null;
}

export type Block =
  | { type: 'heading'; text: string; line: number }
  | { type: 'paragraph'; text: string; line: number }
  | { type: 'list'; items: { text: string; line: number }[] };

/** An article after boilerplate removal: only the page's own text, structured. */
export interface CleanArticle {
  /** The headline line found in the text, if any (not part of `blocks`). */
  headline: string | null;
  /** Aggregator summary / standfirst, if recognised (kept in `blocks` too). */
  blocks: Block[];
  removed: RemovedLine[];
  /** Other outlets' articles listed on an aggregator page, kept apart from the page's own text. */
  related: RelatedItem[];
  /** Aggregator coverage widget figures, when present (kept as data, never as body text). */
  coverage: { totalSources: number | null; bias: { left: number; center: number; right: number } | null } | null;
}

export interface SourceMetadata {
  headline: Field<string>;
  outlet: Field<string>;
  url: Field<string>;
  /** ISO YYYY-MM-DD. */
  published: Field<string>;
  dateline: Field<string>;
  byline: Field<string>;
  agency: Field<string>;
  kind: Field<SourceKind>;
  language: Field<string>;
  /** Capture/access date (YYYY-MM-DD) when the page says when it was captured (e.g. a date widget). Never a publication date. */
  accessed: Field<string>;
}

/** A sentence of the cleaned body, addressable by `id` on its source page. */
export interface Sentence {
  /** Stable across rebuilds: derived from the normalised text (plus a counter for repeats). e.g. `s-3f2a9c1d`. */
  id: string;
  sourceId: string;
  /** Index of the block in CleanArticle.blocks. */
  block: number;
  /** Index of the list item within a list block, else null. */
  item: number | null;
  /** Position in the source (0-based, reading order). */
  index: number;
  text: string;
}

/** A reference to one sentence of one source: the unit of citation. */
export interface Citation {
  sourceId: string;
  sentenceId: string;
}
