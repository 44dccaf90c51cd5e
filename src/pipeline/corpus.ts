import path from 'node:path';
import { cleanArticle } from '../clean/index.ts';
import { checkDuplicateIds, listSourceFiles, readManifest, readSourceFile } from '../ingest/index.ts';
import { extractMetadata } from '../metadata/index.ts';
import type { CleanArticle, RawSource, Sentence, SourceMetadata } from '../model/types.ts';
import { segmentArticle } from '../sentences/segment.ts';
import { timed } from './timings.ts';

/** Everything the pipeline knows about one source after the per-source stages. */
export interface SourceRecord {
  raw: RawSource;
  article: CleanArticle;
  meta: SourceMetadata;
  sentences: Sentence[];
}

/**
 * Per-source results keyed by file digest: a rebuild (dev server, bench, a new
 * file dropped in) only re-cleans files whose bytes changed.
 */
const cache = new Map<string, SourceRecord>();

/** Read, clean and segment every source in `dir`. Throws SourceInputError on bad input. */
export function readSources(dir: string): SourceRecord[] {
  const raws = timed('read', () => {
    const manifest = readManifest(dir);
    const list = listSourceFiles(dir).map((file) => readSourceFile(path.join(dir, file), file, manifest ?? undefined));
    checkDuplicateIds(list);
    return list;
  });
  return raws.map((raw) => {
    const key = `${raw.id}:${raw.file}:${raw.digest}:${JSON.stringify(raw.meta)}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const article = timed('clean', () => cleanArticle(raw));
    const record: SourceRecord = {
      raw,
      article,
      meta: timed('metadata', () => extractMetadata(raw, article)),
      sentences: timed('sentences', () => segmentArticle(raw.id, article)),
    };
    cache.set(key, record);
    return record;
  });
}
