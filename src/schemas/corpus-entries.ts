import { z } from 'zod';

/**
 * Schemas of the corpus-level collections (topics, entities). Each entry carries
 * its citations: the source id, the sentence id (the anchor on the source page)
 * and the sentence quoted verbatim, so pages never need to look text up.
 */

export const citationSchema = z.object({
  /** Source id. */
  sourceId: z.string(),
  /** Sentence anchor id on the source page (`s-…`). */
  sentenceId: z.string(),
  /** The sentence, verbatim. */
  text: z.string(),
});

/**
 * Values a quoted sentence gives, as it writes them, verbatim: an event claim's place, day or edition
 * ("Dushanbe", "second"), a disagreement's disputed value ("two-day", "$45 billion"). Default: absent
 * (none, or one the sentence does not write, e.g. a date resolved from elsewhere).
 */
const writtenValues = z.array(z.string()).optional();

/** A claim's citation: the sentence, and the part of it the claim rests on when that is not all of it. */
export const claimQuoteSchema = citationSchema.extend({
  /** The clauses of the sentence the claim rests on, verbatim, in the sentence. Default: absent (the whole sentence). */
  clauses: z.array(z.string()).optional(),
  /** An event claim's values as the sentence writes them (see writtenValues). */
  values: writtenValues,
});

export const topicEntrySchema = z.object({
  /** Topic id from content/taxonomy.yaml. */
  id: z.string(),
  /** Display label. */
  label: z.string(),
  /** What the topic covers. */
  description: z.string(),
  /** Sources tagged with the topic, highest score first. Default: []. */
  sources: z
    .array(
      z.object({
        sourceId: z.string(),
        /** Share of the source's sentences that mention the topic (0–1). */
        score: z.number(),
        /** Terms that matched. */
        terms: z.array(z.string()),
        /** The sentences behind the tag. */
        sentences: z.array(citationSchema),
      }),
    )
    .default([]),
});

export const entityEntrySchema = z.object({
  /** Corpus-wide entity id (gazetteer id, else a slug of the name). */
  id: z.string(),
  /** Canonical name. */
  name: z.string(),
  /** person, place or organization. */
  type: z.enum(['person', 'place', 'organization']),
  /** True when the editor's gazetteer knows it; false when found by NLP. */
  gazetteer: z.boolean(),
  /** Ids of the sources that mention it. */
  sources: z.array(z.string()),
  /** Every mention: the citation plus the words as written. */
  mentions: z.array(citationSchema.extend({ surface: z.string() })),
});

/**
 * An entity as its collection stores it for the site's pages: what the pages show, not every
 * mention (briefing.json keeps those). At thousands of sources, every mention of every name was
 * over half of Astro's data store, which the build holds in memory more than once.
 */
export const entityPageSchema = entityEntrySchema.omit({ mentions: true }).extend({
  /** How many mentions it has in all. */
  mentionCount: z.number(),
  /** Whether it gets a page of its own (the most widely named; see src/site/page-limits.ts). Default: false. */
  page: z.boolean().default(false),
  /** The sources its page quotes, each with its mentions there, in page order. Empty without a page. Default: []. */
  quoted: z.array(z.object({ sourceId: z.string(), items: z.array(citationSchema.extend({ surface: z.string() })) })).default([]),
  /** Further sources its page links without quoting. Default: []. */
  linked: z.array(z.string()).default([]),
  /** Sources its page neither quotes nor links (counted only). Default: 0. */
  omitted: z.number().default(0),
});

export type Citation = z.infer<typeof citationSchema>;
export type TopicEntry = z.infer<typeof topicEntrySchema>;
export type EntityEntry = z.infer<typeof entityEntrySchema>;
export type EntityPageEntry = z.infer<typeof entityPageSchema>;

export const claimEntrySchema = z.object({
  /** Stable claim id (hash of its basis, facets and representative sentence). */
  id: z.string(),
  /** Why its sentences were grouped: similar wording, a leftover detail, or the same event fact. */
  basis: z.enum(['similar', 'detail', 'event']),
  /** Event facets the sources agree on, in a reader's words ("summit · place · Dushanbe", "summit · day · Thursday, 9 October 2025"). Default: []. */
  facets: z.array(z.string()).default([]),
  /** The representative sentence, verbatim (with the part the claim rests on). */
  representative: claimQuoteSchema,
  /** Every supporting sentence (each with the part the claim rests on). */
  supports: z.array(claimQuoteSchema),
  /** Distinct sources reporting it. */
  sourceIds: z.array(z.string()),
  /** Topic ids of its sentences. */
  topics: z.array(z.string()),
  /** Corroboration: how many sources report it … */
  reportedBy: z.number().int(),
  /** … out of how many. */
  of: z.number().int(),
  /** Position in the briefing (0 first): most sources first; representatives were chosen in this order. */
  rank: z.number().int().nonnegative(),
});

/** A disagreement's citation: the sentence, and the value it gives as it writes it. */
export const disputedQuoteSchema = citationSchema.extend({
  /** The disputed value(s) as the sentence writes them (see writtenValues). */
  values: writtenValues,
});

export const disagreementSchema = z.object({
  /** What kind of value conflicts. */
  kind: z.string(),
  /** What the disagreement is about, in a few words ("summit: length"); part of its id. */
  about: z.string(),
  /** What is disputed, for headings. */
  subject: z.union([
    z.object({
      /** The event noun ("summit"). */
      event: z.string(),
      /** Which of its aspects. */
      aspect: z.enum(['length', 'day', 'edition']),
    }),
    z.object({
      /** The words the sides share that say what the figure measures, in the first side's order and forms. */
      words: z.array(z.string()),
      /** Those words' run in the first side's clause, verbatim, the figure elided ("ministry said … emergency workers had been deployed"). Null when it would run past ten words. */
      phrase: z.string().nullable(),
      /** The time the figures refer to ("2025", "last year", "by 2029"). Null when they name none. */
      time: z.string().nullable(),
    }),
  ]),
  /** Each side: its value in a reader's words (as written; a day read as a date in words, "Thursday, 9 October 2025") and its quotes. */
  sides: z.array(z.object({ value: z.string(), citations: z.array(disputedQuoteSchema) })),
  /** Claims involved. */
  claimIds: z.array(z.string()),
  /** Caveat for the reader. Default: none. */
  note: z.string().optional(),
});

/** A disagreement as the collection and briefing.json hold it. */
export const disagreementEntrySchema = disagreementSchema.extend({
  /** `d-` and a digest of the kind, subject and values disputed (stable as sources are added); `-2`, `-3` for the same dispute in other stories. */
  id: z.string(),
});
export type DisagreementEntry = z.infer<typeof disagreementEntrySchema>;

/** An event at a glance: what sources say of its place, day, edition and length, each value through its claim. */
export const eventSummarySchema = z.object({
  /** Event id: its noun, with `#<n>` when the corpus holds several events of that noun ("summit#2"). */
  id: z.string(),
  /** The event noun ("summit"). */
  noun: z.string(),
  /** Sources that mention the event. */
  sourceIds: z.array(z.string()),
  /** Its facets: places, then days, editions and lengths; most reported first within a kind. */
  facets: z.array(
    z.object({
      /** Which facet: where, when, which edition, how long. */
      kind: z.enum(['place', 'day', 'edition', 'length']),
      /** As the first source wrote it ("Dushanbe", "second"); a day the dates stage resolved is its ISO date, after the weekday the source wrote if any ("Thursday (2025-10-09)"). */
      label: z.string(),
      /** A day read as a date (YYYY-MM-DD). Default: absent (other kinds, or a weekday the dates stage could not resolve). */
      day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      /** The weekday the first source wrote with that day ("Thursday"). Default: absent (none written). */
      weekday: z.string().optional(),
      /** The claim citing every sentence that states it (in `claims`). */
      claimId: z.string(),
      /** Distinct sources stating it. */
      reportedBy: z.number().int().positive(),
    }),
  ),
});
export type EventSummaryEntry = z.infer<typeof eventSummarySchema>;

/**
 * Sources that report one story (src/stories): claims, events and
 * disagreements never cross stories. A source naming fewer than two entities
 * is in none (it is compared with every story).
 */
export const storySchema = z.object({
  /** The story's first source id. */
  id: z.string(),
  /** Its sources, sorted. */
  sourceIds: z.array(z.string()).min(1),
});

export type ClaimEntry = z.infer<typeof claimEntrySchema>;

export const eventEntrySchema = z.object({
  /** Stable id derived from the date and label. */
  id: z.string(),
  /** When: ISO at the precision the text gives ("2024", "2025-10-09"); ranges have an end year. */
  date: z.object({
    start: z.string(),
    /** Last year of a range or decade. Default: none. */
    end: z.string().optional(),
    /** day, month, year, approximate-year, year-range or decade. */
    precision: z.enum(['day', 'month', 'year', 'approximate-year', 'year-range', 'decade']),
    /** Set when the text only bounds the event ("by 2030", "since 2019"). Default: none. */
    bound: z.enum(['until', 'by', 'since', 'before', 'after']).optional(),
  }),
  /** Short label: words taken verbatim from one cited sentence. */
  label: z.string(),
  /** Every sentence that reports it, quoted, with how that sentence dates it. */
  citations: z.array(citationSchema.extend({ expression: z.string().nullable(), basis: z.string() })),
  /** Sources that report it. */
  sourceIds: z.array(z.string()),
  /** Topics of its sentences. Default: []. */
  topics: z.array(z.string()).default([]),
});

export type EventEntry = z.infer<typeof eventEntrySchema>;
