import { parse } from 'yaml';
import type { z } from 'zod';
import fs from 'node:fs';
import path from 'node:path';
import { SourceInputError } from './errors.ts';

/**
 * Parse an editor-written YAML data file and validate it, turning the first
 * problem into one `SourceInputError` line that names the file and the entry
 * (by index and id/name), so the editor knows exactly what to fix.
 */
export function parseDataFile<S extends z.ZodType>(yamlText: string, file: string, schema: S): z.output<S> {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (err) {
    throw new SourceInputError(file, `is not valid YAML: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new SourceInputError(file, 'is invalid');
  throw new SourceInputError(file, `${describePath(data, issue.path)}: ${issue.message}`, {
    hint: 'edit that entry; see the comment at the top of the file for the format',
  });
}

/** "topics[3] (id "energy") → terms[2]" — array items are named by their id or name when they have one. */
export function describePath(data: unknown, path: readonly PropertyKey[]): string {
  if (!path.length) return 'the file';
  const parts: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === 'number') {
      const item = Array.isArray(node) ? node[key] : undefined;
      const label = labelOf(item);
      const last = parts.pop() ?? '';
      parts.push(`${last}[${key}]${label ? ` (${label})` : ''}`);
      node = item;
    } else {
      parts.push(String(key));
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return `entry ${parts.join(' → ')}`;
}

function labelOf(item: unknown): string | null {
  if (!item || typeof item !== 'object') return typeof item === 'string' ? JSON.stringify(item) : null;
  const rec = item as Record<string, unknown>;
  for (const k of ['id', 'name']) if (typeof rec[k] === 'string') return `${k} "${rec[k]}"`;
  return null;
}

/**
 * Read an editor-written YAML data file (taxonomy, gazetteer, lexicon) under
 * `root` and validate it. `file` labels errors; `what` names the file in the
 * fix hint when it cannot be read.
 */
export function readDataFile<S extends z.ZodType>(root: string, file: string, schema: S, what: string): z.output<S> {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(root, file), 'utf8');
  } catch (err) {
    throw new SourceInputError(file, 'cannot be read', { cause: err, hint: `restore the ${what} file` });
  }
  return parseDataFile(text, file, schema);
}
