import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { SourceInputError } from '../model/errors.ts';

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre';

/**
 * A saved HTML page → its main content as plain text, one block per line
 * (`- ` for list items), so it goes through the same cleaning as a text
 * capture. Scripts and styles never survive: only text content is read.
 */
export function htmlToText(file: string, html: string): { text: string; title: string | null } {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script,style,noscript,template,iframe')) el.remove();
  const title = document.querySelector('h1')?.textContent?.trim() || document.title?.trim() || null;
  let article: { content?: string | null } | null = null;
  try {
    article = new Readability(document as unknown as Document).parse();
  } catch (err) {
    throw new SourceInputError(file, 'the HTML page could not be read', { cause: err });
  }
  if (!article?.content) throw new SourceInputError(file, 'no article text found in the HTML page', { hint: 'save the article page itself' });
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const lines: string[] = [];
  if (title) lines.push(title);
  for (const el of content.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // the innermost block carries the text
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text === title) continue;
    lines.push(el.tagName.toLowerCase() === 'li' ? `- ${text}` : text);
  }
  return { text: lines.join('\n'), title };
}
