/** Topic tagging: public API (see tag.ts for the scoring rule, content/taxonomy.yaml for the data). */
export { loadTaxonomy, parseTaxonomy, TAXONOMY_FILE } from './loadTaxonomy.ts';
export type { Taxonomy, Topic } from './schema.ts';
export { scoreSources, tagSentences, tagSources } from './tag.ts';
export type { SentenceTopic, SourceTopic, SourceTopics, TaggedSentence, TopicHit } from './tag.ts';
