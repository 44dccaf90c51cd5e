import type { SourceEntry } from '../schemas/source-entry.ts';
import { PAGE_LIMITS } from './page-limits.ts';

/**
 * schema.org `NewsArticle` for a source: the original article, not our copy.
 * Only known values are emitted: a missing date, outlet or URL is omitted,
 * never invented. `withContext` is false when nested (e.g. in `citation`).
 */
export function newsArticle(d: SourceEntry, withContext = true): Record<string, unknown> {
  const out: Record<string, unknown> = withContext ? { '@context': 'https://schema.org' } : {};
  out['@type'] = 'NewsArticle';
  out.headline = d.headline.value ?? 'Untitled source';
  if (d.url.value) {
    out.url = d.url.value;
    out.isBasedOn = d.url.value;
  }
  if (d.outlet.value) out.publisher = { '@type': 'Organization', name: d.outlet.value };
  if (d.published.value) out.datePublished = d.published.value;
  if (d.byline.value) out.author = { '@type': 'Person', name: d.byline.value };
  if (d.language.value) out.inLanguage = d.language.value;
  return out;
}

/**
 * The sources a page's structured data cites, in id order: all of them up to
 * `limit` (PAGE_LIMITS.structuredCitations); beyond, the `limit` sources the
 * most of `facts` cite (ties by id), so a briefing of thousands of sources
 * names its main ones instead of carrying megabytes no reader sees.
 */
export function citedSources<T extends { id: string }>(
  sources: readonly T[],
  facts: readonly { sourceIds: readonly string[] }[],
  limit = PAGE_LIMITS.structuredCitations,
): T[] {
  const byId = (a: T, b: T) => a.id.localeCompare(b.id);
  if (sources.length <= limit) return [...sources].sort(byId);
  const cites = new Map<string, number>();
  for (const f of facts) for (const id of f.sourceIds) cites.set(id, (cites.get(id) ?? 0) + 1);
  const ranked = [...sources].sort((a, b) => (cites.get(b.id) ?? 0) - (cites.get(a.id) ?? 0) || byId(a, b));
  return ranked.slice(0, limit).sort(byId);
}
