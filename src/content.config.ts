import { defineCollection } from 'astro:content';
import { sourceEntrySchema } from './schemas/source-entry.ts';
import { sourcesLoader } from './site/loader.ts';

export const collections = {
  sources: defineCollection({ loader: sourcesLoader(), schema: sourceEntrySchema }),
};
