import { loadLexicon } from '../claims/index.ts';
import { loadGazetteer } from '../entities/index.ts';
import { loadTaxonomy } from '../topics/index.ts';
import { analyseCorpus, type CorpusAnalysis } from './analyse.ts';
import { readSources, type ReadSourcesOptions, type SourceRecord } from './corpus.ts';

/** The whole pipeline's output for one sources folder. */
export interface PipelineResult {
  records: SourceRecord[];
  analysis: CorpusAnalysis;
  config: Parameters<typeof analyseCorpus>[1];
}

let last: { key: string; result: PipelineResult } | null = null;

/**
 * Run every stage over `sourcesDir`, with the taxonomy, gazetteer and lexicon from
 * `contentDir`. Several Astro collections read the same result, so it is
 * memoised on the inputs' digests: one analysis per distinct input. With
 * `options.cacheDir`, per-source results are also kept on disk between builds.
 */
export function runPipeline(sourcesDir: string, contentDir: string, options: ReadSourcesOptions = {}): PipelineResult {
  const records = readSources(sourcesDir, options);
  const config = { taxonomy: loadTaxonomy(contentDir, 'taxonomy.yaml'), gazetteer: loadGazetteer(contentDir, 'gazetteer.yaml'), lexicon: loadLexicon(contentDir, 'lexicon.yaml') };
  const key = JSON.stringify([records.map((r) => r.raw.digest + r.raw.id), config]);
  if (last?.key === key) return last.result;
  const result = { records, analysis: analyseCorpus(records, config), config };
  last = { key, result };
  return result;
}
