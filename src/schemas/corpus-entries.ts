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

export type Citation = z.infer<typeof citationSchema>;
export type TopicEntry = z.infer<typeof topicEntrySchema>;
export type EntityEntry = z.infer<typeof entityEntrySchema>;
