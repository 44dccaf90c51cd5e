import { cleanArticle } from '../clean/index.ts';
import { extractMetadata } from '../metadata/index.ts';
import type { CleanArticle, RawSource, Sentence, SourceMetadata } from '../model/types.ts';
import { segmentArticle } from '../sentences/segment.ts';
import type { SentenceNlp } from './sentence-nlp.ts';
import { timed } from './timings.ts';

/** Everything the pipeline knows about one source after the per-source stages. */
export interface SourceRecord {
  raw: RawSource;
  article: CleanArticle;
  meta: SourceMetadata;
  sentences: Sentence[];
}

/** A source's per-source results: what the disk cache stores and a worker sends back. Plain JSON. */
export interface SourceResult {
  record: SourceRecord;
  /** compromise's answers per sentence text of this source (see sentence-nlp.ts). */
  nlp: Record<string, SentenceNlp>;
}

/** Clean, describe and segment one source: depends on nothing but the source itself. */
export function processRecord(raw: RawSource): SourceRecord {
  const article = timed('clean', () => cleanArticle(raw));
  const meta = timed('metadata', () => extractMetadata(raw, article));
  return { raw, article, meta, sentences: timed('sentences', () => segmentArticle(raw.id, article)) };
}
