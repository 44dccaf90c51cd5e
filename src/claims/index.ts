/**
 * Claims stage: cross-source grouping of sentences into claims, corroboration
 * counts, and disagreements between sources. Pure functions over Sentence[].
 */
export { groupClaims, groupClaimsWithStats, DEFAULT_MAX_BLOCK, DEFAULT_THRESHOLD } from './group.ts';
export { findDisagreements } from './conflicts.ts';
export { facetText } from './events.ts';
export { anchorsOf, findYears } from './anchors.ts';
export { HISTORY_YEARS, isHistory, yearOf } from './history.ts';
export { nameWords } from './names.ts';
export { conceptMap } from './concepts.ts';
export { LEXICON_FILE, loadLexicon, parseLexicon } from './loadLexicon.ts';
export { lexiconSchema } from './conceptSchema.ts';
export { scalingStats, syntheticCorpus } from './synthetic.ts';
export type * from './types.ts';
