import path from 'node:path';
import { checkDuplicateIds, digestOf, listSourceFiles, readManifest, readSourceBytes, sourceFromBytes } from '../ingest/index.ts';
import type { RawSource } from '../model/types.ts';
import { pipelineVersion } from './cache-version.ts';
import { mapOn, openPool, type ParallelOptions } from './parallel.ts';
import { sentenceNlp } from './sentence-nlp.ts';
import { SourceCache } from './source-cache.ts';
import { timed } from './timings.ts';
import type { SourceRecord, SourceResult } from './source-stage.ts';

export type { SourceRecord } from './source-stage.ts';

/** Options of readSources. */
export interface ReadSourcesOptions {
  /** Folder for per-source results between builds (e.g. `.generated/cache`); none: memory only. */
  cacheDir?: string;
}

/**
 * Per-source results by cache key, for rebuilds in one process (dev server,
 * several collections of one build): only files whose bytes changed are redone.
 */
let memory = new Map<string, SourceResult>();

/** Forget the in-process results (the disk cache stays). */
export function forgetSources(): void {
  memory = new Map();
}

/** Read, clean and segment every source in `dir`. Throws SourceInputError on bad input. */
export function readSources(dir: string, options: ReadSourcesOptions = {}): SourceRecord[] {
  const manifest = readManifest(dir);
  const files = listSourceFiles(dir);
  const disk = options.cacheDir ? new SourceCache(options.cacheDir) : null;
  const version = pipelineVersion();

  // In file order, so the first bad file is the one reported; bad files are never cached.
  const keys: string[] = [];
  const found: (SourceResult | null)[] = [];
  const raws: RawSource[] = [];
  timed('read', () => {
    for (const file of files) {
      const bytes = readSourceBytes(path.join(dir, file), file);
      const key = SourceCache.key(version, file, digestOf(bytes), manifest?.get(file));
      const hit = memory.get(key) ?? disk?.get(file, key) ?? null;
      keys.push(key);
      found.push(hit);
      // Sentences a cached source already answered are not parsed again for a new one.
      if (hit) sentenceNlp.add(Object.entries(hit.nlp));
      raws.push(hit ? hit.record.raw : sourceFromBytes(bytes, file, manifest ?? undefined));
    }
    checkDuplicateIds(raws);
  });

  // Only files not seen before are processed, across cores when there are many.
  const missing = raws.flatMap((_, i) => (found[i] ? [] : [i]));
  // Wall time of clean, metadata, sentences and the sentence parses together: they run interleaved on every core.
  timed('per-source', () => {
    const done = processSources(missing.map((i) => raws[i]!));
    missing.forEach((i, k) => (found[i] = done[k]!));
    disk?.setAll(missing.map((i, k) => ({ file: raws[i]!.file, key: keys[i]!, result: done[k]! })));
  });

  const next = new Map<string, SourceResult>();
  const records = raws.map((_, i) => {
    const result = found[i]!;
    next.set(keys[i]!, result);
    return result.record;
  });
  memory = next;
  disk?.prune(files);
  return records;
}

/**
 * Per-source results of `raws`, on every core: first each source's record
 * (clean, metadata, sentences), then one parse per distinct sentence not
 * already known. Outlets repeat each other's sentences (wire copy, quotes), so
 * parsing by distinct text, not by source, spares threads parsing the same
 * sentence each in turn. The result does not depend on the number of threads.
 */
export function processSources(raws: readonly RawSource[], options?: ParallelOptions): SourceResult[] {
  const pool = openPool(raws.length, options);
  try {
    const records = mapOn(pool, 'record', raws);
    const texts = [...new Set(records.flatMap((r) => r.sentences.map((s) => s.text)))].filter((t) => !sentenceNlp.peek(t));
    const answers = mapOn(pool, 'analyse', texts);
    sentenceNlp.add(texts.map((t, i) => [t, answers[i]!]));
    return records.map((record) => ({ record, nlp: sentenceNlp.pick(record.sentences.map((s) => s.text)) }));
  } finally {
    pool?.close();
  }
}
