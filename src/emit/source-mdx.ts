import type { SourceDating } from '../dates/index.ts';
import { emitVersion, pipelineVersion } from '../pipeline/cache-version.ts';
import type { SourceRecord } from '../pipeline/corpus.ts';
import type { PipelineResult } from '../pipeline/run.ts';
import { inputKey, type KeyedFile } from '../site/generate.ts';
import { storyIndex } from '../stories/index.ts';
import { articleTree } from './article-tree.ts';
import { toMdx } from './serialize.ts';
import { toSourceEntry } from './source-entry.ts';

/**
 * A source's generated MDX page: the cleaned body with sentence anchors. Its
 * metadata is the collection entry's data (sourceEntryOf), not front matter
 * (see src/site/source-loader.ts).
 */
export function sourceMdx(r: SourceRecord): string {
  return toMdx(articleTree(r.article.blocks, r.sentences));
}

/** A source's entry as the sources collection stores it (and briefing.json lists it). */
export const sourceEntryOf = (r: SourceRecord, dating?: SourceDating, story: string | null = null) => dropUndefined(toSourceEntry(r, dating, story));

/** Each source's event dating, by source id. */
export const datingsOf = (r: PipelineResult) => new Map(r.analysis.eventDates.map((d) => [d.sourceId, d]));

/** Each placed source's story id, by source id. */
export const storiesOf = (r: PipelineResult) => storyIndex(r.analysis.stories);

/**
 * Every source's page as a keyed file: a page is rendered again only when its
 * record, its event date, its story or the emitting code changed (adding one source to a
 * thousand renders one page, not a thousand). The key also stands for the
 * entry's data, which is made from the same inputs.
 * A record is a function of its file (name, bytes, supplied metadata) and of
 * the per-source code, as the per-source cache already relies on
 * (src/pipeline/source-cache.ts): keying on those instead of the whole record
 * spares serialising every record (1.4 s at 10,000 sources).
 */
export function sourceFiles(r: PipelineResult): Map<string, KeyedFile> {
  const datings = datingsOf(r);
  const stories = storiesOf(r);
  const versions = [emitVersion(), pipelineVersion()];
  return new Map(
    r.records.map((x) => {
      const dating = datings.get(x.raw.id);
      const { id, file, digest, meta } = x.raw;
      return [`${id}.mdx`, { key: inputKey(versions, id, file, digest, meta, dating ?? null, stories.get(id) ?? null), render: () => sourceMdx(x) }];
    }),
  );
}

/** YAML cannot say `undefined`; drop such keys so output is stable. */
function dropUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
