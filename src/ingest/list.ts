import fs from 'node:fs';
import path from 'node:path';
import { SourceInputError } from '../model/errors.ts';
import type { RawSource } from '../model/types.ts';
import { formatOf, isBesideSources, SUPPORTED_EXTENSIONS } from './formats.ts';
import { MANIFEST_FILE } from './manifest.ts';

/** Files that live beside the sources but are not sources. */
const isIgnored = (f: string) => isBesideSources(f) || f === MANIFEST_FILE;

/**
 * Source files in `dir`, sorted by name (so ids and page order are stable).
 * Any other file is an error rather than skipped: an editor who drops in a
 * `.docx` must hear that it was not read.
 */
export function listSourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) throw new SourceInputError(dir, 'sources folder does not exist', { hint: 'create it and add article files' });
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || isIgnored(entry.name)) continue;
    if (!formatOf(entry.name)) {
      throw new SourceInputError(entry.name, `unsupported file type "${path.extname(entry.name) || '(none)'}"`, {
        hint: `use ${SUPPORTED_EXTENSIONS.join(', ')}, or move the file out of the sources folder`,
      });
    }
    files.push(entry.name);
  }
  return files.sort();
}

/** File name → a URL-safe id (the file stem, other characters folded to `-`). */
export function idFromFile(file: string): string {
  const stem = path.basename(file, path.extname(file));
  return stem.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'source';
}

/** Two sources with one id would overwrite each other's page: stop and name both files. */
export function checkDuplicateIds(raws: readonly Pick<RawSource, 'id' | 'file'>[]): void {
  const seen = new Map<string, string>();
  for (const r of raws) {
    const other = seen.get(r.id);
    if (other !== undefined) {
      throw new SourceInputError(r.file, `has the same id "${r.id}" as ${other}`, { hint: `give one of them another \`id\` in its front matter` });
    }
    seen.set(r.id, r.file);
  }
}
