import { z } from 'zod';

/** Metadata an editor may give for a source, in front matter or in manifest.json. */
export const suppliedMetaSchema = z
  .object({
    /** Source id (letters, digits, `-`, `_`). Default: the file name without extension. */
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'use letters, digits, - and _ only').optional(),
    /** Original article URL. Default: unknown. */
    url: z.string().min(1).optional(),
    /** Outlet name. Default: found in the text, else the URL host. */
    outlet: z.string().min(1).optional(),
    /** Publication date YYYY-MM-DD, or null when known to be unknown. Default: found in the capture line or dateline. */
    published: z
      .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'), z.date().transform((d) => d.toISOString().slice(0, 10))])
      .nullable()
      .optional(),
    /** Language code, e.g. `en`. Default: inferred. */
    language: z.string().min(2).optional(),
    /** `article` or `aggregator`. Default: inferred from the page. */
    kind: z.enum(['article', 'aggregator']).optional(),
    /** Headline. Default: found in the text, else derived from the URL slug. */
    headline: z.string().min(1).optional(),
  })
  .strict();

export type SuppliedMetaInput = z.infer<typeof suppliedMetaSchema>;

/** One line per zod issue: `key: problem`. */
export function describeIssues(err: z.ZodError): string {
  return err.issues
    .map((i) => (i.code === 'unrecognized_keys' ? `unknown key ${i.keys.map((k) => `"${k}"`).join(', ')}` : `${i.path.join('.') || 'value'}: ${i.message}`))
    .join('; ');
}
