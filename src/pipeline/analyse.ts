import type { CorpusEntity, Gazetteer } from '../entities/index.ts';
import { extractEntities, mergeCorpus, memoNer, compromiseNer } from '../entities/index.ts';
import type { Sentence } from '../model/types.ts';
import type { SourceTopics, Taxonomy } from '../topics/index.ts';
import { tagSources } from '../topics/index.ts';
import type { SourceRecord } from './corpus.ts';

/** Editor-editable data the analysis needs. */
export interface AnalysisConfig {
  taxonomy: Taxonomy;
  gazetteer: Gazetteer;
}

/** Everything the site says about the corpus as a whole. */
export interface CorpusAnalysis {
  /** Per source: topics with scores and the sentences behind each tag. */
  sourceTopics: SourceTopics[];
  /** Entities merged across sources (aliases → one entity). */
  entities: CorpusEntity[];
}

// NER is the slowest step; its spans depend only on the sentence text, so cache across rebuilds.
const ner = memoNer(compromiseNer);

/** Run the corpus-level stages over the sources' sentences (boilerplate never reaches here). */
export function analyseCorpus(records: SourceRecord[], config: AnalysisConfig): CorpusAnalysis {
  const sentences: Sentence[] = records.flatMap((r) => r.sentences);
  const sourceTopics = tagSources(sentences, config.taxonomy);
  const entities = mergeCorpus(extractEntities(sentences, config.gazetteer, { ner }));
  return { sourceTopics, entities };
}
