#!/usr/bin/env node
// Search cost benchmark: `npx node scripts/search-cost.mjs [distDir]` (default dist/).
// Serves the built site on 127.0.0.1 (random port), runs queries in headless
// Chromium and prints the bytes each query fetched, by kind. Then measures the
// bytes one query reads from disk under file://, and the size the offline
// bundle adds to dist/. Needs Node 24 (imports the TypeScript test helpers).
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium, readResults } from '../tests/helpers/browser.ts';
import { serveDir } from '../tests/helpers/serve.ts';
import { COLUMNS, tally } from './bench/search-bytes.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const QUERIES = (process.env.SEARCH_COST_QUERIES ?? 'Aral Sea|Belarus|remittances|IAEA|Russia|summit trade|qzxjvw').split('|');
const RESULTS_SHOWN = 10; // what a reader sees without scrolling far

if (!fs.existsSync(path.join(dist, 'search.html')) || !fs.existsSync(path.join(dist, 'pagefind/pagefind-entry.json'))) {
  console.error(`${dist} has no search.html or pagefind/ bundle: build the site first (npm run build).`);
  process.exit(1);
}

const kb = (n) => (n === 0 ? '-' : n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)}K`);

function printTable(title, rows) {
  console.log(`\n${title}`);
  const head = ['query', ...COLUMNS.filter((c) => rows.some((r) => r[c] > 0)), 'total', 'gzip', 'files'];
  const cells = rows.map((r) => head.map((h) => (h === 'query' ? r.query : h === 'files' ? String(r.files) : kb(r[h]))));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (cols) => cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const c of cells) console.log(line(c));
}

const folderBytes = (dir) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).reduce((n, e) => n + fs.statSync(path.join(e.parentPath, e.name)).size, 0)
    : 0;

const server = await serveDir(dist);
const browser = await launchChromium();
try {
  // 1. Cold: a fresh browser context per query, as a reader arriving from the header box.
  const cold = [];
  for (const q of QUERIES) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 2400 } });
    const page = await context.newPage();
    server.log.length = 0;
    await page.goto(`${server.url}search.html?q=${encodeURIComponent(q)}`);
    const view = await readResults(page, q, RESULTS_SHOWN);
    await page.waitForLoadState('networkidle');
    cold.push({ query: `${q} (${view.count})`, ...tally(server.log, dist) });
    await context.close();
  }
  printTable(`Cold: first query on search.html over http, ${RESULTS_SHOWN} results rendered (bytes served; gzip = on the wire if text is gzipped)`, cold);

  // 2. Warm: the same queries typed one after another in one page: what each further query costs.
  const warm = [];
  {
    const context = await browser.newContext({ viewport: { width: 1100, height: 2400 } });
    const page = await context.newPage();
    await page.goto(`${server.url}search.html?q=${encodeURIComponent('summit')}`);
    await readResults(page, 'summit', RESULTS_SHOWN);
    await page.waitForLoadState('networkidle');
    for (const q of QUERIES) {
      server.log.length = 0;
      await page.fill('#search-q', q);
      const view = await readResults(page, q, RESULTS_SHOWN);
      await page.waitForTimeout(200);
      warm.push({ query: `${q} (${view.count})`, ...tally(server.log, dist) });
    }
    await context.close();
  }
  printTable('Warm: each further query in the same page (after "summit")', warm);

  // 3. file://: what one query reads from disk, through the offline bundle.
  const offline = [];
  {
    const context = await browser.newContext({ viewport: { width: 1100, height: 2400 } });
    const page = await context.newPage();
    const read = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) return;
      const file = fileURLToPath(r.url().split(/[?#]/)[0]);
      if (fs.existsSync(file)) read.push({ path: file.split(path.sep).join('/'), bytes: fs.statSync(file).size });
    });
    const q = QUERIES[0];
    await page.goto(`${pathToFileURL(dist).href}/search.html?q=${encodeURIComponent(q)}`);
    const view = await readResults(page, q, RESULTS_SHOWN);
    await page.waitForTimeout(300);
    offline.push({ query: `${q} (${view.count})`, ...tally(read) });
    await context.close();
  }
  printTable('file://: one query, bytes read from disk (offline scripts are base64, ~4/3 of the raw files; gzip column not meaningful)', offline);

  const bundle = folderBytes(path.join(dist, 'pagefind'));
  const offlineBytes = folderBytes(path.join(dist, 'pagefind/offline'));
  console.log(`\nPagefind bundle in dist/: ${kb(bundle)} in total, of which the offline bundle adds ${kb(offlineBytes)}`);
  console.log(`Whole dist/: ${kb(folderBytes(dist))}`);
} finally {
  await browser.close();
  await server.close();
}
