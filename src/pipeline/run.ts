import fs from 'node:fs';
import path from 'node:path';
import { loadLexicon } from '../claims/index.ts';
import { loadGazetteer } from '../entities/index.ts';
import { outletsBySite } from '../metadata/same-site.ts';
import { loadTaxonomy } from '../topics/index.ts';
import { analyseCorpus, type CorpusAnalysis } from './analyse.ts';
import { clearTextMemos } from '../model/memo.ts';
import { forgetSources, readSources, type ReadSourcesOptions, type SourceRecord } from './corpus.ts';
import { sentenceNlp } from './sentence-nlp.ts';

/** The whole pipeline's output for one sources folder. */
export interface PipelineResult {
  records: SourceRecord[];
  analysis: CorpusAnalysis;
  config: Parameters<typeof analyseCorpus>[1];
}

let last: { key: string; stamp: string; result: PipelineResult } | null = null;

/**
 * Names, sizes and modification times of every input: when these are the same
 * as for the last run in this process (the other collections of one build),
 * nothing is read again. Any edit changes a modification time.
 */
export function inputStamp(sourcesDir: string, contentDir: string): string {
  const stat = (file: string) => {
    try {
      const s = fs.statSync(file);
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return 'missing';
    }
  };
  let names: string[] = [];
  try {
    names = fs.readdirSync(sourcesDir).sort();
  } catch {
    // readSources reports the missing folder.
  }
  const files = [...names.map((n) => path.join(sourcesDir, n)), ...['taxonomy.yaml', 'gazetteer.yaml', 'lexicon.yaml'].map((n) => path.join(contentDir, n))];
  return files.map((f) => `${f}|${stat(f)}`).join('\n');
}

/**
 * Run every stage over `sourcesDir`, with the taxonomy, gazetteer and lexicon from
 * `contentDir`. Several Astro collections read the same result, so it is
 * memoised on the inputs' digests: one analysis per distinct input. With
 * `options.cacheDir`, per-source results are also kept on disk between builds.
 */
export function runPipeline(sourcesDir: string, contentDir: string, options: ReadSourcesOptions = {}): PipelineResult {
  const stamp = inputStamp(sourcesDir, contentDir);
  if (last?.stamp === stamp) return last.result;
  // Per-source results come from the cache; what one source's outlet says of another's is decided here, on the whole corpus.
  const records = outletsBySite(readSources(sourcesDir, options));
  const config = { taxonomy: loadTaxonomy(contentDir, 'taxonomy.yaml'), gazetteer: loadGazetteer(contentDir, 'gazetteer.yaml'), lexicon: loadLexicon(contentDir, 'lexicon.yaml') };
  const key = JSON.stringify([records.map((r) => [r.raw.digest, r.raw.id, r.raw.meta]), config]);
  if (last?.key === key) return (last = { ...last, stamp }).result;
  const result = { records, analysis: analyseCorpus(records, config), config };
  last = { key, stamp, result };
  return result;
}

/**
 * Drop everything this process keeps between pipeline runs. A build calls it
 * once the content is synced (see RELEASE_PIPELINE): for thousands of sources
 * that is a gigabyte the bundler and the page renderer can use.
 */
export function releasePipelineMemory(): void {
  last = null;
  forgetSources();
  sentenceNlp.clear();
  clearTextMemos();
}

/**
 * Where releasePipelineMemory is published for the build's integration: the
 * content loaders run in Vite's module runner, so the integration cannot
 * import this module instance directly.
 */
export const RELEASE_PIPELINE = Symbol.for('briefing.releasePipelineMemory');
(globalThis as Record<symbol, unknown>)[RELEASE_PIPELINE] = releasePipelineMemory;
