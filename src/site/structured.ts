import type { SourceEntry } from '../schemas/source-entry.ts';

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
