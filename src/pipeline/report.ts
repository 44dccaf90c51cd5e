import type { SourceMetadata } from '../model/types.ts';
import { safeHttpUrl } from '../emit/source-entry.ts';
import { formatCount } from '../site/format.ts';
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

/** Files the terminal report lists one per line; beyond, it sums them up (report.json keeps every file). */
export const LISTED_FILES = 20;
/** Files a summed-up warning names before "and N more". */
const NAMED_FILES = 5;

/** "dateline (612 files), byline (300)": how many files each field is in, most first. */
function tally(lists: string[][]): string {
  const counts = new Map<string, number>();
  for (const list of lists) for (const k of list) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n], i) => `${k} (${formatCount(n)}${i === 0 ? (n === 1 ? ' file' : ' files') : ''})`)
    .join(', ');
}

/** Each warning once, with the files it concerns (the first few named). */
function warningSummary(warnings: BuildReport['warnings']): string[] {
  const byMessage = new Map<string, string[]>();
  for (const w of warnings) {
    const files = byMessage.get(w.message);
    if (files) files.push(w.file);
    else byMessage.set(w.message, [w.file]);
  }
  return [...byMessage].map(([message, files]) => {
    const named = files.slice(0, NAMED_FILES).join(', ');
    const rest = files.length > NAMED_FILES ? ` and ${formatCount(files.length - NAMED_FILES)} more` : '';
    return `  warning: ${message}: ${formatCount(files.length)} ${files.length === 1 ? 'file' : 'files'} (${named}${rest})`;
  });
}

/**
 * The report as terminal lines: one line per file and per warning for a few
 * files; for more than LISTED_FILES, a summary (what is unknown or derived in
 * how many files, each warning once with the files it concerns) and where
 * `reportFile` keeps every file's line, so an editor sees what to fix.
 */
export function formatReport(r: BuildReport, reportFile?: string): string[] {
  const lines = [`Sources read: ${r.sources} · sentences: ${r.sentences} · lines removed as furniture: ${r.removedLines}`];
  if (r.files.length > LISTED_FILES) {
    const unknown = tally(r.files.map((f) => f.unknown));
    const derived = tally(r.files.map((f) => f.derived));
    if (unknown) lines.push(`  unknown: ${unknown}`);
    if (derived) lines.push(`  derived rather than found: ${derived}`);
    lines.push(...warningSummary(r.warnings));
    if (reportFile) lines.push(`  Every file and warning: ${reportFile}`);
    return lines;
  }
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
