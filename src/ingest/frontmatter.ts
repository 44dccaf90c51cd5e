import YAML from 'yaml';
import { SourceInputError } from '../model/errors.ts';
import { describeIssues, suppliedMetaSchema, type SuppliedMetaInput } from './meta-schema.ts';

/** A file's text split at its front matter. */
export interface FrontMatterSplit {
  /** Validated front matter, or null when the file has none. */
  meta: SuppliedMetaInput | null;
  body: string;
  /** 1-based line number of the body's first line in the file. */
  bodyLine: number;
}

const KEYS_HINT = 'allowed keys: id, url, outlet, published, language, kind, headline';

/**
 * Split YAML front matter (`---` … `---` at the very top) from the body and
 * validate it. Text without a leading `---` line has no front matter.
 */
export function splitFrontMatter(file: string, text: string): FrontMatterSplit {
  if (!/^---[ \t]*\n/.test(text)) return { meta: null, body: text, bodyLine: 1 };
  const lines = text.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l));
  if (close < 0) throw new SourceInputError(file, 'front matter starts with --- but is never closed', { hint: 'end it with a line of ---' });
  const yamlText = lines.slice(1, close).join('\n');
  let data: unknown;
  try {
    data = YAML.parse(yamlText, { uniqueKeys: true });
  } catch (err) {
    const msg = (err instanceof Error ? err.message.split('\n')[0]! : String(err)).replace(/:\s*$/, '');
    throw new SourceInputError(file, `broken front matter: ${msg}`, { hint: 'fix the YAML between the --- lines', cause: err });
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new SourceInputError(file, 'front matter is not a list of key: value lines', { hint: KEYS_HINT });
  }
  const parsed = suppliedMetaSchema.safeParse(data);
  if (!parsed.success) {
    throw new SourceInputError(file, `invalid front matter: ${describeIssues(parsed.error)}`, { hint: KEYS_HINT, cause: parsed.error });
  }
  return { meta: parsed.data, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}
