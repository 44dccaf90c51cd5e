import type { Quote } from '../claims/index.ts';
import { memoByObject } from '../model/memo.ts';
import type { CorpusAnalysis } from '../pipeline/analyse.ts';
import type { SourceRecord } from '../pipeline/corpus.ts';
import type { PipelineResult } from '../pipeline/run.ts';
import type { ClaimEntry, DisagreementEntry, EntityEntry, EventEntry, TopicEntry } from '../schemas/corpus-entries.ts';
import type { Taxonomy } from '../topics/index.ts';
import { disagreementIds } from './briefing-cite.ts';

/** Sentence text by `sourceId#sentenceId`, to quote citations verbatim (made once per record list). */
export const sentenceIndex = memoByObject((records: SourceRecord[]): Map<string, string> =>
  new Map(records.flatMap((r) => r.sentences.map((s) => [`${s.sourceId}#${s.id}`, s.text] as const))),
);

const quote = (index: Map<string, string>, sourceId: string, sentenceId: string) => ({
  sourceId,
  sentenceId,
  text: index.get(`${sourceId}#${sentenceId}`) ?? '',
});

/** One entry per taxonomy topic that tags at least one source. */
export function topicEntries(records: SourceRecord[], analysis: CorpusAnalysis, taxonomy: Taxonomy): TopicEntry[] {
  const index = sentenceIndex(records);
  return taxonomy.topics
    .map((t) => ({
      id: t.id,
      label: t.label,
      description: t.description,
      sources: analysis.sourceTopics
        .flatMap((st) => st.topics.filter((x) => x.topicId === t.id).map((x) => ({ st, x })))
        .sort((a, b) => b.x.score - a.x.score || a.st.sourceId.localeCompare(b.st.sourceId))
        .map(({ st, x }) => ({
          sourceId: st.sourceId,
          score: x.score,
          terms: x.terms,
          sentences: x.sentenceIds.map((id) => quote(index, st.sourceId, id)),
        })),
    }))
    .filter((t) => t.sources.length > 0);
}

/** One entry per entity, with every mention quoted. */
export function entityEntries(records: SourceRecord[], analysis: CorpusAnalysis): EntityEntry[] {
  const index = sentenceIndex(records);
  return analysis.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    gazetteer: e.gazetteer,
    sources: e.sources,
    mentions: e.mentions.map((m) => ({ ...quote(index, m.sourceId, m.sentenceId), surface: m.text })),
  }));
}

const plainQuote = (q: { sourceId: string; sentenceId: string; text: string }) => ({ sourceId: q.sourceId, sentenceId: q.sentenceId, text: q.text });
/** A claim's quote keeps the part of the sentence the claim rests on (its clauses, or an event's values as written). */
const claimQuote = (q: Quote) => ({ ...plainQuote(q), ...(q.clauses ? { clauses: q.clauses } : {}), ...(q.values ? { values: q.values } : {}) });

/** Claims as plain entries, most corroborated first. */
export function claimEntries(analysis: CorpusAnalysis): ClaimEntry[] {
  return [...analysis.claims]
    .sort((a, b) => a.rank - b.rank)
    .map((c) => ({
      id: c.id,
      basis: c.basis,
      facets: c.facets,
      representative: claimQuote(c.representative),
      supports: c.supports.map(claimQuote),
      sourceIds: c.sourceIds,
      topics: c.topics,
      reportedBy: c.reportedBy,
      of: c.of,
      rank: c.rank,
    }));
}

/** Timeline events with their citations quoted and their sentences' topics, in date order. */
export function eventEntries(records: SourceRecord[], analysis: CorpusAnalysis): EventEntry[] {
  const index = sentenceIndex(records);
  const topicsOf = new Map<string, Set<string>>();
  for (const st of analysis.sourceTopics) for (const t of st.topics) for (const id of t.sentenceIds) {
    const key = `${st.sourceId}#${id}`;
    topicsOf.set(key, (topicsOf.get(key) ?? new Set()).add(t.topicId));
  }
  return analysis.timeline.events.map((e) => ({
    id: e.id,
    date: e.date,
    label: e.label,
    citations: e.mentions.map((m) => ({ ...quote(index, m.sourceId, m.sentenceId), expression: m.text, basis: m.basis })),
    sourceIds: e.sourceIds,
    topics: [...new Set(e.mentions.flatMap((m) => [...(topicsOf.get(`${m.sourceId}#${m.sentenceId}`) ?? [])]))].sort(),
  }));
}

/** Disagreements in the order the analysis found them, with their ids (see disagreementIds). */
export const disagreementEntries = (analysis: CorpusAnalysis): DisagreementEntry[] => {
  const ids = disagreementIds(analysis.disagreements);
  return analysis.disagreements.map((d, i) => ({ id: ids[i] as string, ...d }));
};

/**
 * Every corpus-wide entry of one pipeline result, made once: the collections
 * and briefing.json share them, so callers must treat them as read-only.
 */
export const corpusEntries = memoByObject((r: PipelineResult) => ({
  topics: topicEntries(r.records, r.analysis, r.config.taxonomy),
  entities: entityEntries(r.records, r.analysis),
  claims: claimEntries(r.analysis),
  disagreements: disagreementEntries(r.analysis),
  events: eventEntries(r.records, r.analysis),
}));
