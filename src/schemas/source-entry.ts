import { z } from 'zod';

/**
 * The front matter of a generated source page (`.generated/sources/<id>.mdx`).
 * This schema is the single source of truth for what a source page and
 * `dist/briefing.json` know about a source; the content collection validates
 * every generated entry against it.
 */

const provenance = z.enum([
  'front-matter', 'manifest', 'capture-line', 'text', 'dateline', 'url-slug', 'url-host', 'inferred', 'unknown',
]);

/** A value with where it came from. `value` null = unknown (shown as "unknown", never guessed). */
const field = <T extends z.ZodType>(value: T) =>
  z.object({
    /** The value, or null when unknown. */
    value: value.nullable(),
    /** Where the value came from. */
    source: provenance,
    /** How it was found, in words. Default: none. */
    note: z.string().optional(),
  });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const sourceEntrySchema = z.object({
  /** Stable source id (front matter `id`, else the input file name without extension). */
  id: z.string(),
  /** Input file, relative to `content/sources/`. */
  file: z.string(),
  /** Input format. */
  format: z.enum(['txt', 'md', 'html']),
  /** SHA-256 of the input file's bytes. */
  digest: z.string(),
  /** Page route relative to the site root, e.g. `sources/<id>.html`. */
  route: z.string(),
  /** Headline: supplied, found in the text, or derived from the URL slug (marked so). */
  headline: field(z.string()),
  /** Outlet name: supplied, named by the page itself (its text, copyright line, author bio or comments disclaimer), or the URL host. */
  outlet: field(z.string()),
  /** Original article URL (http or https only; anything else is dropped as unknown). */
  url: field(z.url({ protocol: /^https?$/ })),
  /** Publication date (YYYY-MM-DD). Never taken from a page's date widget. */
  published: field(isoDate),
  /** Dateline place ("Dushanbe (TDI):" → Dushanbe). */
  dateline: field(z.string()),
  /** Byline (author or desk). */
  byline: field(z.string()),
  /** News agency the article credits. */
  agency: field(z.string()),
  /** `article` or `aggregator`. */
  kind: field(z.enum(['article', 'aggregator'])),
  /** Language (BCP 47). */
  language: field(z.string()),
  /** When the page was captured, if the page shows it (e.g. a date widget). */
  accessed: field(isoDate),
  /** Date of the event the source reports: stated in it, inferred from another source, or unknown. */
  eventDate: z.object({
    /** YYYY-MM-DD, or null when unknown. */
    value: isoDate.nullable(),
    /** `stated` (the source dates it), `inferred` (from another source), `unknown`. */
    provenance: z.enum(['stated', 'inferred', 'unknown']),
    /** Source it was inferred from. Default: none. */
    fromSource: z.string().optional(),
    /** How it was established, in words. */
    basis: z.string(),
  }),
  /**
   * The story the source tells (src/stories): its first source's id, shared by every source of
   * that story; null when it names too few people, places or organisations to place. Default: null.
   */
  story: z.string().nullable().default(null),
  /** Number of sentences in the cleaned body. */
  sentenceCount: z.number().int().nonnegative(),
  /** Every line the cleaner removed, with the rule that removed it. Default: []. */
  removed: z.array(z.object({ line: z.number().int(), text: z.string(), rule: z.string() })).default([]),
  /** Other outlets' articles an aggregator page lists, kept apart from its own text. Default: []. */
  related: z
    .array(z.object({ headline: z.string(), lede: z.string().nullable(), location: z.string().nullable() }))
    .default([]),
  /** An aggregator's coverage widget figures. Default: null. */
  coverage: z
    .object({
      totalSources: z.number().nullable(),
      bias: z.object({ left: z.number(), center: z.number(), right: z.number() }).nullable(),
    })
    .nullable()
    .default(null),
});

export type SourceEntry = z.infer<typeof sourceEntrySchema>;
