/** Entity recognition: public API (see extract.ts for the method, content/gazetteer.yaml for the data). */
export { extractEntities } from './extract.ts';
export type { ExtractOptions } from './extract.ts';
export { GAZETTEER_FILE, loadGazetteer, parseGazetteer } from './loadGazetteer.ts';
export { mergeCorpus, resolveSurnames } from './merge.ts';
export { compromiseNer, memoNer } from './ner.ts';
export type { Gazetteer, GazetteerEntry } from './schema.ts';
export type { CorpusEntity, EntityMention, EntityType, NerFn, NerSpan, SourceEntities, SourceEntity } from './types.ts';
