import type { Sentence } from '../model/types.ts';
import type { Taxonomy } from './schema.ts';
import { compileTaxonomy, matchTerms, type TermIndex } from './terms.ts';

/** One term occurrence in a sentence, as quoted from it. */
export interface TopicHit {
  /** The taxonomy term (e.g. `sanction*`). */
  term: string;
  /** The sentence's own words that matched. */
  text: string;
  /** Character offsets in the sentence text. */
  start: number;
  end: number;
}

/** A topic found in one sentence. */
export interface SentenceTopic {
  topicId: string;
  /** Distinct taxonomy terms that matched, in order of first occurrence. */
  terms: string[];
  hits: TopicHit[];
}

/** The topics of one sentence (empty `topics` when none matched). */
export interface TaggedSentence {
  sentenceId: string;
  sourceId: string;
  /** In the source's lead paragraph (its first block), where news copy says what the story is about. */
  lead: boolean;
  topics: SentenceTopic[];
}

/** A topic of one source, with the evidence behind it. */
export interface SourceTopic {
  topicId: string;
  label: string;
  /** Share of the source's sentences that mention the topic, 0–1 (3 decimals). */
  score: number;
  /** Distinct (sentence, term) matches: what the threshold is applied to. */
  evidence: number;
  /** Sentences that mention the topic, in reading order: the citations for the tag. */
  sentenceIds: string[];
  /** Distinct terms that matched across the source. */
  terms: string[];
}

/** The topics of one source. */
export interface SourceTopics {
  sourceId: string;
  sentenceCount: number;
  /** Topics that passed the threshold, highest score first. */
  topics: SourceTopic[];
  /** Topics mentioned but below the threshold (passing mentions), kept for audit. */
  below: SourceTopic[];
}

// Compiling is cheap but not free; a taxonomy object is immutable data, so cache per object.
const compiled = new WeakMap<Taxonomy, TermIndex>();
function indexFor(taxonomy: Taxonomy): TermIndex {
  let index = compiled.get(taxonomy);
  if (!index) compiled.set(taxonomy, (index = compileTaxonomy(taxonomy)));
  return index;
}

/** Tag every sentence with the topics whose terms it contains (word-boundary, case-insensitive, stems). */
export function tagSentences(sentences: readonly Sentence[], taxonomy: Taxonomy): TaggedSentence[] {
  const index = indexFor(taxonomy);
  const order = new Map(taxonomy.topics.map((t, i) => [t.id, i]));
  const leadBlock = new Map<string, number>();
  for (const s of sentences) leadBlock.set(s.sourceId, Math.min(leadBlock.get(s.sourceId) ?? Infinity, s.block));
  return sentences.map((s) => {
    const byTopic = new Map<string, SentenceTopic>();
    for (const m of matchTerms(s.text, index)) {
      let st = byTopic.get(m.topicId);
      if (!st) byTopic.set(m.topicId, (st = { topicId: m.topicId, terms: [], hits: [] }));
      if (!st.terms.includes(m.term)) st.terms.push(m.term);
      st.hits.push({ term: m.term, text: m.text, start: m.start, end: m.end });
    }
    const topics = [...byTopic.values()].sort((a, b) => (order.get(a.topicId) ?? 0) - (order.get(b.topicId) ?? 0));
    return { sentenceId: s.id, sourceId: s.sourceId, lead: leadBlock.get(s.sourceId) === s.block, topics };
  });
}

/**
 * Aggregate sentence tags per source. A topic needs `threshold.minEvidence`
 * distinct (sentence, term) matches: a single passing word ("military") does
 * not make a source about security, while two different signals in one
 * sentence ("hydroelectric power plants") or one signal in two sentences do,
 * and so does one signal in the lead paragraph (it counts twice).
 */
export function tagSources(sentences: readonly Sentence[], taxonomy: Taxonomy): SourceTopics[] {
  return scoreSources(tagSentences(sentences, taxonomy), taxonomy);
}

/** `tagSources` over already tagged sentences (lets callers reuse `tagSentences` output). */
export function scoreSources(tagged: readonly TaggedSentence[], taxonomy: Taxonomy): SourceTopics[] {
  const labels = new Map(taxonomy.topics.map((t) => [t.id, t.label]));
  const bySource = new Map<string, TaggedSentence[]>();
  for (const t of tagged) {
    const list = bySource.get(t.sourceId);
    if (list) list.push(t);
    else bySource.set(t.sourceId, [t]);
  }
  return [...bySource].map(([sourceId, list]) => {
    const acc = new Map<string, SourceTopic>();
    for (const ts of list) {
      for (const st of ts.topics) {
        let t = acc.get(st.topicId);
        if (!t) {
          t = { topicId: st.topicId, label: labels.get(st.topicId) ?? st.topicId, score: 0, evidence: 0, sentenceIds: [], terms: [] };
          acc.set(st.topicId, t);
        }
        // The lead states what the story is about: a term there weighs double.
        t.evidence += st.terms.length * (ts.lead ? 2 : 1);
        t.sentenceIds.push(ts.sentenceId);
        for (const term of st.terms) if (!t.terms.includes(term)) t.terms.push(term);
      }
    }
    const all = [...acc.values()].map((t) => ({ ...t, score: Math.round((t.sentenceIds.length / list.length) * 1000) / 1000 }));
    all.sort((a, b) => b.score - a.score || b.evidence - a.evidence || a.topicId.localeCompare(b.topicId));
    const min = taxonomy.threshold.minEvidence;
    return {
      sourceId,
      sentenceCount: list.length,
      topics: all.filter((t) => t.evidence >= min),
      below: all.filter((t) => t.evidence < min),
    };
  });
}
