import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { page as parse } from './html.ts';
import { serveDir } from './serve.ts';
import { SEED_SITE } from './sites.ts';

/** The built seed site served over http, with one headless Chromium to read it. */
export interface SeedSiteSession {
  browser: Browser;
  /** `http://127.0.0.1:<port>/`, the site root. */
  baseUrl: string;
  /** Stop the browser and the server. */
  close(): Promise<void>;
}

/**
 * Serve the seed site's dist/ and launch Chromium: the setup every browser
 * suite shares. Served over http (not file://) so localStorage and the search
 * index behave as on a real host.
 */
export async function withSeedSite(): Promise<SeedSiteSession> {
  const server = await serveDir(SEED_SITE.dist);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    browser,
    baseUrl: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** One kind of page the site generates, and the built file that stands for it. */
export interface PageType {
  /** Short name for test titles, e.g. `topic`. */
  kind: string;
  /** Route relative to the site root, e.g. `topics/economy.html`. */
  route: string;
}

/** The first `.html` file (by name) in a folder of the built site. */
function firstPageIn(dist: string, dir: string): string {
  const first = fs.readdirSync(path.join(dist, dir)).filter((f) => f.endsWith('.html')).sort()[0];
  if (!first) throw new Error(`${path.join(dist, dir)} holds no page: the build produced no ${dir} pages`);
  return `${dir}/${first}`;
}

/**
 * Every page type of a built site, each represented by a real file from its
 * dist/ (the first topic, entity and source found), so nothing depends on
 * which texts the site was built from.
 */
export function pageTypes(dist: string): PageType[] {
  const fixed: PageType[] = [
    { kind: 'home', route: 'index.html' },
    { kind: 'briefing', route: 'briefing.html' },
    { kind: 'timeline', route: 'timeline.html' },
    { kind: 'coverage', route: 'coverage.html' },
    { kind: 'topics index', route: 'topics.html' },
    { kind: 'topic', route: firstPageIn(dist, 'topics') },
    { kind: 'entities index', route: 'entities.html' },
    { kind: 'entity', route: firstPageIn(dist, 'entities') },
    { kind: 'source', route: firstPageIn(dist, 'sources') },
    { kind: 'search', route: 'search.html' },
  ];
  for (const p of fixed) {
    if (!fs.existsSync(path.join(dist, p.route))) throw new Error(`${p.kind} page ${p.route} is missing from ${dist}`);
  }
  return fixed;
}

/** A query with results on any built site: the name on its first entity page. */
export function queryWithResults(dist: string): string {
  const route = firstPageIn(dist, 'entities');
  const name = parse(fs.readFileSync(path.join(dist, route), 'utf8')).querySelector('h1')?.textContent?.trim();
  if (!name) throw new Error(`${route} has no h1 to search for`);
  return name;
}
