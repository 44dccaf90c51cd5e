/**
 * DOM → plain text lines, one block per line, in the shape of a raw text
 * capture: headings as `# ` / `## ` lines (so the cleaner knows they are
 * headings), list items as `- ` lines, everything else as it reads.
 * Only text nodes are read: markup, scripts and attributes never reach the text.
 */

/** Structural DOM node shape shared by linkedom and browsers (just what we walk). */
export interface TextNodeLike {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
  tagName?: string;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

const ELEMENT = 1;
const TEXT = 3;

/** The text of `root` as lines. `headingShift` lowers heading levels (Readability turns the page h1 into h2). */
export function blocksToLines(root: TextNodeLike, headingShift = 0): string[] {
  const lines: string[] = [];
  let buf = '';
  let prefix = '';
  const flush = () => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) lines.push(prefix + t);
    buf = '';
  };
  const walk = (node: TextNodeLike) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT) buf += child.textContent ?? '';
      if (child.nodeType !== ELEMENT) continue;
      const tag = (child.tagName ?? '').toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') { flush(); continue; }
      if (!BLOCK.has(tag)) { walk(child); continue; }
      flush();
      const outer = prefix;
      const level = /^H([1-6])$/.exec(tag)?.[1];
      if (level) prefix = `${'#'.repeat(Math.min(6, Math.max(1, Number(level) - headingShift)))} `;
      else if (tag === 'LI') prefix = '- ';
      walk(child);
      flush();
      prefix = outer;
    }
  };
  walk(root);
  return lines;
}
