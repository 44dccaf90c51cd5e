import nlp from 'compromise';
import { eventNounOf, hasSimplePast, nounIn, parseNounCheck, type ReportChecks } from '../dates/event-report.ts';
import { nerOfDoc } from '../entities/ner.ts';
import type { NerFn, NerSpan } from '../entities/types.ts';

/**
 * What the corpus stages ask compromise's tagger about one sentence. A tagged
 * parse costs milliseconds and the entities and dates stages both need one, so
 * each distinct sentence is parsed once and the answers kept (plain JSON, so
 * the per-source cache can store them between builds).
 */
export interface SentenceNlp {
  /** Candidate names (compromiseNer). */
  ner: NerSpan[];
  /**
   * The sentence's gathering word (see reportedEvent), whether it is a noun
   * there, and whether the sentence has a simple past verb; null without one.
   */
  eventNoun: { word: string; noun: boolean; simplePast: boolean } | null;
}

/** Parse `text` once and answer every question the corpus stages have about it. */
export function analyseSentence(text: string): SentenceNlp {
  const doc = nlp(text);
  const word = eventNounOf(text);
  return { ner: nerOfDoc(text, doc), eventNoun: word === null ? null : { word, noun: nounIn(doc, word), simplePast: hasSimplePast(text) } };
}

/** Sentence text → its answers; shared by every stage of one process. */
export class SentenceNlpMemo {
  readonly #memo = new Map<string, SentenceNlp>();

  /** The answers for `text`, parsing it only the first time. */
  get(text: string): SentenceNlp {
    let hit = this.#memo.get(text);
    if (!hit) this.#memo.set(text, (hit = analyseSentence(text)));
    return hit;
  }

  /** The answers for `text` if already known, without parsing. */
  peek(text: string): SentenceNlp | undefined {
    return this.#memo.get(text);
  }

  /** Answers computed elsewhere (a cache file, a worker) for these sentences. */
  add(entries: Iterable<[string, SentenceNlp]>): void {
    for (const [text, value] of entries) this.#memo.set(text, value);
  }

  /** Forget every answer. */
  clear(): void {
    this.#memo.clear();
  }

  /** The stored answers for `texts` (computing any missing), for a cache file. */
  pick(texts: Iterable<string>): Record<string, SentenceNlp> {
    const out: Record<string, SentenceNlp> = {};
    for (const t of texts) out[t] = this.get(t);
    return out;
  }

  /** NER hook for extractEntities. */
  readonly ner: NerFn = (text) => this.get(text).ner;

  /** reportedEvent's tests for buildTimeline, answered from the kept answers when they cover the question. */
  readonly reportChecks: ReportChecks = checksFrom((sentence) => this.get(sentence).eventNoun);

  /**
   * The gathering-word answers of `texts` that are not null, as data: what
   * reportChecksOf needs to answer as reportChecks does on another thread.
   */
  eventNouns(texts: Iterable<string>): [string, EventNoun][] {
    const out: [string, EventNoun][] = [];
    for (const t of texts) {
      const e = this.get(t).eventNoun;
      if (e) out.push([t, e]);
    }
    return out;
  }
}

/** A sentence's gathering-word answer (SentenceNlp.eventNoun). */
export type EventNoun = NonNullable<SentenceNlp['eventNoun']>;

function checksFrom(eventNoun: (sentence: string) => EventNoun | null | undefined): ReportChecks {
  return {
    isNoun: (sentence, word) => {
      const e = eventNoun(sentence);
      return e && e.word === word ? e.noun : parseNounCheck(sentence, word);
    },
    hasSimplePast: (sentence) => eventNoun(sentence)?.simplePast ?? hasSimplePast(sentence),
  };
}

/**
 * reportChecks over answers sent from another thread (SentenceNlpMemo.eventNouns):
 * the same answers for every sentence the sender knew, a null answer counting as absent.
 */
export const reportChecksOf = (eventNouns: readonly [string, EventNoun][]): ReportChecks => {
  const known = new Map(eventNouns);
  return checksFrom((sentence) => known.get(sentence));
};

/** The process-wide memo: the per-source stage fills it, the corpus stages read it. */
export const sentenceNlp = new SentenceNlpMemo();
