/**
 * DOM for the search page's results, built node by node: no HTML string
 * from the index ever reaches `innerHTML`. Pagefind's excerpts are HTML
 * (escaped page text plus `<mark>` around matches); {@link excerptParts}
 * reads just those marks and turns everything else into text.
 */
import { formatCount } from '../../site/format.ts';
import { el } from './dom.ts';
import type { PagefindResultData } from './types.ts';

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references Pagefind's escaping produces; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Split an excerpt into text runs; `<mark>…</mark>` runs are highlighted, any other tag is dropped. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}

/** Links from the index are site-relative; anything with a scheme other than http(s) is refused. */
export function safeHref(url: string | undefined): string {
  if (!url) return '#';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase();
  return scheme && scheme !== 'http' && scheme !== 'https' ? '#' : url;
}

/** "3 results for trade", "1 result for trade", "No results for trade"; without a term, "3 results". */
export function summaryText(count: number, term: string): string {
  const tail = term ? ` for ${term}` : '';
  if (count === 0) return `No results${tail}`;
  return `${formatCount(count)} ${count === 1 ? 'result' : 'results'}${tail}`;
}

function excerpt(doc: Document, cls: string, html: string): HTMLParagraphElement {
  const p = el(doc, 'p', cls);
  for (const part of excerptParts(html)) p.append(part.mark ? el(doc, 'mark', '', part.text) : doc.createTextNode(part.text));
  return p;
}

/** How many sections of a page are listed under it at most. */
export const MAX_SUB_RESULTS = 3;

/**
 * One result: title link (to the matching sentence), type · outlet · date,
 * the excerpt, and up to {@link MAX_SUB_RESULTS} matching sections. The
 * section that is the page itself is not listed again (as Pagefind's UIs do).
 */
export function renderResult(doc: Document, data: PagefindResultData): HTMLLIElement {
  const li = el(doc, 'li', 'sr');
  const link = el(doc, 'a', 'sr-link', data.meta.title || 'Untitled page');
  link.setAttribute('href', safeHref(data.url));
  li.append(el(doc, 'p', 'sr-title'));
  li.lastElementChild!.append(link);

  const meta = el(doc, 'p', 'sr-meta');
  if (data.meta.type) meta.append(el(doc, 'span', 'sr-type', data.meta.type));
  if (data.meta.outlet) meta.append(el(doc, 'span', 'sr-outlet', data.meta.outlet));
  if (data.meta.date_label) {
    const time = el(doc, 'time', 'sr-date', data.meta.date_label);
    if (data.meta.date) time.setAttribute('datetime', data.meta.date);
    meta.append(time);
  }
  if (meta.childElementCount > 0) li.append(meta);
  if (data.excerpt) li.append(excerpt(doc, 'sr-excerpt', data.excerpt));

  const subs = (data.sub_results ?? []).filter((s) => s.url !== data.url).slice(0, MAX_SUB_RESULTS);
  if (subs.length > 0) {
    const ul = el(doc, 'ul', 'sr-subs');
    for (const sub of subs) {
      const item = el(doc, 'li', '');
      const a = el(doc, 'a', 'sr-sub-link', sub.title);
      a.setAttribute('href', safeHref(sub.url));
      item.append(a, excerpt(doc, 'sr-sub-excerpt', sub.excerpt));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}
