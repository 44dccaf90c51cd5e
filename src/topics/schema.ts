import { z } from 'zod';

/**
 * The topic taxonomy (`content/taxonomy.yaml`): editor-editable data, so the
 * tagger's code never names a topic or a word of any article.
 */

/**
 * A term: one or more lowercase words separated by spaces. A trailing `*` on a
 * word makes it a prefix ("sanction*" matches sanctions, sanctioned); a word
 * without `*` also matches its plural in -s/-es. Hyphens and apostrophes are
 * word separators, as in the tokenizer ("counter-terror*").
 */
const term = z
  .string()
  .min(1)
  .refine((t) => t === t.toLowerCase(), { message: 'must be lowercase' })
  .refine((t) => /^[\p{L}\p{M}\p{N}]+\*?(?:[ \-'][\p{L}\p{M}\p{N}]+\*?)*$/u.test(t.trim()), {
    message: 'must be words separated by single spaces or hyphens, with `*` only at the end of a word',
  });

export const topicSchema = z.object({
  /** Stable id used in URLs and data (lowercase, digits, hyphens). Required. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens'),
  /** Human label shown on pages. Required. */
  label: z.string().min(1),
  /** One line saying what belongs to the topic (for editors and tooltips). Default: ''. */
  description: z.string().default(''),
  /** Words and phrases that signal the topic (see `term`). Required, at least one. */
  terms: z.array(term).min(1),
});

export const thresholdSchema = z.object({
  /**
   * Evidence a source needs before it is tagged: the number of distinct
   * (sentence, term) matches. 2 means one passing word never tags a source.
   * Default: 2.
   */
  minEvidence: z.number().int().min(1).default(2),
});

export const taxonomySchema = z
  .object({
    /** When a source counts as being about a topic. Default: `{ minEvidence: 2 }`. */
    threshold: thresholdSchema.default({ minEvidence: 2 }),
    /** The topics, in display order. Required, at least one; ids must be unique. */
    topics: z.array(topicSchema).min(1),
  })
  .superRefine((tax, ctx) => {
    const seen = new Set<string>();
    tax.topics.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['topics', i, 'id'], message: `duplicate topic id "${t.id}"` });
      seen.add(t.id);
    });
  });

/** One topic after validation (defaults applied). */
export type Topic = z.infer<typeof topicSchema>;
/** The validated taxonomy. */
export type Taxonomy = z.infer<typeof taxonomySchema>;
