import { z } from 'zod';

/**
 * The gazetteer (`content/gazetteer.yaml`): editor-curated names, so common
 * people, places and organisations are recognised reliably and under one
 * canonical name whatever form the article uses.
 */

const name = z.string().trim().min(1).refine((s) => /[\p{L}\p{N}]/u.test(s), { message: 'must contain a letter or digit' });

export const gazetteerEntrySchema = z.object({
  /** Stable id used in URLs and data (lowercase letters, digits, hyphens). Required. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens'),
  /** Canonical name shown on pages; also matched in text. Required. */
  name,
  /** person, place or organization. Required. */
  type: z.enum(['person', 'place', 'organization']),
  /**
   * Other names for the same entity, matched like the name (case matters for
   * capitalised words; all-capital acronyms must be written in capitals).
   * Default: [].
   */
  aliases: z.array(name).default([]),
  /**
   * Adjectives and demonyms ("Russian", "Tajik") that refer to the entry but
   * are not a mention of it: they are recognised only so they never become
   * entities of their own. Default: [].
   */
  demonyms: z.array(name).default([]),
});

export const gazetteerSchema = z
  .object({
    /**
     * Capitalised words that are never names on their own ("President",
     * "Summit"); the NLP pass drops candidates made only of these. Default: [].
     */
    ignore: z.array(name).default([]),
    /** The entries. Required, at least one; ids must be unique and a name/alias may belong to one entry only. */
    entries: z.array(gazetteerEntrySchema).min(1),
  })
  .superRefine((gaz, ctx) => {
    const ids = new Set<string>();
    const owner = new Map<string, string>();
    gaz.entries.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `duplicate id "${e.id}"` });
      ids.add(e.id);
      for (const form of [e.name, ...e.aliases, ...e.demonyms]) {
        const prev = owner.get(form);
        if (prev !== undefined && prev !== e.id) {
          ctx.addIssue({ code: 'custom', path: ['entries', i], message: `"${form}" is already a name, alias or demonym of "${prev}"` });
        }
        owner.set(form, e.id);
      }
    });
  });

/** One validated gazetteer entry (defaults applied). */
export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;
/** The validated gazetteer. */
export type Gazetteer = z.infer<typeof gazetteerSchema>;
