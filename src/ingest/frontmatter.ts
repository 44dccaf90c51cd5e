import YAML from 'yaml';
import { SourceInputError } from '../model/errors.ts';
import { describeIssues, suppliedMetaSchema, type SuppliedMetaInput } from './meta-schema.ts';

/** Split YAML front matter (`---` … `---` at the top) from the body, validating it. */
export function splitFrontMatter(file: string, text: string): { meta: SuppliedMetaInput | null; body: string; bodyLine: number } {
  if (!/^---[ \t]*\n/.test(text)) return { meta: null, body: text, bodyLine: 1 };
  const end = /\n---[ \t]*(\n|$)/.exec(text.slice(3));
  if (!end) throw new SourceInputError(file, 'front matter starts with --- but never ends', { hint: 'close it with a line of ---' });
  const yamlText = text.slice(4, 3 + end.index + 1);
  const body = text.slice(3 + end.index + end[0].length);
  let data: unknown;
  try {
    data = YAML.parse(yamlText);
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new SourceInputError(file, `broken front matter: ${msg}`, { hint: 'fix the YAML between the --- lines', cause: err });
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new SourceInputError(file, 'front matter is not a key: value mapping');
  const parsed = suppliedMetaSchema.safeParse(data);
  if (!parsed.success) throw new SourceInputError(file, `invalid front matter: ${describeIssues(parsed.error)}`, { cause: parsed.error });
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  return { meta: parsed.data, body, bodyLine };
}
