import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { TMP_MARK, writeAtomically } from './atomic-write.ts';
import { BackgroundWriter } from './file-writer.ts';
import type { SourceResult } from './source-stage.ts';

/** Fewest entries worth a writer thread (its start costs tens of milliseconds). */
export const BACKGROUND_MIN = 40;

/** What one cache file holds. */
interface CacheFile {
  key: string;
  file: string;
  result: SourceResult;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
/** What one cache file holds. */
const fileContent = (file: string, key: string, result: SourceResult) => JSON.stringify({ key, file, result } satisfies CacheFile);

/**
 * Per-source results on disk between builds (`<generated>/cache/sources/`),
 * one JSON file per source file, so adding a source to a large corpus only
 * processes that source. An entry is used only when its key matches the file's
 * bytes, its manifest entry and the pipeline version; anything unreadable,
 * corrupt or stale is ignored and rebuilt, never trusted.
 */
export class SourceCache {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = path.join(dir, 'sources');
  }

  /** The key of a source's results: its bytes, name and supplied metadata, and the code that processes it. */
  static key(version: string, file: string, digest: string, listed: unknown): string {
    return sha(JSON.stringify([version, file, digest, listed ?? null]));
  }

  #path(file: string): string {
    return path.join(this.#dir, `${sha(file).slice(0, 32)}.json`);
  }

  /** The cached results for `file` under `key`, or null (missing, stale or unreadable). */
  get(file: string, key: string): SourceResult | null {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(this.#path(file), 'utf8'));
    } catch {
      return null;
    }
    const entry = parsed as Partial<CacheFile> | null;
    return entry && entry.key === key && entry.file === file && isResult(entry.result) ? entry.result : null;
  }

  /** Store results; a failed write only costs the next build time, so it is not an error. */
  set(file: string, key: string, result: SourceResult): void {
    writeAtomically(this.#path(file), fileContent(file, key, result));
  }

  /**
   * Store many results: from BACKGROUND_MIN entries on a thread of their own, so
   * the build goes on while they are written (a get() may miss them meanwhile).
   */
  setAll(entries: readonly { file: string; key: string; result: SourceResult }[]): void {
    if (entries.length < BACKGROUND_MIN) {
      for (const e of entries) this.set(e.file, e.key, e.result);
      return;
    }
    const writer = new BackgroundWriter();
    for (const { file, key, result } of entries) writer.write(this.#path(file), fileContent(file, key, result));
    writer.end();
  }

  /** Delete entries of files no longer in the sources folder. */
  prune(files: readonly string[]): void {
    const keep = new Set(files.map((f) => path.basename(this.#path(f))));
    let names: string[];
    try {
      names = fs.readdirSync(this.#dir);
    } catch {
      return;
    }
    // This build's own temporary files may still be on their way into place.
    for (const name of names) if (!keep.has(name) && !name.includes(TMP_MARK)) fs.rmSync(path.join(this.#dir, name), { force: true });
  }
}

/** Enough of the shape to be sure the entry was written by this code (the key covers the version). */
function isResult(value: unknown): value is SourceResult {
  const r = value as SourceResult | undefined;
  return (
    !!r &&
    typeof r.nlp === 'object' &&
    r.nlp !== null &&
    typeof r.record?.raw?.id === 'string' &&
    Array.isArray(r.record.sentences) &&
    Array.isArray(r.record.article?.blocks) &&
    typeof r.record.meta === 'object' &&
    r.record.sentences.every((s) => typeof s?.text === 'string' && Array.isArray(r.nlp[s.text]?.ner))
  );
}
