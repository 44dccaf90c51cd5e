import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SourceInputError } from '../model/errors.ts';
import { describeIssues, suppliedMetaSchema, type SuppliedMetaInput } from './meta-schema.ts';

/** The manifest's file name, beside the sources. */
export const MANIFEST_FILE = 'manifest.json';

const entrySchema = suppliedMetaSchema.extend({
  /** File name in the sources folder. */
  file: z.string().min(1),
  /** Free text for editors. Ignored. */
  note: z.string().optional(),
});

const manifestSchema = z.strictObject({
  /** Free text about the manifest. Ignored. */
  about: z.string().optional(),
  sources: z.array(entrySchema),
});

/** File name → supplied metadata. */
export type Manifest = Map<string, SuppliedMetaInput>;

/**
 * Read `manifest.json` beside the sources, if there is one. Every entry must
 * name a file that exists: a typo would otherwise drop the metadata silently.
 */
export function readManifest(dir: string): Manifest | null {
  const abs = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(abs)) return null;
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(abs, 'utf8'));
  } catch (err) {
    throw new SourceInputError(MANIFEST_FILE, `is not valid JSON: ${(err as Error).message}`, { hint: 'fix the JSON syntax', cause: err });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new SourceInputError(MANIFEST_FILE, `invalid: ${describeIssues(parsed.error)}`, { cause: parsed.error });
  const out: Manifest = new Map();
  for (const { file, note: _note, ...meta } of parsed.data.sources) {
    if (out.has(file)) throw new SourceInputError(MANIFEST_FILE, `lists "${file}" twice`, { hint: 'keep one entry per file' });
    const inside = path.basename(file) === file;
    if (!inside || !fs.existsSync(path.join(dir, file))) {
      throw new SourceInputError(MANIFEST_FILE, `lists "${file}", which is not in the sources folder`, { hint: 'remove the entry or add the file' });
    }
    out.set(file, meta);
  }
  return out;
}
