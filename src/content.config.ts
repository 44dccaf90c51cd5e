import { defineCollection } from 'astro:content';
import { entityEntries, topicEntries } from './emit/corpus-entries.ts';
import { entityEntrySchema, topicEntrySchema } from './schemas/corpus-entries.ts';
import { sourceEntrySchema } from './schemas/source-entry.ts';
import { corpusLoader } from './site/corpus-loader.ts';
import { sourcesLoader } from './site/loader.ts';

export const collections = {
  sources: defineCollection({ loader: sourcesLoader(), schema: sourceEntrySchema }),
  topics: defineCollection({
    loader: corpusLoader('topics', (r) => topicEntries(r.records, r.analysis, r.config.taxonomy)),
    schema: topicEntrySchema,
  }),
  entities: defineCollection({
    loader: corpusLoader('entities', (r) => entityEntries(r.records, r.analysis)),
    schema: entityEntrySchema,
  }),
};
