/**
 * A page as a source file: a raw text capture (.txt), Markdown with front
 * matter (.md), or a saved web page (.html), in the shapes the ingest accepts.
 */
import type { Article } from './article.ts';
import type { Furniture } from './furniture.ts';
import type { Random } from './random.ts';

/** Everything a file needs. */
export interface PageInput {
  article: Article;
  furniture: Furniture;
  outletName: string;
  published: string | null;
  url: string;
  /** Write the capture tool's first line (` date YYYY-MM-DD …`). Only with a known date. */
  captureLine: boolean;
  /** For .md: front matter fields (null values are written as null). */
  front?: Record<string, string | null>;
}

/** The file's text, and for the audit which lines of it are furniture and which are article text. */
export interface Rendered {
  text: string;
  furniture: string[];
  body: string[];
}

/** Body blocks with the mid-body furniture in place; subheads as `sub(text)`. */
function bodyLines(p: PageInput, sub: (t: string) => string): { lines: string[]; furniture: string[]; body: string[] } {
  const lines: string[] = [];
  const furniture: string[] = [];
  const body: string[] = [];
  let paragraph = 0;
  for (const b of p.article.blocks) {
    if (b.type === 'h') {
      lines.push(sub(b.text));
      continue;
    }
    lines.push(b.text);
    body.push(b.text);
    for (const m of p.furniture.mid.filter((x) => x.after === paragraph)) {
      lines.push(...m.lines);
      furniture.push(...m.lines);
    }
    paragraph++;
  }
  return { lines, furniture, body };
}

export function renderTxt(r: Random, p: PageInput): Rendered {
  const f = p.furniture;
  const inner = bodyLines(p, (t) => t);
  const lines = [
    ...(p.captureLine && p.published ? [` date ${p.published} + ↺ − 16 px`] : []),
    ...f.top,
    p.article.headline,
    ...f.head,
    ...inner.lines,
    ...f.bottom,
  ];
  // Some captures keep the page's blank lines between blocks, some do not.
  const text = `${lines.join(r.chance(0.5) ? '\n\n' : '\n')}\n`;
  return { text, furniture: [...f.top, ...f.head, ...inner.furniture, ...f.bottom], body: inner.body };
}

const yamlValue = (v: string | null) => (v === null ? 'null' : /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : JSON.stringify(v));

export function renderMd(p: PageInput): Rendered {
  const f = p.furniture;
  const inner = bodyLines(p, (t) => `## ${t}`);
  const front = Object.entries(p.front ?? {}).map(([k, v]) => `${k}: ${yamlValue(v)}`);
  const blocks = [...f.top, `# ${p.article.headline}`, ...f.head, ...inner.lines, ...f.bottom];
  // Consecutive list items stay one list; everything else is its own paragraph.
  let text = `---\n${front.join('\n')}\n---\n`;
  blocks.forEach((b, i) => {
    const list = /^(?:- |\d+\. )/.test(b) && i > 0 && /^(?:- |\d+\. )/.test(blocks[i - 1]!);
    text += `${list ? '' : '\n'}${b}\n`;
  });
  return { text, furniture: [...f.top, ...f.head, ...inner.furniture, ...f.bottom], body: inner.body };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A saved article page: chrome in header/nav/aside/footer, the story in <article>. */
export function renderHtml(p: PageInput): Rendered {
  const f = p.furniture;
  const inner = bodyLines(p, (t) => `<h2>${esc(t)}</h2>`);
  const paras = inner.lines.map((l) => (l.startsWith('<h2>') ? l : `<p>${esc(l)}</p>`));
  const listItems = f.bottom.filter((l) => /^(?:- |\d+\. )/.test(l)).map((l) => `<li><a href="#">${esc(l.replace(/^(?:- |\d+\. )/, ''))}</a></li>`);
  const other = f.bottom.filter((l) => !/^(?:- |\d+\. )/.test(l)).map((l) => `<p>${esc(l)}</p>`);
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(p.article.headline)} | ${esc(p.outletName)}</title>
${p.published ? `<meta property="article:published_time" content="${p.published}T${String(8 + (p.url.length % 10)).padStart(2, '0')}:00:00Z">\n` : ''}<link rel="canonical" href="${esc(p.url)}">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<header><div class="logo">${esc(p.outletName)}</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav>
</header>
<main>
<article>
<h1>${esc(p.article.headline)}</h1>
${f.head.map((l) => `<p class="meta">${esc(l)}</p>`).join('\n')}
${paras.join('\n')}
<div class="share">${f.top.map((l) => `<span>${esc(l)}</span>`).join(' ')}</div>
</article>
${listItems.length ? `<aside class="related"><h3>Related</h3><ul>${listItems.join('')}</ul></aside>` : ''}
</main>
<footer>${other.join('\n')}</footer>
</body>
</html>
`;
  return { text: html, furniture: [...f.head], body: inner.body };
}
