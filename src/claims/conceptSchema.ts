import { z } from 'zod';
import { stem } from './text.ts';

/**
 * The concept lexicon (`content/lexicon.yaml`): general news vocabulary that
 * says one thing in several words ("hydropower" / "hydroelectric", "war" /
 * "conflict"). Claim grouping compares concepts where sentences use
 * different words for the same idea.
 */

// One lowercase word, optionally ending in `*` (any word starting so). No spaces: hyphenated forms are two words.
const word = z
  .string()
  .trim()
  .min(2)
  .refine((w) => /^[\p{Ll}\p{M}\p{N}]+\*?$/u.test(w), { message: 'must be one lowercase word, optionally ending in * (no spaces or hyphens)' });

export const conceptSchema = z.object({
  /** Stable id (lowercase letters, digits, hyphens). Required. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens'),
  /** Words that name the concept; inflections are covered ("currency" covers "currencies"). At least two. */
  words: z.array(word).min(2, 'needs at least two words (one word alone maps nothing onto anything)'),
  /**
   * The words are one thing only as what a figure counts ("1,500 houses", "1,500 homes";
   * "1,450 rescuers", "1,450 emergency workers"), not as words of the sentence, for words
   * with other senses ("flew home", "publishing houses"). Default false: one thing wherever they appear.
   */
  counted: z.boolean().optional(),
  /**
   * Names a set of concepts that are different things a figure can count ("killed",
   * "injured", "missing" in `casualties`): a figure said of one is never the same
   * figure as one said of another ("160 killed" is not "157 injured"). Default: none.
   */
  contrast: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens').optional(),
});

export const lexiconSchema = z
  .object({
    /** The concepts. Required; ids unique, and a word belongs to one concept only. */
    concepts: z.array(conceptSchema).min(1),
  })
  .superRefine((lex, ctx) => {
    const ids = new Set<string>();
    const owner = new Map<string, string>();
    const contrasts = new Map<string, number[]>();
    lex.concepts.forEach((c, i) => c.contrast && contrasts.set(c.contrast, [...(contrasts.get(c.contrast) ?? []), i]));
    for (const [name, at] of contrasts) {
      if (at.length === 1) ctx.addIssue({ code: 'custom', path: ['concepts', at[0] as number, 'contrast'], message: `contrast "${name}" has this concept only: a contrast sets two or more concepts apart` });
    }
    lex.concepts.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['concepts', i, 'id'], message: `duplicate id "${c.id}"` });
      ids.add(c.id);
      c.words.forEach((w, k) => {
        // Two spellings with one stem ("currency", "currencies") are the same entry twice: harmless within a concept, ambiguous across two.
        const key = w.endsWith('*') ? w : stem(w);
        const prev = owner.get(key);
        if (prev !== undefined && prev !== c.id) {
          ctx.addIssue({ code: 'custom', path: ['concepts', i, 'words', k], message: `"${w}" already belongs to concept "${prev}"` });
        }
        owner.set(key, c.id);
      });
    });
  });

/** One validated concept. */
export type Concept = z.infer<typeof conceptSchema>;
/** The validated concept lexicon. */
export type Lexicon = z.infer<typeof lexiconSchema>;
