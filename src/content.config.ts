import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { briefingJson, disagreementEntries, disagreementEntrySchema } from './emit/briefing-data.ts';
import { briefingFile } from './emit/briefing-mdx.ts';
import { claimEntries, entityEntries, eventEntries, topicEntries } from './emit/corpus-entries.ts';
import { sourceFiles } from './emit/source-mdx.ts';
import { claimEntrySchema, entityEntrySchema, eventEntrySchema, topicEntrySchema } from './schemas/corpus-entries.ts';
import { sourceEntrySchema } from './schemas/source-entry.ts';
import { BRIEFING_DATA_FILE } from './site/config.ts';
import { corpusLoader } from './site/corpus-loader.ts';
import type { KeyedFile } from './site/generate.ts';
import { generatedMdxLoader } from './site/loader.ts';

export const collections = {
  sources: defineCollection({
    loader: generatedMdxLoader('sources', sourceFiles),
    schema: sourceEntrySchema,
  }),
  briefing: defineCollection({
    // briefing.json (every claim, for dist/briefing.json) is written beside the page, not stored as a collection.
    loader: generatedMdxLoader('briefing', (r) => new Map<string, string | KeyedFile>([['briefing.mdx', briefingFile(r)], [BRIEFING_DATA_FILE, briefingJson(r)]])),
    schema: z.object({
      /** Number of sources. */
      sources: z.number(),
      /** Number of claims. */
      claims: z.number(),
      /** Claims reported by two or more sources. */
      corroborated: z.number(),
      /** Flagged disagreements. */
      disagreements: z.number(),
    }),
  }),
  topics: defineCollection({
    loader: corpusLoader('topics', (r) => topicEntries(r.records, r.analysis, r.config.taxonomy)),
    schema: topicEntrySchema,
  }),
  claims: defineCollection({
    // Only what pages show: facts reported by two or more outlets. Every claim is in briefing.json.
    loader: corpusLoader('claims', (r) => claimEntries(r.analysis).filter((c) => c.reportedBy > 1)),
    schema: claimEntrySchema,
  }),
  disagreements: defineCollection({
    loader: corpusLoader('disagreements', disagreementEntries),
    schema: disagreementEntrySchema,
  }),
  events: defineCollection({
    loader: corpusLoader('events', (r) => eventEntries(r.records, r.analysis)),
    schema: eventEntrySchema,
  }),
  entities: defineCollection({
    loader: corpusLoader('entities', (r) => entityEntries(r.records, r.analysis)),
    schema: entityEntrySchema,
  }),
};
