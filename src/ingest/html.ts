import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { COPYRIGHT_MARK } from './copyright.ts';
import { SourceInputError } from '../model/errors.ts';
import { blocksToLines, type TextNodeLike } from './html-text.ts';

/** Page chrome that is never the article, for the fallback when Readability finds nothing. */
const CHROME = 'script,style,noscript,template,iframe,nav,header,footer,aside,form';

/**
 * A saved HTML page → its main content as text lines (see blocksToLines), so
 * it goes through the same cleaning as a text capture. Readability picks the
 * article; its title, byline and publication time become the first lines and
 * the footer's copyright line the last, as a capture would show them (the
 * cleaner removes them again; the metadata stage reads them).
 */
export function htmlToText(file: string, html: string): { text: string; title: string | null } {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script,style,noscript,template,iframe')) el.remove();
  const h1 = (document.querySelector('article h1, main h1') ?? document.querySelector('h1'))?.textContent;
  const copyright = copyrightLine(document);
  let article: ReturnType<Readability['parse']> = null;
  try {
    // Readability mutates the document; the fallback below re-parses.
    article = new Readability(document as unknown as Document).parse();
  } catch (err) {
    throw new SourceInputError(file, 'the HTML page could not be read', { hint: 'save the article page as HTML or text', cause: err });
  }
  const title = clean(h1) || clean(article?.title) || null;
  let body: string[];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    body = blocksToLines(content.body as unknown as TextNodeLike, 1);
  } else {
    const { document: whole } = parseHTML(html);
    for (const el of whole.querySelectorAll(CHROME)) el.remove();
    body = blocksToLines(whole.body as unknown as TextNodeLike);
  }
  const lines: string[] = [];
  if (title) lines.push(`# ${title}`);
  const byline = clean(article?.byline);
  if (byline) lines.push(/^by\s/i.test(byline) ? byline : `By ${byline}`);
  const published = /^(\d{4}-\d{2}-\d{2})/.exec(article?.publishedTime ?? '')?.[1];
  if (published) lines.push(`Published: ${published}`);
  for (const line of body) if (!title || line.replace(/^#+\s/, '') !== title) lines.push(line);
  if (copyright && !lines.includes(copyright)) lines.push(copyright);
  if (!lines.some((l) => l.trim())) throw new SourceInputError(file, 'no article text found in the HTML page', { hint: 'save the article page itself' });
  return { text: lines.join('\n'), title };
}

/** The page's copyright notice ("© 2024 Caspian Daily. All rights reserved."): the shortest element text that opens with one. */
function copyrightLine(document: ReturnType<typeof parseHTML>['document']): string | null {
  let best: string | null = null;
  // Footers and small blocks only: a page-wide <div>'s text would be read whole for every level of nesting.
  for (const el of document.querySelectorAll('footer, footer *, p, small, [class*="copyright" i], [id*="copyright" i]')) {
    const text = clean(el.textContent);
    if (text.length <= 200 && COPYRIGHT_MARK.test(text) && (best === null || text.length < best.length)) best = text;
  }
  return best;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
