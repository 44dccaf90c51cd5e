import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  afterSearch,
  collectErrors,
  openFilters,
  pageOf,
  QUERY_TABLE,
  readResults,
  routeOf,
  search,
  setFilter,
  sourcesOf,
  type SourceRef,
} from '../helpers/browser.ts';
import { withSeedSite, type SeedSiteSession } from '../helpers/seed-site.ts';
import { readDist, SEED_SITE } from '../helpers/sites.ts';
import { parsePreference } from '../../src/search/client/adapter.ts';
import { anchorFor, bestLocation, enhanceResult, siteRelative } from '../../src/search/client/results.ts';
import type { PagefindResultData } from '../../src/search/client/types.ts';
import { SENTENCE_ID } from '../../src/search/contract.ts';

// Search over http against the built seed site: the query table, sentence
// anchors, filters, the no-JavaScript budget of other pages, keyboard use.
let site: SeedSiteSession;
let browser: Browser;
let page: Page;
let errors: string[];
let sources: SourceRef[];

beforeAll(async () => {
  sources = sourcesOf(SEED_SITE.dist);
  site = await withSeedSite();
  browser = site.browser;
});
afterAll(async () => {
  await site?.close();
});

async function freshPage(): Promise<Page> {
  await page?.close();
  page = await browser.newPage({ viewport: { width: 1100, height: 2400 } });
  errors = collectErrors(page);
  return page;
}

describe('search over http', () => {
  it.each(QUERY_TABLE)('"$q" finds $expect', async ({ q, check }) => {
    const p = await freshPage();
    const view = await search(p, site.baseUrl, q);
    check(view, sources);
    expect(errors).toEqual([]);
  });

  it('shows title, outlet, date and a highlighted excerpt, and links to the matching sentence', async () => {
    const p = await freshPage();
    const { hits } = await search(p, site.baseUrl, 'Aral Sea');
    const top = hits[0]!;
    expect(top.meta).toMatch(/News\.Az/);
    expect(top.meta).toMatch(/\d{4}/);
    expect(await p.locator('.sr').first().locator('.sr-excerpt mark').count()).toBeGreaterThan(0);
    expect(top.href).toMatch(/^\.\/sources\/[^#]+\.html#s-[0-9a-z]+$/);
    await p.locator('.sr-link').first().click();
    await p.waitForURL(/#s-/);
    const target = await p.evaluate(() => document.querySelector(':target')?.textContent ?? '');
    expect(target).toMatch(/Aral Sea/);
    expect(errors).toEqual([]);
  });

  it('filters narrow the results and clearing them restores', async () => {
    const p = await freshPage();
    const all = await search(p, site.baseUrl, 'Russia', 50);
    expect(all.count).toBeGreaterThan(2);
    await openFilters(p);
    await afterSearch(p, () => setFilter(p, 'topic', /environment/i, true));
    const narrowed = await readResults(p, 'Russia', 50);
    expect(narrowed.count).toBeGreaterThan(0);
    expect(narrowed.count).toBeLessThan(all.count);
    expect(new URL(p.url()).searchParams.get('q')).toBe('Russia');

    await afterSearch(p, () => p.click('button[data-search-clear]'));
    const restored = await readResults(p, 'Russia', 50);
    expect(restored.count).toBe(all.count);
    expect(restored.hits.map((h) => h.href)).toEqual(all.hits.map((h) => h.href));
    expect(await p.isVisible('button[data-search-clear]')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('loads filter data only when the reader opens the filter pane', async () => {
    const p = await freshPage();
    const requested: string[] = [];
    p.on('request', (r) => {
      if (r.url().includes('/pagefind/filter/')) requested.push(r.url());
    });
    await search(p, site.baseUrl, 'Russia', 10);
    const chunks = fs.readdirSync(`${SEED_SITE.dist}/pagefind/filter`).length;
    expect(chunks).toBeGreaterThan(3);
    // Results first: at most the one chunk that puts source pages ahead of the pages quoting them.
    expect(requested.length).toBeLessThanOrEqual(1);
    expect(await p.locator('details[data-search-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);

    await openFilters(p);
    expect(new Set(requested).size).toBe(chunks);
    const groups = await p.$$eval('[data-search-filter-pane] details[data-filter-name]', (els) => els.map((e) => e.getAttribute('data-filter-name')));
    expect(groups).toEqual(expect.arrayContaining(['topic', 'outlet', 'people', 'places']));
    expect(errors).toEqual([]);
  });

  it('shows ten results at a time, loads only their data, and "Show more results" moves focus to the first new one', async () => {
    const p = await freshPage();
    const fragments: string[] = [];
    p.on('request', (r) => {
      if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
    });
    const first = await search(p, site.baseUrl, 'summit', 10);
    expect(first.count).toBeGreaterThan(10);
    await p.waitForLoadState('networkidle');
    // However tall the window (this one is 2,400 px), one query fetches the data of the ten results it shows.
    expect(await p.locator('[data-search-results] > .sr').count()).toBe(10);
    expect(new Set(fragments).size).toBe(10);
    await p.click('[data-search-more]');
    await p.waitForFunction(() => document.querySelectorAll('[data-search-results] > .sr').length === 20);
    const focused = await p.evaluate(() => document.activeElement?.getAttribute('href'));
    const eleventh = await p.locator('[data-search-results] > .sr').nth(10).locator('.sr-link').getAttribute('href');
    expect(focused).toBe(eleventh);
    const all = await readResults(p, 'summit', first.count);
    expect(all.hits.length).toBe(first.count);
    expect(await p.isVisible('[data-search-more]')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('sorts by date, newest or oldest first, and back to best match', async () => {
    const p = await freshPage();
    const best = await search(p, site.baseUrl, 'summit', 50);
    const sortedBy = async (value: string) => {
      await afterSearch(p, () => p.selectOption('select[data-search-sort]', value));
      return readResults(p, 'summit', 50);
    };
    const newest = await sortedBy('desc');
    const dates = newest.hits.map((h) => h.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.length).toBeLessThan(best.count); // undated pages drop out of a date sort
    expect(dates.every((d) => d !== null)).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
    const oldest = await sortedBy('asc');
    expect(oldest.hits.map((h) => h.date)).toEqual([...dates].reverse());
    const back = await sortedBy('');
    expect(back.hits.map((h) => h.href)).toEqual(best.hits.map((h) => h.href));
    expect(errors).toEqual([]);
  });

  it('pages other than search load no JavaScript file, and their one inline script is the same everywhere', async () => {
    const p = await freshPage();
    const inline: string[][] = [];
    for (const route of ['index.html', sources[0]!.route]) {
      const requested: string[] = [];
      p.on('request', (r) => requested.push(r.url()));
      await p.goto(`${site.baseUrl}${route}`);
      await p.waitForLoadState('networkidle');
      p.removeAllListeners('request');
      expect(requested.filter((u) => /\.m?js(\?|$)/.test(u) || u.includes('/pagefind/'))).toEqual([]);
      const html = readDist(SEED_SITE, route);
      expect(html).not.toMatch(/<script[^>]*\bsrc=/);
      // Executable inline scripts only: JSON-LD blocks are per-page data, not code.
      inline.push([...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/application\/ld\+json/.test(m[1]!)).map((m) => m[2]!));
    }
    // Static inline scripts only (a CSP can hash them): the same bytes on every page.
    expect(inline[0]!.length).toBeGreaterThan(0);
    expect(inline[1]).toEqual(inline[0]);
    expect(errors).toEqual([]);
  });

  it('works by keyboard alone: / opens search, type, arrow through results, Enter opens one', async () => {
    const p = await freshPage();
    await p.goto(`${site.baseUrl}${sources[0]!.route}`);
    await p.keyboard.press('/');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await p.keyboard.type('remittances');
    await Promise.all([p.waitForURL(/search\.html\?q=remittances/), p.keyboard.press('Enter')]);
    const view = await readResults(p, 'remittances');
    expect(view.hits.length).toBeGreaterThan(1);

    // Focus lands in the search page's own input; ArrowDown walks the result links.
    expect(await p.evaluate(() => document.activeElement?.id === 'search-q')).toBe(true);
    await p.keyboard.press('ArrowDown');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(view.hits[0]!.href);
    await p.keyboard.press('ArrowDown');
    const second = await p.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).not.toBe(view.hits[0]!.href);
    await p.keyboard.press('ArrowUp');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(view.hits[0]!.href);
    await Promise.all([p.waitForURL(/\/sources\/.+#s-/), p.keyboard.press('Enter')]);
    expect(pageOf(`./${new URL(p.url()).pathname.slice(1)}`)).toBe(routeOf(sources, /ground news/i));
    expect(errors).toEqual([]);
  });

  it('Ctrl+K focuses the header search box', async () => {
    const p = await freshPage();
    await p.goto(`${site.baseUrl}index.html`);
    await p.keyboard.press('Control+k');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
  });
});

// The result post-processing is pure; its edge cases are cheaper to pin here than through a browser.
describe('result links', () => {
  const anchors = [
    { element: 'span', id: 's-aaaa', text: 'One two three.', location: 2 },
    { element: 'h2', id: 'part-2', text: 'Part two', location: 6 },
    { element: 'span', id: 's-bbbb', text: 'Four five.', location: 8 },
  ];

  it('makes Pagefind URLs relative to the search page and leaves full URLs alone', () => {
    expect(siteRelative('/sources/a.html#x', './')).toBe('./sources/a.html#x');
    expect(siteRelative('/topics/b.html', '../')).toBe('../topics/b.html');
    expect(siteRelative('https://other.example/a.html', './')).toBe('https://other.example/a.html');
  });

  it('links a hit to the sentence containing it, else the heading above it, else the page', () => {
    expect(anchorFor(anchors, 3, SENTENCE_ID)?.id).toBe('s-aaaa');
    expect(anchorFor(anchors, 6, SENTENCE_ID)?.id).toBe('part-2'); // in the heading
    expect(anchorFor(anchors, 9, SENTENCE_ID)?.id).toBe('s-bbbb');
    expect(anchorFor(anchors, 12, SENTENCE_ID)?.id).toBe('part-2'); // past the last sentence's end
    expect(anchorFor(anchors, 0, SENTENCE_ID)).toBeNull(); // before any anchor: the page itself
  });

  it('picks the strongest hit, the earliest on a tie', () => {
    expect(bestLocation([{ weight: 1, balanced_score: 2, location: 9 }, { weight: 1, balanced_score: 5, location: 3 }])).toBe(3);
    expect(bestLocation([{ weight: 1, balanced_score: 5, location: 9 }, { weight: 1, balanced_score: 5, location: 3 }])).toBe(3);
    expect(bestLocation([])).toBeNull();
  });

  it('rewrites the page and its sections, and labels ISO dates', () => {
    const data: PagefindResultData = {
      url: '/sources/a.html',
      excerpt: '',
      meta: { title: 'A', date: '2025-10-09' },
      anchors,
      weighted_locations: [{ weight: 1, balanced_score: 3, location: 9 }],
      sub_results: [
        { title: 'A', url: '/sources/a.html', excerpt: '' },
        { title: 'Part two', url: '/sources/a.html#part-2', excerpt: '', anchor: anchors[1]!, weighted_locations: [{ weight: 1, balanced_score: 3, location: 9 }] },
      ],
    };
    const out = enhanceResult(data, { siteRoot: './', sentenceId: SENTENCE_ID });
    expect(out.url).toBe('./sources/a.html#s-bbbb');
    expect(out.sub_results?.map((s) => s.url)).toEqual(['./sources/a.html#s-bbbb', './sources/a.html#s-bbbb']);
    expect(out.meta.date_label).toBe('9 October 2025');
    expect(data.url).toBe('/sources/a.html'); // Pagefind's cached object is left as it was
  });

  it('reads the preferred-pages attribute', () => {
    expect(parsePreference('page type:Source')).toEqual({ key: 'page type', value: 'Source' });
    expect(parsePreference('')).toBeNull();
    expect(parsePreference('nokey')).toBeNull();
    expect(parsePreference(undefined)).toBeNull();
  });
});
