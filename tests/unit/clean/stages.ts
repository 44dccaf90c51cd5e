/**
 * Test helper: the first three stages run directly (ingest → clean →
 * metadata) over a folder, without the rest of the pipeline, plus the text
 * views the assertions need.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cleanArticle } from '../../../src/clean/index.ts';
import { checkDuplicateIds, listSourceFiles, readManifest, readSourceFile } from '../../../src/ingest/index.ts';
import { extractMetadata } from '../../../src/metadata/index.ts';
import type { CleanArticle, RawSource, SourceMetadata } from '../../../src/model/types.ts';
import { ROOT } from '../../helpers/gold.ts';

export const INPUTS = path.join(ROOT, 'tests/fixtures/inputs');

export interface Staged {
  raw: RawSource;
  clean: CleanArticle;
  meta: SourceMetadata;
}

/** Every source in `dir` through ingest, clean and metadata. */
export function runDir(dir: string): Staged[] {
  const manifest = readManifest(dir) ?? undefined;
  const raws = listSourceFiles(dir).map((f) => readSourceFile(path.join(dir, f), f, manifest));
  checkDuplicateIds(raws);
  return raws.map((raw) => {
    const clean = cleanArticle(raw);
    return { raw, clean, meta: extractMetadata(raw, clean) };
  });
}

/** Spacing folded (NBSPs too), for comparing with hand-written expectations. */
export const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** The article's own text: every block (headings, paragraphs, list items), one per line, folded. */
export const bodyOf = (c: CleanArticle) =>
  c.blocks.map((b) => (b.type === 'list' ? b.items.map((i) => fold(i.text)).join('\n') : fold(b.text))).join('\n');

/** Input line numbers of the kept blocks. */
export const keptLines = (c: CleanArticle) => c.blocks.flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.line) : [b.line]));

/**
 * Non-empty input lines (1-based) that are neither kept in a block, nor in
 * `removed`, nor the headline: must be empty for a complete audit.
 */
export function unaccounted(absPath: string, c: CleanArticle): string[] {
  const lines = fs.readFileSync(absPath, 'utf8').replace(/\r\n?/g, '\n').split('\n');
  const removed = new Set(c.removed.map((r) => r.line));
  const kept = new Set(keptLines(c));
  const headline = c.headline === null ? null : fold(c.headline);
  return lines.flatMap((line, i) => {
    const t = fold(line.replace(/^#+\s/, ''));
    if (!t || t === '---' || removed.has(i + 1) || kept.has(i + 1) || t === headline) return [];
    return [`${i + 1}: ${line}`];
  });
}
