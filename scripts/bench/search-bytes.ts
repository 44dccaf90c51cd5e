/**
 * Bytes a search costs a reader, measured in headless Chromium against the
 * built site served over http: the first query (search page, runtime and
 * index chunks, in a fresh browser context) and each follow-up query typed
 * into the same page. Shared with scripts/search-cost.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchChromium, readResults } from '../../tests/helpers/browser.ts';
import { serveDir, type Served } from '../../tests/helpers/serve.ts';

/** Columns of a byte tally, by kind of file. */
export const COLUMNS = ['html', 'css', 'js', 'entry', 'meta', 'wasm', 'index', 'filter', 'fragment', 'other'] as const;
export type Kind = (typeof COLUMNS)[number];

/** What a requested path is. Offline scripts (`offline/….pf_index.js`) count as what they wrap. */
export function kindOf(p: string): Kind {
  const rel = p.replace(/^.*?\/pagefind\//, 'pagefind/').replace(/\.js$/, (m) => (p.includes('/offline/') ? '' : m));
  if (/\.pf_index$/.test(rel)) return 'index';
  if (/\.pf_filter$/.test(rel)) return 'filter';
  if (/\.pf_fragment$/.test(rel)) return 'fragment';
  if (/\.pf_meta$/.test(rel)) return 'meta';
  if (/pagefind-entry\.json$/.test(rel)) return 'entry';
  if (/wasm\..*\.pagefind$/.test(rel)) return 'wasm';
  if (/\.css$/.test(rel)) return 'css';
  if (/\.m?js$/.test(rel)) return 'js';
  if (/\.html$/.test(rel)) return 'html';
  return 'other';
}

const gzipCache = new Map<string, number>();
/**
 * What a file would cost on the wire from a server that gzips text (most do):
 * Pagefind's index files are gzipped already, so only text types shrink.
 */
export function wireBytes(file: string, bytes: number): number {
  if (!/\.(html|css|js|json)$/.test(file) || !fs.existsSync(file)) return bytes;
  if (!gzipCache.has(file)) gzipCache.set(file, zlib.gzipSync(fs.readFileSync(file)).length);
  return gzipCache.get(file)!;
}

export type Tally = Record<Kind, number> & { total: number; gzip: number; files: number };

/** Sum bytes per kind; `root` maps a logged path to a file, for the gzip estimate. */
export function tally(entries: Pick<Served, 'path' | 'bytes'>[], root = ''): Tally {
  const t = Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Record<Kind, number>;
  let files = 0;
  let gzip = 0;
  for (const { path: p, bytes } of entries) {
    if (p.endsWith('/favicon.ico')) continue; // asked for by the browser, not by search
    t[kindOf(p)] += bytes;
    gzip += wireBytes(path.join(root, p), bytes);
    files++;
  }
  return { ...t, total: Object.values(t).reduce((a, b) => a + b, 0), gzip, files };
}

/** One query's cost. */
export interface QueryCost {
  query: string;
  results: number;
  bytes: number;
  gzip: number;
  /** Bytes of index data only (entry, meta, wasm, index, filter, fragment chunks): what grows with the site. */
  indexBytes: number;
}

const indexPart = (t: Tally) => t.entry + t.meta + t.wasm + t.index + t.filter + t.fragment;

/** First-query cost of each query (fresh context each), and follow-up cost of each after the first in one page. */
export async function searchCost(dist: string, queries: string[]): Promise<{ first: QueryCost[]; followUp: QueryCost[] }> {
  const server = await serveDir(dist);
  const browser = await launchChromium();
  try {
    const first: QueryCost[] = [];
    for (const q of queries) {
      const context = await browser.newContext({ viewport: { width: 1100, height: 2400 } });
      const page = await context.newPage();
      server.log.length = 0;
      await page.goto(`${server.url}search.html?q=${encodeURIComponent(q)}`);
      const view = await readResults(page, q, 10);
      await page.waitForLoadState('networkidle');
      const t = tally(server.log, dist);
      first.push({ query: q, results: view.count, bytes: t.total, gzip: t.gzip, indexBytes: indexPart(t) });
      await context.close();
    }
    const followUp: QueryCost[] = [];
    const context = await browser.newContext({ viewport: { width: 1100, height: 2400 } });
    const page = await context.newPage();
    await page.goto(`${server.url}search.html?q=${encodeURIComponent(queries[0]!)}`);
    await readResults(page, queries[0]!, 10);
    await page.waitForLoadState('networkidle');
    for (const q of queries.slice(1)) {
      server.log.length = 0;
      await page.fill('#search-q', q);
      const view = await readResults(page, q, 10);
      await page.waitForTimeout(200);
      const t = tally(server.log, dist);
      followUp.push({ query: q, results: view.count, bytes: t.total, gzip: t.gzip, indexBytes: indexPart(t) });
    }
    await context.close();
    return { first, followUp };
  } finally {
    await browser.close();
    await server.close();
  }
}
