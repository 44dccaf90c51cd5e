import type { SourceMetadata } from '../model/types.ts';
import { safeHttpUrl } from '../emit/source-entry.ts';
import type { SourceRecord } from './corpus.ts';

/** What `npm run build` tells the editor at the end, each line naming its file. */
export interface BuildReport {
  sources: number;
  sentences: number;
  removedLines: number;
  /** Per file: fields that are unknown, and fields that were derived rather than found. */
  files: { file: string; removed: number; sentences: number; unknown: string[]; derived: string[] }[];
  warnings: { file: string; message: string }[];
}

const REPORTED: (keyof SourceMetadata)[] = ['headline', 'outlet', 'url', 'published', 'dateline', 'byline', 'kind'];

export function buildReport(records: SourceRecord[]): BuildReport {
  const files = records.map(({ raw, article, meta, sentences }) => ({
    file: raw.file,
    removed: article.removed.length,
    sentences: sentences.length,
    unknown: REPORTED.filter((k) => meta[k].value === null),
    derived: REPORTED.filter((k) => ['url-slug', 'url-host', 'inferred'].includes(meta[k].source) && meta[k].value !== null),
  }));
  const warnings = records.flatMap(({ raw, sentences, meta }) => [
    ...(sentences.length === 0 ? [{ file: raw.file, message: 'no article text left after cleaning' }] : []),
    ...(meta.headline.value === null ? [{ file: raw.file, message: 'no headline found and none derivable from a URL' }] : []),
    ...(meta.url.value === null ? [{ file: raw.file, message: 'no original URL: the page cannot link to the article' }] : []),
    ...(meta.url.value !== null && safeHttpUrl(meta.url.value) === null
      ? [{ file: raw.file, message: `original URL ${JSON.stringify(meta.url.value.slice(0, 60))} is not http(s): dropped, the page cannot link to the article` }]
      : []),
  ]);
  return {
    sources: records.length,
    sentences: files.reduce((n, f) => n + f.sentences, 0),
    removedLines: files.reduce((n, f) => n + f.removed, 0),
    files,
    warnings,
  };
}

/** The report as terminal lines. */
export function formatReport(r: BuildReport): string[] {
  const lines = [`Sources read: ${r.sources} · sentences: ${r.sentences} · lines removed as furniture: ${r.removedLines}`];
  for (const f of r.files) {
    const notes = [
      f.unknown.length ? `unknown: ${f.unknown.join(', ')}` : '',
      f.derived.length ? `derived: ${f.derived.join(', ')}` : '',
    ].filter(Boolean);
    lines.push(`  ${f.file}: ${f.sentences} sentences, ${f.removed} lines removed${notes.length ? ` (${notes.join('; ')})` : ''}`);
  }
  for (const w of r.warnings) lines.push(`  warning: ${w.file}: ${w.message}`);
  return lines;
}
