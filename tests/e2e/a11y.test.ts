import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, BEST_PRACTICE, formatViolations, WCAG_22_AA } from '../helpers/axe.ts';
import { openFilters, readResults } from '../helpers/browser.ts';
import { faintControlEdges } from '../helpers/contrast.ts';
import { page as parse } from '../helpers/html.ts';
import { pageTypes, queryWithResults, withSeedSite, type PageType, type SeedSiteSession } from '../helpers/seed-site.ts';
import { readDist, SEED_SITE } from '../helpers/sites.ts';

// axe-core at WCAG 2.2 AA over every page type of the built seed site, in each
// way a reader can get either palette: the system preference, and the header
// toggle's stored choice overriding it (the CSS reaches the dark palette by two
// selectors, so both are checked).
interface ThemeMode {
  name: string;
  colorScheme: 'light' | 'dark';
  /** What the toggle stored in localStorage, or null for "follow the system". */
  stored: 'light' | 'dark' | null;
  /** The palette the page must end up in. */
  expect: 'light' | 'dark';
}
const MODES: ThemeMode[] = [
  { name: 'light (system)', colorScheme: 'light', stored: null, expect: 'light' },
  { name: 'dark (system)', colorScheme: 'dark', stored: null, expect: 'dark' },
  { name: 'dark (toggle over light system)', colorScheme: 'light', stored: 'dark', expect: 'dark' },
  { name: 'light (toggle over dark system)', colorScheme: 'dark', stored: 'light', expect: 'light' },
];

const PAGES = pageTypes(SEED_SITE.dist);

/** A source page arrived at through a citation: its sentence is the :target and carries the highlight. */
function targetedSentence(): PageType {
  const source = PAGES.find((p) => p.kind === 'source')!;
  const id = parse(readDist(SEED_SITE, source.route)).querySelector('.sentence[id]')?.id;
  if (!id) throw new Error(`${source.route} has no sentence anchor`);
  return { kind: 'source, cited sentence', route: `${source.route}#${id}` };
}

const CASES = [...PAGES, targetedSentence()].flatMap((p) => MODES.map((m) => ({ ...p, mode: m, label: `${p.kind}, ${m.name}` })));

let site: SeedSiteSession;
beforeAll(async () => {
  site = await withSeedSite();
});
afterAll(async () => {
  await site?.close();
});

async function contextFor(mode: ThemeMode): Promise<BrowserContext> {
  // bypassCSP: axe is injected from outside the page, and a CSP added to the site later must not stop the audit.
  const ctx = await site.browser.newContext({ colorScheme: mode.colorScheme, bypassCSP: true, viewport: { width: 1100, height: 1600 } });
  if (mode.stored) await ctx.addInitScript((t) => localStorage.setItem('theme', t), mode.stored);
  return ctx;
}

/** Which palette the page shows: the dark one has a light text colour. */
const palette = (p: Page) =>
  p.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).color.match(/\d+/g) ?? []).map(Number);
    return r + g + b > 382 ? 'dark' : 'light';
  });

/** Put the search page in its busiest state: a typed query, results rendered, a filter group open. */
async function openResults(p: Page): Promise<void> {
  const term = queryWithResults(SEED_SITE.dist);
  const input = p.locator('#search-q');
  await input.waitFor();
  await input.focus();
  await p.keyboard.type(term);
  const view = await readResults(p, term, 5);
  if (view.hits.length === 0) throw new Error(`no results rendered for "${term}"`);
  await openFilters(p);
  const group = p.locator('[data-search-filter-pane] details').first();
  await group.waitFor({ timeout: 20_000 });
  await group.locator('summary').click();
}

describe('axe-core, WCAG 2.2 AA and best practices', () => {
  it.each(CASES)('$label has no violations', async ({ route, kind, mode, label }) => {
    const ctx = await contextFor(mode);
    try {
      const p = await ctx.newPage();
      await p.goto(`${site.baseUrl}${route}`);
      expect(await palette(p)).toBe(mode.expect);
      if (kind === 'search') await openResults(p);
      if (route.includes('#')) expect(await p.evaluate(() => document.querySelector(':target')?.classList.contains('sentence'))).toBe(true);
      // Disclosures open, so what they hide (quotes, citations, removed lines) is audited too.
      await p.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const violations = await axeViolations(p, [...WCAG_22_AA, ...BEST_PRACTICE]);
      expect(violations, formatViolations(`${label}: ${route}`, violations)).toEqual([]);
      expect(await faintControlEdges(p), `${label}: form controls`).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

// WCAG 1.4.10 (not an axe rule): at 320 CSS pixels wide, what 1280 pixels at 400% zoom shows, nothing
// needs horizontal scrolling; wide data tables may scroll inside their own region, not the page.
describe('reflow at 320 CSS pixels', () => {
  it.each(PAGES)('$kind ($route) does not scroll sideways', async ({ kind, route }) => {
    const ctx = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    try {
      const p = await ctx.newPage();
      await p.goto(`${site.baseUrl}${route}`);
      if (kind === 'search') await openResults(p);
      const overflow = await p.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.parentElement?.closest('.table-wrap'))
          .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(/\s+/).join('.')}` : ''} ends at ${Math.round(e.getBoundingClientRect().right)}px`);
        return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 8) };
      });
      expect(overflow.wide, `elements wider than the ${overflow.width}px viewport`).toEqual([]);
      expect(overflow.scrollWidth).toBe(overflow.width);
    } finally {
      await ctx.close();
    }
  });
});

// A grid of a handful of outlets fits a desktop screen: it widens past the text column instead of hiding its last columns behind a scroll.
describe('coverage grids on a wide screen', () => {
  it.each([1280, 900])('show every column of the seeds at %i pixels, and the page does not scroll sideways', async (width) => {
    const ctx = await site.browser.newContext({ viewport: { width, height: 800 } });
    try {
      const p = await ctx.newPage();
      await p.goto(`${site.baseUrl}coverage.html`);
      const grids = await p.evaluate(() => [...document.querySelectorAll('.table-wrap')].map((w) => ({ scroll: w.scrollWidth, client: w.clientWidth, right: w.getBoundingClientRect().right })));
      expect(grids.length).toBe(2);
      for (const g of grids) {
        expect(g.scroll).toBeLessThanOrEqual(g.client);
        expect(g.right).toBeLessThanOrEqual(width);
      }
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBe(await p.evaluate(() => document.documentElement.clientWidth));
    } finally {
      await ctx.close();
    }
  });
});
