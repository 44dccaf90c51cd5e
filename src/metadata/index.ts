import { AGGREGATOR_RULE_IDS } from '../clean/index.ts';
import { captureOf } from '../ingest/capture.ts';
import type { CleanArticle, Field, RawSource, SourceKind, SourceMetadata } from '../model/types.ts';
import { findAgency } from './agency.ts';
import { findDateline, type Dateline } from './dateline.ts';
import { dateInUrl, findWrittenDate, parseWrittenDate } from './dates.ts';
import { found, supplied, suppliedAsUnknown, unknown } from './fields.ts';
import { inferLanguage } from './language.ts';
import { findOutletInText, hostOf, outletInFurniture } from './outlet.ts';
import { headlineFromUrl } from './slug-headline.ts';

export { findAgency } from './agency.ts';
export { findDateline, type Dateline } from './dateline.ts';
export { dateInUrl, findWrittenDate, parseWrittenDate } from './dates.ts';
export { inferLanguage } from './language.ts';
export { findOutletInText, hostOf, outletFromFurniture, outletFromCopyright } from './outlet.ts';
export { headlineFromUrl, slugTokens } from './slug-headline.ts';

/** The article's own text, one block per line (headings included: they help name-casing of slugs). */
const bodyText = (a: CleanArticle) => a.blocks.map((b) => (b.type === 'list' ? b.items.map((i) => i.text).join('\n') : b.text)).join('\n');
/** A dateline opens the body: the first paragraph, or the second when the first is a standfirst. */
function findBodyDateline(a: CleanArticle): Dateline | null {
  const paragraphs = a.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])).slice(0, 2);
  for (const p of paragraphs) {
    const d = findDateline(p);
    if (d) return d;
  }
  return null;
}

/**
 * Every metadata field with where it came from. Order of trust: what the
 * editor supplied (front matter, then manifest), then the capture line, then
 * what the page's own text says, then what the URL implies (marked derived).
 * Nothing is guessed: a page's date widget is the capture date, never the
 * publication date, and a dateline without a year gives no date.
 */
export function extractMetadata(raw: RawSource, clean: CleanArticle): SourceMetadata {
  const text = bodyText(clean);
  const dateline = findBodyDateline(clean);
  const url = supplied(raw.meta, 'url');
  const host = url ? hostOf(url.value!) : null;

  const slug = headlineFromUrl(url?.value ?? null, text);
  const headline =
    supplied(raw.meta, 'headline') ??
    (clean.headline ? found(clean.headline, 'text') : slug ? found(slug, 'url-slug', 'derived from the URL slug') : unknown<string>());

  const named = findOutletInText(text);
  const outlet =
    supplied(raw.meta, 'outlet') ??
    (named ? found(named, 'text', 'the article names itself') : null) ??
    publisherOf(clean) ??
    (host ? found(host, 'url-host', 'the URL host') : unknown<string>());

  const language = inferLanguage(text);
  return {
    headline,
    outlet,
    url: url ?? unknown<string>(),
    published: publishedField(raw, clean, dateline),
    dateline: dateline ? found(dateline.place, 'dateline') : unknown<string>(),
    byline: bylineField(clean),
    agency: agencyField(text, clean, dateline),
    kind: supplied(raw.meta, 'kind') ?? kindField(clean),
    language: supplied(raw.meta, 'language') ?? (language ? found(language, 'inferred', 'common English function words') : unknown<string>()),
    accessed: accessedField(clean),
  };
}

/** The outlet a removed furniture line names (outlet.ts outletInFurniture), with the line it came from. */
function publisherOf(clean: CleanArticle): Field<string> | null {
  const named = outletInFurniture(clean.removed);
  return named ? found(named.name, 'text', named.note) : null;
}

function publishedField(raw: RawSource, clean: CleanArticle, dateline: Dateline | null): Field<string> {
  const given = supplied(raw.meta, 'published');
  if (given) return given;
  const capture = captureOf(raw.text);
  if (capture) return found(capture.published, 'capture-line');
  for (const r of clean.removed) {
    if (r.rule !== 'timestamp' || !/^(?:first published|published|posted)\b/i.test(r.text)) continue;
    const date = findWrittenDate(r.text);
    if (date) return found(date, 'text', 'the page’s publication stamp');
  }
  if (dateline?.date) return found(dateline.date, 'dateline');
  const url = supplied(raw.meta, 'url')?.value;
  const inUrl = url ? dateInUrl(url) : null;
  if (inUrl) return found(inUrl, 'url-slug', 'the date in the article’s URL');
  const saidUnknown = suppliedAsUnknown(raw.meta, 'published');
  if (saidUnknown) return unknown(`the ${saidUnknown} says it is unknown`);
  if (dateline?.written) return unknown(`the dateline gives “${dateline.written}” without a year`);
  return unknown();
}

function accessedField(clean: CleanArticle): Field<string> {
  const widget = clean.removed.find((r) => r.rule === 'date-widget');
  const date = widget ? parseWrittenDate(widget.text) : null;
  return date ? found(date, 'text', 'page date widget at capture') : unknown();
}

const BY_PREFIX = /^(?:by|written by|reported by|posted by|story by|words by|author:)\s+/i;

function bylineField(clean: CleanArticle): Field<string> {
  const line = clean.removed.find((r) => r.rule === 'byline');
  if (!line) return unknown();
  const name = line.text.replace(/\u00a0/g, ' ').replace(BY_PREFIX, '').split(/\s*[,|·•–—]\s*|\s+-\s+/)[0]!.trim();
  return name ? found(name, 'text') : unknown();
}

function agencyField(text: string, clean: CleanArticle, dateline: Dateline | null): Field<string> {
  const agency = findAgency(text, clean.removed, dateline?.credit ?? null);
  return agency ? found(agency, 'text', 'credited in the text') : unknown();
}

function kindField(clean: CleanArticle): Field<SourceKind> {
  const marks = clean.removed.filter((r) => AGGREGATOR_RULE_IDS.has(r.rule)).length;
  if (clean.related.length > 0 || clean.coverage !== null || marks >= 2) {
    return found('aggregator', 'inferred', 'lists other outlets’ articles or a coverage widget');
  }
  return found('article', 'inferred', 'no aggregator furniture found');
}
