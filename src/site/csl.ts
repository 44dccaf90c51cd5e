import type { SourceEntry } from '../schemas/source-entry.ts';

/** A source as CSL-JSON (the citation format reference managers import). Unknown fields are left out, never guessed. */
export function toCsl(s: SourceEntry) {
  const date = (iso: string | null) => (iso ? { 'date-parts': [iso.split('-').map(Number)] } : undefined);
  return Object.fromEntries(
    Object.entries({
      id: s.id,
      type: 'article-newspaper',
      title: s.headline.value ?? undefined,
      'container-title': s.outlet.value ?? undefined,
      URL: s.url.value ?? undefined,
      issued: date(s.published.value),
      accessed: date(s.accessed.value),
      author: s.byline.value ? [{ literal: s.byline.value }] : undefined,
      language: s.language.value ?? undefined,
    }).filter(([, v]) => v !== undefined),
  );
}
