import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  afterSearch,
  collectErrors,
  launchChromium,
  openFilters,
  QUERY_TABLE,
  readResults,
  search,
  setFilter,
  sourcesOf,
  type SourceRef,
} from '../helpers/browser.ts';
import { serveDir, type StaticServer } from '../helpers/serve.ts';
import { SEED_SITE } from '../helpers/sites.ts';

// The built seed site opened from disk (file://), where Chromium blocks
// fetch, module scripts and workers: search must work through the offline
// bundle with the same results as over http, and without a console error.
let browser: Browser;
let server: StaticServer;
let sources: SourceRef[];
const fileBase = `${pathToFileURL(SEED_SITE.dist).href}/`;

beforeAll(async () => {
  sources = sourcesOf(SEED_SITE.dist);
  server = await serveDir(SEED_SITE.dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records console errors and every URL it requests. */
async function offlinePage(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 2400 } });
  const errors = collectErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return { page, errors, requests };
}

describe('search from file://', () => {
  it.each(QUERY_TABLE)('"$q" finds $expect, with the same top results as over http', async ({ q, check }) => {
    const { page, errors, requests } = await offlinePage();
    try {
      const offline = await search(page, fileBase, q);
      check(offline, sources);
      const http = await browser.newPage({ viewport: { width: 1100, height: 2400 } });
      try {
        const online = await search(http, server.url, q);
        expect(offline.count).toBe(online.count);
        expect(offline.hits.map((h) => h.href)).toEqual(online.hits.map((h) => h.href));
      } finally {
        await http.close();
      }
      expect(errors).toEqual([]);
      // Nothing left the disk: no http(s) request from the file:// page.
      expect(requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a filter narrows the results, and clearing it restores them', async () => {
    const { page, errors } = await offlinePage();
    try {
      const all = await search(page, fileBase, 'Russia', 50);
      await openFilters(page);
      await afterSearch(page, () => setFilter(page, 'topic', /environment/i, true));
      const narrowed = await readResults(page, 'Russia', 50);
      expect(narrowed.count).toBeGreaterThan(0);
      expect(narrowed.count).toBeLessThan(all.count);
      await afterSearch(page, () => setFilter(page, 'topic', /environment/i, false));
      expect((await readResults(page, 'Russia', 50)).count).toBe(all.count);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a result opens the source page at the matching sentence', async () => {
    const { page, errors } = await offlinePage();
    try {
      await search(page, fileBase, 'IAEA');
      await Promise.all([page.waitForURL(/^file:.*\/sources\/.+#s-/), page.locator('.sr-link').first().click()]);
      expect(await page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).toMatch(/IAEA/);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('loads only the index files a query needs', async () => {
    const { page, requests } = await offlinePage();
    try {
      await search(page, fileBase, 'Aral Sea');
      const offlineDir = path.join(SEED_SITE.dist, 'pagefind/offline');
      const total = fs.readdirSync(offlineDir, { recursive: true }).filter((f) => String(f).endsWith('.js')).length;
      const loaded = requests.filter((u) => u.includes('/pagefind/offline/'));
      expect(loaded.length).toBeGreaterThan(3); // entry, meta, wasm, pagefind.js at least
      expect(loaded.length).toBeLessThan(total);
      expect(new Set(loaded).size).toBe(loaded.length); // each file once
    } finally {
      await page.close();
    }
  });
});
