import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchChromium, pageOf, QUERY_TABLE, search, sourcesOf } from '../helpers/browser.ts';
import { SEED_SITE } from '../helpers/sites.ts';
import { unzipTo } from '../helpers/unzip.ts';

// The whole site read from disk (file://), as a reader who copied dist/ or
// unpacked the downloadable edition would: every page reachable from the
// home page, no broken link or anchor, no console error, the stylesheet applied.
let browser: Browser;
let unpacked: string;
const ZIP = 'briefing-offline.zip';

beforeAll(async () => {
  unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-offline-'));
  unzipTo(fs.readFileSync(path.join(SEED_SITE.dist, ZIP)), unpacked);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (unpacked) fs.rmSync(unpacked, { recursive: true, force: true });
});

interface Crawl {
  /** Pages visited, relative to the root, `/`-separated. */
  visited: string[];
  /** Internal links (and anchors) checked. */
  checked: number;
  broken: string[];
  errors: string[];
  /** Pages where the site stylesheet is not applied. */
  unstyled: string[];
}

const relOf = (root: string, url: string) => path.relative(root, fileURLToPath(url.split('#')[0]!)).split(path.sep).join('/');

/** Open `root/index.html` from file:// and follow every internal link, breadth first. */
async function crawl(root: string): Promise<Crawl> {
  const page: Page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors = collectErrors(page);
  const result: Crawl = { visited: [], checked: 0, broken: [], errors: [], unstyled: [] };
  const ids = new Map<string, Set<string>>();
  const anchors: { from: string; to: string; frag: string }[] = [];
  const queue = ['index.html'];
  const seen = new Set(queue);
  try {
    while (queue.length) {
      const rel = queue.shift()!;
      const before = errors.length;
      await page.goto(pathToFileURL(path.join(root, rel)).href);
      if (await page.locator('script[src]').count()) await page.waitForLoadState('networkidle');
      result.visited.push(rel);
      result.errors.push(...errors.slice(before).map((e) => `${rel}: ${e}`));
      // Only site.css draws the header's bottom rule (a browser default header has none).
      const rule = await page.$eval('.site-header', (h) => {
        const s = getComputedStyle(h);
        return `${s.borderBottomStyle} ${s.borderBottomWidth}`;
      });
      if (rule !== 'solid 1px') result.unstyled.push(`${rel}: header border-bottom "${rule}"`);
      ids.set(rel, new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))));
      const links = await page.$$eval('a[href]', (els) => els.map((a) => ({ raw: a.getAttribute('href') ?? '', abs: (a as HTMLAnchorElement).href })));
      for (const { raw, abs } of links) {
        if (!abs.startsWith('file:')) continue; // external (the original articles)
        result.checked++;
        if (/^(\/|file:)/.test(raw)) result.broken.push(`${rel}: ${raw} is not relative`);
        const to = relOf(root, abs);
        if (to.startsWith('..') || !fs.existsSync(path.join(root, to)) || !fs.statSync(path.join(root, to)).isFile()) {
          result.broken.push(`${rel}: ${raw} (no such file)`);
          continue;
        }
        const frag = new URL(abs).hash.slice(1);
        if (frag && to.endsWith('.html')) anchors.push({ from: rel, to, frag: decodeURIComponent(frag) });
        if (to.endsWith('.html') && !seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
  } finally {
    await page.close();
  }
  for (const a of anchors) if (!ids.get(a.to)?.has(a.frag)) result.broken.push(`${a.from}: ${a.to}#${a.frag} (no such anchor)`);
  return result;
}

const htmlPages = (root: string) =>
  fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();

function expectWholeSite(root: string, c: Crawl): void {
  expect(c.broken).toEqual([]);
  expect(c.errors).toEqual([]);
  expect(c.unstyled).toEqual([]);
  expect([...c.visited].sort()).toEqual(htmlPages(root));
  expect(c.checked).toBeGreaterThan(200);
}

describe('the site from file://', () => {
  it('dist/: every page reached from index.html, no broken link or anchor, no console error, styled', async () => {
    const c = await crawl(SEED_SITE.dist);
    expectWholeSite(SEED_SITE.dist, c);
    // The footer offers the downloadable edition, and it is there.
    expect(fs.statSync(path.join(SEED_SITE.dist, ZIP)).size).toBeGreaterThan(10_000);
  }, 300_000);
});

describe('the downloadable edition, unpacked', () => {
  it('holds every file of dist/ but itself; pages differ only in the footer note', () => {
    const files = (root: string) =>
      fs
        .readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((f) => fs.statSync(path.join(root, f)).isFile())
        .map((f) => f.split(path.sep).join('/'))
        .sort();
    expect(files(unpacked)).toEqual(files(SEED_SITE.dist).filter((f) => f !== ZIP));
    for (const f of files(unpacked)) {
      const a = fs.readFileSync(path.join(SEED_SITE.dist, f));
      const b = fs.readFileSync(path.join(unpacked, f));
      if (!f.endsWith('.html')) {
        expect(Buffer.compare(a, b), f).toBe(0);
        continue;
      }
      const strip = (s: string) => s.replace(/<span data-offline-download>[\s\S]*?<\/span>/, '');
      expect(strip(b.toString('utf8')), f).toBe(strip(a.toString('utf8')));
      expect(b.toString('utf8'), f).toContain('You are reading the offline edition.');
    }
  });

  it('every page reached from index.html, no broken link or anchor, no console error, styled', async () => {
    expectWholeSite(unpacked, await crawl(unpacked));
  }, 300_000);

  it.each(QUERY_TABLE.slice(0, 1))('search "$q" gives the same top result as dist/ from file://', async ({ q, check }) => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 2400 } });
    const errors = collectErrors(page);
    try {
      const fromZip = await search(page, `${pathToFileURL(unpacked).href}/`, q);
      check(fromZip, sourcesOf(unpacked));
      const fromDist = await search(page, `${pathToFileURL(SEED_SITE.dist).href}/`, q);
      expect(fromZip.hits.length).toBeGreaterThan(0);
      expect(pageOf(fromZip.hits[0]!.href)).toBe(pageOf(fromDist.hits[0]!.href));
      expect(fromZip.hits[0]!.href).toBe(fromDist.hits[0]!.href);
      expect(fromZip.count).toBe(fromDist.count);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
