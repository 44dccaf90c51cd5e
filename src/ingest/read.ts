import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SourceInputError } from '../model/errors.ts';
import type { RawSource, SourceFormat, SuppliedMeta } from '../model/types.ts';
import { decodeSource, MAX_SOURCE_BYTES } from './decode.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { htmlToText } from './html.ts';
import type { Manifest } from './manifest.ts';
import type { SuppliedMetaInput } from './meta-schema.ts';

const FORMATS: Record<string, SourceFormat> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' };

/** Supported source files in `dir`, sorted (manifest, dotfiles and READMEs excluded). */
export function listSourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) throw new SourceInputError(dir, 'sources folder does not exist', { hint: 'create it and add article files' });
  return fs
    .readdirSync(dir)
    .filter((f) => !f.startsWith('.') && !/^readme\.md$/i.test(f) && FORMATS[path.extname(f).toLowerCase()] !== undefined)
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

/** File name → a URL-safe id (the file stem, with other characters folded to `-`). */
export function idFromFile(file: string): string {
  const stem = path.basename(file, path.extname(file));
  return stem.normalize('NFKD').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'source';
}

/** Read one source file: decode, split front matter, extract HTML, merge supplied metadata. */
export function readSourceFile(absPath: string, file: string, manifest?: Manifest, maxBytes = MAX_SOURCE_BYTES): RawSource {
  const format = FORMATS[path.extname(file).toLowerCase()];
  if (!format) throw new SourceInputError(file, 'unsupported file type', { hint: 'use .txt, .md or .html' });
  const size = fs.statSync(absPath).size;
  if (size > maxBytes) decodeSource(file, new Uint8Array(size), maxBytes); // throws the size error without reading it all
  const bytes = fs.readFileSync(absPath);
  const decoded = decodeSource(file, bytes, maxBytes);
  const { meta: front, body, bodyLine } = format === 'html' ? { meta: null, body: decoded, bodyLine: 1 } : splitFrontMatter(file, decoded);
  const text = format === 'html' ? htmlToText(file, body).text : body;
  if (!text.trim()) throw new SourceInputError(file, 'has front matter but no article text');
  const listed = manifest?.get(file);
  return {
    id: front?.id ?? listed?.id ?? idFromFile(file),
    file,
    format,
    text,
    firstLine: bodyLine,
    meta: supplied(front, listed),
    digest: createHash('sha256').update(bytes).digest('hex'),
  };
}

function supplied(front: SuppliedMetaInput | null, listed: SuppliedMetaInput | undefined): SuppliedMeta {
  const origin = front ? 'front-matter' : listed ? 'manifest' : 'none';
  const merged = { ...listed, ...front };
  const { id: _id, ...rest } = merged;
  const fields: SuppliedMeta['fields'] = {};
  for (const k of ['url', 'outlet', 'published', 'language', 'kind', 'headline'] as const) {
    if (front && k in front) fields[k] = 'front-matter';
    else if (listed && k in listed) fields[k] = 'manifest';
  }
  return { ...rest, origin, fields } as SuppliedMeta;
}

/** Two sources with one id would overwrite each other's page: stop with both names. */
export function checkDuplicateIds(raws: RawSource[]): void {
  const seen = new Map<string, string>();
  for (const r of raws) {
    const other = seen.get(r.id);
    if (other) throw new SourceInputError(r.file, `has the same id "${r.id}" as ${other}`, { hint: 'give one of them another `id` in its front matter' });
    seen.set(r.id, r.file);
  }
}
