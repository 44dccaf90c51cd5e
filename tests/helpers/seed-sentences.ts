/**
 * The seeds' sentences as the real pipeline produces them (ingest → clean →
 * segment), per source, for the corpus-level stages' tests. Boilerplate is
 * removed by our own cleaner, not by the gold.
 */
import type { Sentence } from '../../src/model/types.ts';
import { readSources } from '../../src/pipeline/corpus.ts';
import { SEEDS_DIR } from './gold.ts';

export interface SeedDoc {
  sourceId: string;
  file: string;
  published: string | null;
  sentences: Sentence[];
}

export function seedDocs(): SeedDoc[] {
  return readSources(SEEDS_DIR).map((r) => ({
    sourceId: r.raw.id,
    file: r.raw.file,
    published: r.meta.published.value,
    sentences: r.sentences,
  }));
}
