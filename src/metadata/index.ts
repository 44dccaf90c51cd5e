import type { CleanArticle, Field, Provenance, RawSource, SourceKind, SourceMetadata, SuppliedMeta } from '../model/types.ts';
import { parseWrittenDate } from './dates.ts';
import { headlineFromUrl } from './slug-headline.ts';
import { findAgency, findDateline, findOutletInText, firstParagraph } from './text-fields.ts';
import { CAPTURE_LINE } from '../clean/patterns.ts';

export { headlineFromUrl } from './slug-headline.ts';
export { findAgency, findDateline, findOutletInText } from './text-fields.ts';

const unknown = <T>(note?: string): Field<T> => ({ value: null, source: 'unknown', ...(note ? { note } : {}) });
const found = <T>(value: T, source: Provenance, note?: string): Field<T> => ({ value, source, ...(note ? { note } : {}) });

/** A value the editor supplied (front matter or manifest), with which one it was. */
function supplied<K extends keyof NonNullable<SuppliedMeta['fields']>>(meta: SuppliedMeta, key: K): Field<NonNullable<SuppliedMeta[K]>> | null {
  const value = meta[key];
  if (value === undefined || value === null) return null;
  return found(value as NonNullable<SuppliedMeta[K]>, meta.fields?.[key] ?? (meta.origin === 'none' ? 'manifest' : meta.origin));
}

const bodyText = (a: CleanArticle) => a.blocks.map((b) => (b.type === 'list' ? b.items.map((i) => i.text).join('\n') : b.text)).join('\n');

/**
 * Every metadata field with where it came from. Order of trust: what the
 * editor supplied, then what the page's own text says, then what the URL
 * implies (marked derived). Nothing is guessed: a page's date widget is the
 * capture date, never the publication date.
 */
export function extractMetadata(raw: RawSource, article: CleanArticle): SourceMetadata {
  const text = bodyText(article);
  const lead = firstParagraph(article.blocks);
  const dateline = findDateline(lead);
  const url = supplied(raw.meta, 'url');
  const host = url ? hostOf(url.value!) : null;

  const slug = headlineFromUrl(url?.value ?? null, text);
  const headline =
    supplied(raw.meta, 'headline') ??
    (article.headline ? found(article.headline, 'text') : slug ? found(slug, 'url-slug', 'derived from the URL slug') : unknown<string>());

  const inText = findOutletInText(text);
  const outlet = supplied(raw.meta, 'outlet') ?? (inText ? found(inText, 'text') : host ? found(host, 'url-host') : unknown<string>());

  const capture = CAPTURE_LINE.exec(raw.text.split('\n', 1)[0] ?? '')?.[1] ?? null;
  const published =
    supplied(raw.meta, 'published') ??
    (capture ? found(capture, 'capture-line') : dateline?.date ? found(dateline.date, 'dateline') : unknown<string>());

  const widget = article.removed.find((r) => r.rule === 'date-widget');
  const widgetDate = widget ? parseWrittenDate(widget.text) : null;

  const byline = article.removed.find((r) => r.rule === 'byline');
  const agency = findAgency(`${dateline?.credit ? `(${dateline.credit}) ` : ''}${text}`);
  const isAggregator = article.related.length > 0 || article.removed.filter((r) => r.rule === 'aggregator-furniture').length >= 3;
  const kind: Field<SourceKind> = supplied(raw.meta, 'kind') ?? found(isAggregator ? 'aggregator' : 'article', 'inferred');

  return {
    headline,
    outlet,
    url: url ?? unknown<string>(),
    published,
    dateline: dateline ? found(dateline.place, 'dateline') : unknown<string>(),
    byline: byline ? found(byline.text.replace(/^by\s+/i, '').replace(/\s*[,|].*$/, ''), 'text') : unknown<string>(),
    agency: agency ? found(agency, 'text', 'credited in the text') : unknown<string>(),
    kind,
    language: supplied(raw.meta, 'language') ?? (looksEnglish(text) ? found('en', 'inferred', 'common English words') : unknown<string>()),
    accessed: widgetDate ? found(widgetDate, 'text', 'the page’s date widget at capture time') : unknown<string>(),
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Enough of the most common English function words to call it English. */
function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return false;
  const common = new Set(['the', 'and', 'of', 'to', 'in', 'a', 'is', 'that', 'for', 'with', 'on', 'as', 'was', 'by']);
  return words.filter((w) => common.has(w)).length / words.length > 0.12;
}
