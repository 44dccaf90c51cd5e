import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { briefingFile } from './emit/briefing-mdx.ts';
import { claimEntries, entityEntries, eventEntries, topicEntries } from './emit/corpus-entries.ts';
import { sourceFiles } from './emit/source-mdx.ts';
import { claimEntrySchema, disagreementSchema, entityEntrySchema, eventEntrySchema, topicEntrySchema } from './schemas/corpus-entries.ts';
import { sourceEntrySchema } from './schemas/source-entry.ts';
import { corpusLoader } from './site/corpus-loader.ts';
import { generatedMdxLoader } from './site/loader.ts';

export const collections = {
  sources: defineCollection({
    loader: generatedMdxLoader('sources', sourceFiles),
    schema: sourceEntrySchema,
  }),
  briefing: defineCollection({
    loader: generatedMdxLoader('briefing', (r) => new Map([['briefing.mdx', briefingFile(r)]])),
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
    loader: corpusLoader('claims', (r) => claimEntries(r.analysis)),
    schema: claimEntrySchema,
  }),
  disagreements: defineCollection({
    loader: corpusLoader('disagreements', (r) => r.analysis.disagreements.map((d, i) => ({ id: `d-${i + 1}`, ...d }))),
    schema: disagreementSchema.extend({ id: z.string() }),
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
