import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterSearch, launchChromium, openFilters, readResults, search, setFilter } from '../helpers/browser.ts';
import { page as parse } from '../helpers/html.ts';
import { serveDir, type StaticServer } from '../helpers/serve.ts';
import { FIXTURE_SITE, SEED_SITE, type BuiltSite } from '../helpers/sites.ts';
import { watchPage, type Watch } from '../helpers/watch.ts';

// The Content-Security-Policy every page carries: read statically from the
// built pages (both test sites), then enforced in Chromium over http and from
// file://, where every page type, the theme toggle, the keyboard shortcut and
// search with a filter must work without a single violation.

const htmlFiles = (dist: string) =>
  fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/')).sort();

/** Directive name → sources, first occurrence winning as in browsers. */
function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !out.has(name)) out.set(name, sources);
  }
  return out;
}

const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

describe.each([SEED_SITE, FIXTURE_SITE])('the policy in the built $name site', (site: BuiltSite) => {
  const pages = htmlFiles(site.dist).map((f) => ({ f, html: fs.readFileSync(path.join(site.dist, f), 'utf8') }));

  it('every page has exactly one policy, first in <head> after the charset', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const { f, html } of pages) {
      const doc = parse(html);
      const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy" i]');
      expect(metas.length, f).toBe(1);
      // A <meta> policy only governs what comes after it: nothing but the charset may precede it.
      const [first, second] = [...doc.head.children];
      expect(first?.hasAttribute('charset'), f).toBe(true);
      expect(second, f).toBe(metas[0]);
    }
  });

  it('allows scripts from the site and by hash only, never inline or eval, never another origin', () => {
    for (const { f, html } of pages) {
      const policy = directives(parse(html).querySelector('meta[http-equiv="content-security-policy" i]')!.getAttribute('content')!);
      for (const [name, value] of [
        ['default-src', "'self'"],
        ['object-src', "'none'"],
        ['base-uri', "'self'"],
        ['form-action', "'self'"],
        ['connect-src', "'self'"],
      ]) {
        expect(policy.get(name!), `${f} ${name}`).toEqual([value]);
      }
      const script = policy.get('script-src') ?? [];
      expect(script, f).toContain("'self'");
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", 'data:', '*', 'http:', 'https:']) {
        expect(script, `${f} script-src`).not.toContain(bad);
      }
      expect(policy.get('style-src') ?? [], f).not.toContain("'unsafe-inline'");
      // No third-party origin anywhere, and no data: URLs: only keywords, hashes and the blob: scheme.
      for (const [name, sources] of policy) {
        for (const s of sources) expect(s, `${f} ${name}`).toMatch(/^(?:'[a-z-]+'|'sha256-[A-Za-z0-9+/]+=*'|blob:)$/);
      }
      // Pagefind's WebAssembly and the file:// loader's Blob modules: on the search page only.
      const searchPage = f === 'search.html';
      expect(script.includes("'wasm-unsafe-eval'"), f).toBe(searchPage);
      expect(script.includes('blob:'), f).toBe(searchPage);
    }
  });

  it('lists the SHA-256 of every inline script the page executes', () => {
    let hashed = 0;
    for (const { f, html } of pages) {
      const doc = parse(html);
      const script = directives(doc.querySelector('meta[http-equiv="content-security-policy" i]')!.getAttribute('content')!).get('script-src') ?? [];
      for (const el of doc.querySelectorAll('script:not([src])')) {
        const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
        if (!EXECUTABLE.has(type)) continue;
        const hash = `'sha256-${createHash('sha256').update(el.textContent ?? '', 'utf8').digest('base64')}'`;
        expect(script, `${f}: inline script ${(el.textContent ?? '').slice(0, 50)}`).toContain(hash);
        hashed++;
      }
      // Inline event handlers and javascript: URLs would need 'unsafe-inline' (or 'unsafe-hashes'): there are none.
      for (const el of doc.querySelectorAll('*')) {
        for (const a of el.attributes) expect(/^on/i.test(a.name), `${f}: <${el.tagName} ${a.name}>`).toBe(false);
      }
      expect(html, f).not.toMatch(/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i);
    }
    // The theme script and the search shortcut on every page.
    expect(hashed).toBe(pages.length * 2);
  });

  it('keeps JSON-LD as the only data blocks (a type the browser does not execute)', () => {
    const blocks = pages.flatMap(({ html }) => [...parse(html).querySelectorAll('script:not([src])')].map((s) => s.getAttribute('type') ?? ''));
    const data = blocks.filter((t) => !EXECUTABLE.has(t.trim().toLowerCase()));
    expect(data).toContain('application/ld+json');
    expect(new Set(data)).toEqual(new Set(['application/ld+json']));
  });
});

// ---------------------------------------------------------------------------

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDir(SEED_SITE.dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One page of each type the site has (the first topic, entity and source). */
function pageTypes(dist: string): string[] {
  const files = htmlFiles(dist);
  const first = (dir: string) => files.find((f) => f.startsWith(`${dir}/`)) ?? `${dir}/ (none built)`;
  return ['index.html', 'briefing.html', 'timeline.html', 'coverage.html', 'topics.html', first('topics'), 'entities.html', first('entities'), first('sources')];
}

async function openWatched(): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 2400 } });
  return { page, watch: await watchPage(page) };
}

const clean = (w: Watch) => ({ violations: w.violations, cspConsole: w.cspConsole, dialogs: w.dialogs });
const NONE = { violations: [], cspConsole: [], dialogs: [] };

describe.each([
  { mode: 'http', base: () => server.url },
  { mode: 'file://', base: () => `${pathToFileURL(SEED_SITE.dist).href}/` },
])('the policy enforced in Chromium, over $mode', ({ base }) => {
  it('every page type loads, the theme toggle and the search shortcut work, with no violation', async () => {
    const { page, watch } = await openWatched();
    try {
      const visited: string[] = [];
      for (const rel of pageTypes(SEED_SITE.dist)) {
        await page.goto(`${base()}${rel}`);
        await page.waitForLoadState('load');
        visited.push(rel);
      }
      expect(visited).toHaveLength(9);
      // The theme script runs (it reveals the toggle), switches the theme, and the choice carries to the next page.
      await page.goto(`${base()}index.html`);
      const toggle = page.locator('[data-theme-toggle]');
      await expect.poll(() => toggle.isVisible()).toBe(true);
      const before = await page.evaluate(() => document.documentElement.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
      await toggle.click();
      const after = await page.evaluate(() => document.documentElement.dataset.theme);
      expect(after).not.toBe(before);
      // Over file://, the next page once read no stored theme when loaded straight after the click (1 CI run in 4 on
      // 2026-12-07; the write had landed on this page). A reader never navigates that fast: the next page may load again, for 5 s.
      await expect
        .poll(async () => {
          await page.goto(`${base()}briefing.html`);
          return page.evaluate(() => document.documentElement.dataset.theme);
        }, { timeout: 5_000 })
        .toBe(after);
      // The search shortcut script runs: `/` focuses the header search box.
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
      expect(clean(watch)).toEqual(NONE);
    } finally {
      await page.close();
    }
  });

  it('search returns results and a filter narrows them, with no violation', async () => {
    const { page, watch } = await openWatched();
    try {
      const all = await search(page, base(), 'Russia', 50);
      expect(all.count).toBeGreaterThan(1);
      expect(all.hits.length).toBeGreaterThan(0);
      await openFilters(page);
      await afterSearch(page, () => setFilter(page, 'topic', /environment/i, true));
      const narrowed = await readResults(page, 'Russia', 50);
      expect(narrowed.count).toBeGreaterThan(0);
      expect(narrowed.count).toBeLessThan(all.count);
      expect(clean(watch)).toEqual(NONE);
    } finally {
      await page.close();
    }
  });

  it('is really enforced: an inline script added to a page is blocked and reported', async () => {
    const { page, watch } = await openWatched();
    try {
      await page.goto(`${base()}index.html`);
      const ran = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true;';
        document.body.append(s);
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran).toBe(false);
      await expect.poll(() => watch.violations.length).toBe(1);
      expect(watch.violations[0]).toMatch(/^script-src-elem inline /);
    } finally {
      await page.close();
    }
  });
});
