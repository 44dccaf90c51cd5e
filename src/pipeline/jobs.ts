import type { RawSource } from '../model/types.ts';
import { datesStage, type DatesInput, type DatesOutput } from './dates-stage.ts';
import { analyseSentence, reportChecksOf, type SentenceNlp } from './sentence-nlp.ts';
import { processRecord, type SourceRecord } from './source-stage.ts';
import { timed } from './timings.ts';

/**
 * The work a thread pool can be given, by name (a function cannot be posted to
 * a worker): the per-source stages, then one parse per distinct sentence;
 * and the dates stage, run beside the claims (src/pipeline/analyse.ts).
 */
export const JOBS = {
  record: (raw: RawSource): SourceRecord => processRecord(raw),
  analyse: (text: string): SentenceNlp => timed('parses', () => analyseSentence(text)),
  dates: ({ docs, eventNouns, names }: DatesInput): DatesOutput => datesStage(docs, names, reportChecksOf(eventNouns)),
};

export type JobName = keyof typeof JOBS;
export type JobInput<J extends JobName> = Parameters<(typeof JOBS)[J]>[0];
export type JobOutput<J extends JobName> = ReturnType<(typeof JOBS)[J]>;

/** Items per message to a worker: few enough to balance, enough to amortise messaging. */
export const BATCH: Record<JobName, number> = { record: 4, analyse: 32, dates: 1 };
