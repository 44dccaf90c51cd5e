/**
 * Output shapes of entity recognition. Plain data, so pages and JSON emitters
 * can use them directly.
 */

/** The three entity kinds the briefing distinguishes. */
export type EntityType = 'person' | 'place' | 'organization';

/** Where a mention was recognised: the editor's gazetteer, or compromise's name finder. */
export type MentionVia = 'gazetteer' | 'nlp';

/** One occurrence of an entity in one sentence. */
export interface EntityMention {
  sourceId: string;
  sentenceId: string;
  /** The words as written in the sentence, possessive "'s" excluded (e.g. "Russia" from "Russia’s"). */
  text: string;
  /** Character offsets of `text` in the sentence. */
  start: number;
  end: number;
  via: MentionVia;
}

/** An entity as seen in one source. */
export interface SourceEntity {
  /** Corpus-wide id: the gazetteer id, else a slug of the name (same name → same id everywhere). */
  id: string;
  /** Canonical name (gazetteer name, else the fullest form found). */
  name: string;
  type: EntityType;
  /** True when the entity comes from the gazetteer (names curated by the editor). */
  gazetteer: boolean;
  /** Mentions in this source, in reading order. */
  mentions: EntityMention[];
}

/** The entities of one source, most mentioned first. */
export interface SourceEntities {
  sourceId: string;
  entities: SourceEntity[];
}

/** An entity across the whole corpus. */
export interface CorpusEntity {
  id: string;
  name: string;
  type: EntityType;
  gazetteer: boolean;
  /** Sources that mention it, in input order. */
  sources: string[];
  /** Every mention, grouped by source in input order, then reading order. */
  mentions: EntityMention[];
}

/** A candidate name found by the NLP pass in one sentence (already cleaned of titles, punctuation, noise). */
export interface NerSpan {
  text: string;
  start: number;
  end: number;
  /** null when the words look like a name but nothing says what kind. */
  type: EntityType | null;
  /**
   * A weak candidate (a lone capitalised first word, or an untyped name) only
   * counts when the corpus corroborates it: the same name found strongly
   * elsewhere, or the surname of exactly one person named in full.
   */
  weak: boolean;
}

/**
 * The per-sentence NLP call. Deterministic in the sentence text, so a caller
 * may cache its result by a digest of the text (the result is plain JSON).
 */
export type NerFn = (text: string) => NerSpan[];
