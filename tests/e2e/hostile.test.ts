import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { launchChromium, openFilters, search } from '../helpers/browser.ts';
import { fold, page as parse } from '../helpers/html.ts';
import { serveDir, type StaticServer } from '../helpers/serve.ts';
import { FIXTURE_SITE, ROOT } from '../helpers/sites.ts';
import { watchPage, type Watch } from '../helpers/watch.ts';
import { INLINE_SCRIPTS } from '../../src/site/inline-scripts.ts';

// The fixture site (tests/fixtures/site-sources) is built from hostile input:
// markup, handlers, script URLs and MDX syntax in text, front matter, manifest
// and a saved HTML page, plus a 112k-character line. Built and opened, no
// script of theirs may run, their text must show as text, and the only links
// out of the site are http(s) links to original articles.

const FIXTURES = path.join(ROOT, 'tests/fixtures/site-sources');
const dist = FIXTURE_SITE.dist;
const pages = fs
  .readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.split(path.sep).join('/'))
  .sort();
const frontMatter = (file: string) =>
  YAML.parse(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(FIXTURES, file), 'utf8'))![1]!) as Record<string, string>;
const manifest = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'manifest.json'), 'utf8')) as { sources: { file: string; url?: string; outlet?: string }[] };

/** Every URL the input gave that is not http(s): none may survive anywhere in the built site. */
const scriptUrls = [...manifest.sources.map((s) => s.url), frontMatter('hostile-front-matter.md').url].filter(
  (u): u is string => !!u && !/^https?:/i.test(u),
);

/** Per source page, text its input carries that must be shown literally (from the fixture files). */
const LITERAL: Record<string, string[]> = {
  'sources/hostile-front-matter.html': [
    frontMatter('hostile-front-matter.md').headline!,
    frontMatter('hostile-front-matter.md').outlet!,
    "<script>alert('fm-body')</script>",
    "{alert('fm-expression')} and {/* a comment */}",
    "<svg onload=alert('fm-svg')>",
    "import { secret } from './secret.js'",
    "export default function Page() { return alert('fm-export') }",
    "[port statement](javascript:alert('fm-link'))",
    '<a href="data:text/html,alert(1)">here</a>',
    // The byline line is removed as page furniture and listed, markup and all.
    "By Nino Beridze, <img src=x onerror=alert('fm-by')> {alert(1)}",
  ],
  'sources/hostile-page.html': [
    manifest.sources.find((s) => s.file === 'hostile-page.html')!.outlet!,
    "<script>alert('html-escaped')</script> and <iframe src=\"javascript:alert(1)\"></iframe> as plain words",
    "{alert('html-expression')} and export const x = 1; and import y from 'z'",
  ],
  'sources/hostile-text.html': ['<script>alert(document.cookie)</script> would not run', '<Danger onClick={() => alert(1)} />'],
  'sources/long-line.html': [
    manifest.sources.find((s) => s.file === 'long-line.txt')!.outlet!,
    // The end of the 112k-character line: nothing was cut.
    "A late notice quoted <script>alert('long-line')</script>, {alert('long-line-expression')} and <img src=x onerror=alert('long-line-img')> as words at the very end of the line.",
  ],
};

/** Elements the site never authors (its forms are the header search box and the search page's; its one svg the theme icon). */
const FOREIGN = 'iframe, frame, frameset, object, embed, applet, portal, base, img, video, audio, meta[http-equiv="refresh" i], form:not(.site-search, .search-bar), svg:not(.theme-toggle svg)';
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'srcset'];

describe('the built fixture site, read statically', () => {
  it('has every source, each with sentences', () => {
    const data = JSON.parse(fs.readFileSync(path.join(dist, 'briefing.json'), 'utf8')) as { sources: { id: string; sentenceCount: number }[] };
    const counts = Object.fromEntries(data.sources.map((s) => [s.id, s.sentenceCount]));
    for (const id of ['hostile-front-matter', 'hostile-page', 'hostile-link', 'hostile-text', 'long-line']) expect(counts[id], id).toBeGreaterThan(0);
    expect(counts['long-line']).toBeGreaterThan(800);
  });

  it('holds no foreign element, handler, style attribute or non-http(s) URL on any page', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const f of pages) {
      const doc = parse(fs.readFileSync(path.join(dist, f), 'utf8'));
      expect([...doc.querySelectorAll(FOREIGN)].map((e) => e.outerHTML.slice(0, 80)), f).toEqual([]);
      for (const el of doc.querySelectorAll('*')) {
        for (const a of el.attributes) {
          expect(/^on|^style$/i.test(a.name), `${f}: <${el.tagName} ${a.name}>`).toBe(false);
          if (!URL_ATTRS.includes(a.name.toLowerCase())) continue;
          const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(a.value)?.[1]?.toLowerCase();
          if (scheme) expect(['http', 'https'], `${f}: ${a.name}="${a.value.slice(0, 60)}"`).toContain(scheme);
        }
      }
      for (const s of doc.querySelectorAll('script')) {
        const type = s.getAttribute('type') ?? '';
        if (s.hasAttribute('src')) expect(s.getAttribute('src'), f).toMatch(/^(?:\.\.?\/)*pagefind\/briefing\/search\.js$/);
        else if (type === 'application/ld+json') {
          // Data, never closable from inside: no raw '<', valid JSON, and only http(s) URLs in it.
          expect(s.textContent, f).not.toContain('<');
          const urls = (s.textContent ?? '').match(/"(?:url|isBasedOn)":"[^"]*"/g) ?? [];
          for (const u of urls) expect(u, f).toMatch(/:"https?:\/\//);
          expect(() => JSON.parse(s.textContent ?? ''), f).not.toThrow();
        } else expect(INLINE_SCRIPTS, `${f}: inline script`).toContain(s.textContent);
      }
    }
  });

  it('links to an original article only over http(s), in parsed form', () => {
    const link = parse(fs.readFileSync(path.join(dist, 'sources/hostile-link.html'), 'utf8')).querySelector('a[rel~="external"]');
    const href = new URL(link!.getAttribute('href')!);
    expect(href.protocol).toBe('https:');
    expect(href.host).toBe('harbour-news.example.com');
    expect(link!.getAttribute('href')).not.toMatch(/[<>"]/);
    for (const f of ['hostile-front-matter', 'hostile-page', 'hostile-text', 'long-line']) {
      expect(parse(fs.readFileSync(path.join(dist, `sources/${f}.html`), 'utf8')).querySelectorAll('a[rel~="external"]').length, f).toBe(0);
    }
  });

  it('never repeats a dropped javascript:, vbscript: or data: URL, in any file', () => {
    expect(scriptUrls.length).toBe(4);
    const files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:html|json|xml)$/.test(f) && !f.startsWith('pagefind'));
    for (const f of files) {
      const text = fs.readFileSync(path.join(dist, f), 'utf8');
      for (const u of scriptUrls) expect(text.includes(u), `${f} repeats ${u}`).toBe(false);
    }
  });

  it('shows hostile text literally on its source page', () => {
    for (const [route, strings] of Object.entries(LITERAL)) {
      const text = fold(parse(fs.readFileSync(path.join(dist, route), 'utf8')).querySelector('main')?.textContent ?? '');
      for (const s of strings) expect(text, route).toContain(fold(s));
    }
  });
});

// ---------------------------------------------------------------------------

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDir(dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What a page shows in the browser that hostile input could have changed. */
interface Seen {
  foreign: string[];
  /** Links out of the site whose scheme is not http(s). */
  badLinks: string[];
  text: string;
}

async function visitAll(context: BrowserContext, base: string, routes: string[]): Promise<{ watch: Watch; seen: Map<string, Seen> }> {
  const page = await context.newPage();
  const watch = await watchPage(page);
  const seen = new Map<string, Seen>();
  try {
    for (const route of routes) {
      await page.goto(`${base}${route}`, { waitUntil: 'load' });
      seen.set(
        route,
        await page.evaluate((foreign) => {
          // What a reader sees with every disclosure opened (removed lines, citations).
          for (const d of document.querySelectorAll('details')) d.open = true;
          const here = location.protocol === 'file:' ? 'file:' : location.origin;
          const outside = [...document.querySelectorAll('a[href]')]
            .map((a) => (a as HTMLAnchorElement))
            .filter((a) => (a.protocol === 'file:' ? 'file:' : a.origin) !== here);
          return {
            foreign: [...document.querySelectorAll(foreign)].map((e) => e.outerHTML.slice(0, 80)),
            badLinks: outside.filter((a) => !/^https?:$/.test(a.protocol)).map((a) => a.href),
            text: document.querySelector('main')?.innerText ?? '',
          };
        }, FOREIGN),
      );
    }
  } finally {
    await page.close();
  }
  return { watch, seen };
}

describe.each([
  // As served: the policy is on, so any injection attempt would also show as a violation.
  { mode: 'over http, with the policy', bypassCSP: false, base: () => server.url },
  // With the policy switched off: escaping alone must keep every payload inert.
  { mode: 'over http, policy bypassed', bypassCSP: true, base: () => server.url },
  { mode: 'from file://', bypassCSP: false, base: () => `${pathToFileURL(dist).href}/` },
])('every page of the fixture site in Chromium, $mode', ({ bypassCSP, base }) => {
  it('runs nothing, opens no dialog, shows the text, links out only over http(s)', async () => {
    const context = await browser.newContext({ bypassCSP, viewport: { width: 1100, height: 1200 } });
    try {
      const { watch, seen } = await visitAll(context, base(), pages);
      expect(seen.size).toBe(pages.length);
      expect({ canaries: watch.canaries, dialogs: watch.dialogs, violations: watch.violations }).toEqual({ canaries: [], dialogs: [], violations: [] });
      for (const [route, s] of seen) {
        expect(s.foreign, route).toEqual([]);
        expect(s.badLinks, route).toEqual([]);
      }
      for (const [route, strings] of Object.entries(LITERAL)) {
        for (const str of strings) expect(fold(seen.get(route)!.text), route).toContain(fold(str));
      }
    } finally {
      await context.close();
    }
  });

  it('search over the hostile text renders it as text and runs nothing', async () => {
    const context = await browser.newContext({ bypassCSP, viewport: { width: 1100, height: 2400 } });
    try {
      const page = await context.newPage();
      const watch = await watchPage(page);
      const view = await search(page, base(), 'alert', 12);
      expect(view.count).toBeGreaterThan(3);
      // Titles and outlets quote the markup literally; excerpts add only Pagefind's <mark>.
      const titles = view.hits.map((h) => h.title);
      expect(titles).toContain(frontMatter('hostile-front-matter.md').headline);
      const excerptTags = await page.$$eval('.sr-excerpt *', (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))]);
      expect(excerptTags).toEqual(['mark']);
      expect(await page.$$eval('.sr-excerpt', (els) => els.map((e) => e.textContent ?? '').join(' '))).toContain('<script>alert(');
      // Outlet filter labels carry markup from the manifest: shown as text, nothing created.
      await openFilters(page);
      await page.locator('[data-search-filter-pane] details[data-filter-name="outlet"] summary').click();
      const labels = await page.$$eval('[data-search-filter-pane] details[data-filter-name="outlet"] label', (els) => els.map((e) => e.textContent ?? ''));
      expect(labels.join(' ')).toContain(manifest.sources.find((s) => s.file === 'long-line.txt')!.outlet!);
      expect(await page.$$eval(FOREIGN, (els) => els.length)).toBe(0);
      expect({ canaries: watch.canaries, dialogs: watch.dialogs, violations: watch.violations }).toEqual({ canaries: [], dialogs: [], violations: [] });
    } finally {
      await context.close();
    }
  });
});

describe('the canaries themselves', () => {
  it('catch a payload that does run (the test would see an injection)', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    try {
      const page = await context.newPage();
      const watch = await watchPage(page);
      await page.goto(`${server.url}index.html`);
      // What an unescaped headline would do with the policy off: an image whose error handler alerts.
      await page.evaluate(() => {
        document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="x" onerror="alert(\'canary\')">');
      });
      await expect.poll(() => watch.canaries).toEqual([expect.stringMatching(/^alert\(canary\) on /)]);
    } finally {
      await context.close();
    }
  });
});
