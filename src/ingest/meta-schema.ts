import { z } from 'zod';

/** True for real days; other shapes pass here because the format check already reports them. */
const isCalendarDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return true;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
};

const text = z.string().trim().min(1, 'must not be empty');

/**
 * Metadata an editor may give for a source, in front matter or in
 * manifest.json. Strict: a misspelt key would otherwise be ignored silently.
 */
export const suppliedMetaSchema = z.strictObject({
  /** Source id (letters, digits, `-`, `_`). Default: the file name without extension. */
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'use letters, digits, - and _ only').optional(),
  /** Original article URL. Default: unknown. */
  url: text.optional(),
  /** Outlet name. Default: named by the page itself (its text, copyright line, author bio or comments disclaimer), else the URL host. */
  outlet: text.optional(),
  /** Publication date YYYY-MM-DD, or null when known to be unknown. Default: capture line or dateline. */
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD (or null)')
    .refine(isCalendarDate, 'is not a real calendar date')
    .nullable()
    .optional(),
  /** Language code, e.g. `en`, `en-GB`. Default: inferred. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language code like "en" or "en-GB"').optional(),
  /** `article` or `aggregator`. Default: inferred from the page. */
  kind: z.enum(['article', 'aggregator']).optional(),
  /** Headline. Default: found in the text, else derived from the URL slug. */
  headline: text.optional(),
});

/** Supplied metadata as validated (before merging front matter and manifest). */
export type SuppliedMetaInput = z.infer<typeof suppliedMetaSchema>;

/** The supplied-metadata keys that become SourceMetadata fields (everything but `id`). */
export const SUPPLIED_FIELDS = ['url', 'outlet', 'published', 'language', 'kind', 'headline'] as const;

/** Zod issues as one readable clause each: `unknown key "author"`, `published: must be …`. */
export function describeIssues(err: z.ZodError): string {
  return err.issues
    .map((i) =>
      i.code === 'unrecognized_keys'
        ? `unknown key ${i.keys.map((k) => `"${[...i.path, k].join('.')}"`).join(', ')}`
        : `${i.path.join('.') || 'value'}: ${i.message}`,
    )
    .join('; ');
}
