import type { SourceDating } from '../dates/index.ts';
import type { SourceRecord } from '../pipeline/corpus.ts';
import { articleTree } from './article-tree.ts';
import { toMdx } from './serialize.ts';
import { toSourceEntry } from './source-entry.ts';

/** A source's generated MDX page: validated metadata as front matter, the cleaned body with sentence anchors. */
export function sourceMdx(r: SourceRecord, dating?: SourceDating): string {
  return toMdx(articleTree(r.article.blocks, r.sentences), dropUndefined(toSourceEntry(r, dating)));
}

/** YAML cannot say `undefined`; drop such keys so output is stable. */
function dropUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
