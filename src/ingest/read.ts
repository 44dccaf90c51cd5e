import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { SourceInputError } from '../model/errors.ts';
import type { RawSource, SuppliedMeta } from '../model/types.ts';
import { checkSize, decodeSource, MAX_SOURCE_BYTES } from './decode.ts';
import { formatOf, SUPPORTED_EXTENSIONS } from './formats.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { htmlToText } from './html.ts';
import { idFromFile } from './list.ts';
import type { Manifest } from './manifest.ts';
import { SUPPLIED_FIELDS, type SuppliedMetaInput } from './meta-schema.ts';

/** Options of readSourceFile. */
export interface ReadOptions {
  /** Size limit in bytes (default 5 MB). */
  maxBytes?: number;
}

/**
 * Read one source file into a RawSource: size check, strict decoding, front
 * matter split and validated, HTML reduced to its article text, and supplied
 * metadata merged (front matter wins over the manifest, field by field).
 * `file` is the path relative to the sources folder, used in every message.
 */
export function readSourceFile(absPath: string, file: string, manifest?: Manifest, options: ReadOptions = {}): RawSource {
  return sourceFromBytes(readSourceBytes(absPath, file, options), file, manifest);
}

/** The bytes of one source file, after the type and size checks (so a cache can be keyed on them). */
export function readSourceBytes(absPath: string, file: string, options: ReadOptions = {}): Buffer {
  if (!formatOf(file)) throw new SourceInputError(file, 'unsupported file type', { hint: `use ${SUPPORTED_EXTENSIONS.join(', ')}` });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absPath);
  } catch (err) {
    throw new SourceInputError(file, 'file cannot be read (missing or no permission)', { cause: err });
  }
  checkSize(file, stat.size, options.maxBytes ?? MAX_SOURCE_BYTES);
  return fs.readFileSync(absPath);
}

/** SHA-256 (hex) of a source file's bytes, as RawSource.digest. */
export const digestOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Decode and split the bytes read by readSourceBytes into a RawSource (see readSourceFile). */
export function sourceFromBytes(bytes: Buffer, file: string, manifest?: Manifest): RawSource {
  const format = formatOf(file);
  if (!format) throw new SourceInputError(file, 'unsupported file type', { hint: `use ${SUPPORTED_EXTENSIONS.join(', ')}` });
  const decoded = decodeSource(file, bytes);

  let body: string;
  let firstLine = 1;
  let front: SuppliedMetaInput | null = null;
  if (format === 'html') {
    body = htmlToText(file, decoded).text;
  } else {
    const split = splitFrontMatter(file, decoded);
    ({ meta: front, body, bodyLine: firstLine } = split);
  }
  if (!body.trim()) throw new SourceInputError(file, 'has front matter but no article text', { hint: 'add the article text below the closing ---' });

  const listed = manifest?.get(file);
  return {
    id: front?.id ?? listed?.id ?? idFromFile(file),
    file,
    format,
    text: body,
    firstLine,
    meta: mergeSupplied(front, listed),
    digest: digestOf(bytes),
  };
}

/** Front matter over manifest, remembering per field which one supplied it. */
export function mergeSupplied(front: SuppliedMetaInput | null, listed: SuppliedMetaInput | undefined): SuppliedMeta {
  const out: SuppliedMeta = { origin: front ? 'front-matter' : listed ? 'manifest' : 'none', fields: {} };
  for (const key of SUPPLIED_FIELDS) {
    const from = front && front[key] !== undefined ? 'front-matter' : listed && listed[key] !== undefined ? 'manifest' : null;
    if (!from) continue;
    const value = (from === 'front-matter' ? front : listed)![key];
    Object.assign(out, { [key]: value });
    out.fields![key] = from;
  }
  return out;
}
