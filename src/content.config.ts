import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { briefingJson } from './emit/briefing-data.ts';
import { briefingFile } from './emit/briefing-mdx.ts';
import { corpusEntries } from './emit/corpus-entries.ts';
import { entityPageEntries } from './emit/entity-pages.ts';
import { claimEntrySchema, disagreementEntrySchema, entityPageSchema, eventEntrySchema, topicEntrySchema } from './schemas/corpus-entries.ts';
import { sourceEntrySchema } from './schemas/source-entry.ts';
import { BRIEFING_DATA_FILE } from './site/config.ts';
import { corpusLoader } from './site/corpus-loader.ts';
import type { KeyedFile } from './site/generate.ts';
import { generatedMdxLoader } from './site/loader.ts';
import { sourcesLoader } from './site/source-loader.ts';

export const collections = {
  sources: defineCollection({
    loader: sourcesLoader(),
    schema: sourceEntrySchema,
  }),
  briefing: defineCollection({
    // briefing.json (every claim, for dist/briefing.json) is written beside the page, not stored as a collection.
    loader: generatedMdxLoader('briefing', (r) => new Map<string, string | KeyedFile>([['briefing.mdx', briefingFile(r)], [BRIEFING_DATA_FILE, briefingJson(r)]])),
    schema: z.object({
      /** Number of sources. */
      sources: z.number(),
      /** Events shown "at a glance" at the top of the page. Default: 0. */
      eventCards: z.number().default(0),
      /**
       * The first event card's best reported place (what the overview states): how many sources report it,
       * out of how many telling its story. Null when none. Default: null.
       */
      place: z.object({ label: z.string(), reportedBy: z.number(), of: z.number() }).nullable().default(null),
      /**
       * The story the overview speaks of when there are several: the one its place is reported in, else
       * the largest (its first source's id; see SourceEntry.story). Null when no source is placed. Default: null.
       */
      story: z.string().nullable().default(null),
      /** Number of claims. */
      claims: z.number(),
      /** Claims reported by two or more sources. */
      corroborated: z.number(),
      /** Flagged disagreements. */
      disagreements: z.number(),
      /** Stories the sources report (src/stories); facts, events and disagreements never mix two. Default: 1. */
      stories: z.number().default(1),
    }),
  }),
  topics: defineCollection({
    loader: corpusLoader('topics', (r) => corpusEntries(r).topics),
    schema: topicEntrySchema,
  }),
  claims: defineCollection({
    // Only what pages show: facts reported by two or more outlets. Every claim is in briefing.json.
    loader: corpusLoader('claims', (r) => corpusEntries(r).claims.filter((c) => c.reportedBy > 1)),
    schema: claimEntrySchema,
  }),
  disagreements: defineCollection({
    loader: corpusLoader('disagreements', (r) => corpusEntries(r).disagreements),
    schema: disagreementEntrySchema,
  }),
  events: defineCollection({
    loader: corpusLoader('events', (r) => corpusEntries(r).events),
    schema: eventEntrySchema,
  }),
  entities: defineCollection({
    // What the pages show; every mention of every entity is in briefing.json.
    loader: corpusLoader('entities', (r) => entityPageEntries(corpusEntries(r).entities)),
    schema: entityPageSchema,
  }),
};
