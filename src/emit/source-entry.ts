import type { SourceDating } from '../dates/index.ts';
import type { SourceRecord } from '../pipeline/corpus.ts';
import type { SourceEntry } from '../schemas/source-entry.ts';
import { routes } from '../site/paths.ts';

/** Only http(s) URLs may become links to the original article. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The front matter of a source's generated MDX page. */
export function toSourceEntry(r: SourceRecord, dating?: SourceDating, story: string | null = null): SourceEntry {
  const { meta, article, raw } = r;
  const url = safeHttpUrl(meta.url.value);
  return {
    id: raw.id,
    file: raw.file,
    format: raw.format,
    digest: raw.digest,
    route: routes.source(raw.id),
    headline: meta.headline,
    outlet: meta.outlet,
    // The parsed form (percent-encoded), so what a page links to is exactly what was checked.
    url: url ? { ...meta.url, value: url } : { value: null, source: 'unknown', note: meta.url.value ? 'not an http(s) URL; dropped' : undefined },
    published: meta.published,
    dateline: meta.dateline,
    byline: meta.byline,
    agency: meta.agency,
    kind: meta.kind,
    language: meta.language,
    accessed: meta.accessed,
    eventDate: {
      value: dating?.date ?? null,
      provenance: dating?.provenance ?? 'unknown',
      ...(dating?.fromSource ? { fromSource: dating.fromSource } : {}),
      basis: dating?.basis ?? 'no date found',
    },
    story,
    sentenceCount: r.sentences.length,
    removed: article.removed,
    related: article.related,
    coverage: article.coverage,
  };
}
