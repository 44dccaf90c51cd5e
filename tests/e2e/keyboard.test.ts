import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResults } from '../helpers/browser.ts';
import { describeStop, focused, pressUntil, tabLap, type Stop } from '../helpers/keyboard.ts';
import { pageTypes, queryWithResults, withSeedSite, type SeedSiteSession } from '../helpers/seed-site.ts';
import { SEED_SITE } from '../helpers/sites.ts';

// The site used with the keyboard alone, on every page type of the built seed
// site: skip link, a full Tab lap (nav, theme toggle, search box, footer, a
// visible focus ring on every stop, no trap), the theme toggle, the `/`
// shortcut, and the journeys from a search or a citation to the cited sentence.
const PAGES = pageTypes(SEED_SITE.dist);
const TERM = queryWithResults(SEED_SITE.dist);

let site: SeedSiteSession;
beforeAll(async () => {
  site = await withSeedSite();
});
afterAll(async () => {
  await site?.close();
});

/** A fresh light-mode page at `route`. The search page focuses its own input on arrival: wait for that. */
async function visit(route: string): Promise<Page> {
  const ctx = await site.browser.newContext({ colorScheme: 'light', viewport: { width: 1100, height: 900 } });
  const p = await ctx.newPage();
  await p.goto(`${site.baseUrl}${route}`);
  if (route.startsWith('search.html')) await p.waitForFunction(() => document.activeElement?.id === 'search-q');
  return p;
}

const isSkipLink = (s: Stop) => s.className.includes('skip-link');
const isToggle = (s: Stop) => s.className.includes('theme-toggle');
const inSearchInput = (p: Page) => p.evaluate(() => document.activeElement?.id === 'search-q');

describe('keyboard only, on every page type', () => {
  it.each(PAGES)('$kind: the first Tab stop is the skip link, and Enter on it moves focus into the main content', async ({ kind, route }) => {
    const p = await visit(route);
    try {
      if (kind === 'search') {
        // Focus starts in the search input; walking back, the skip link is the page's first stop.
        await pressUntil(p, 'Shift+Tab', isSkipLink, 30);
        await p.keyboard.press('Shift+Tab');
        expect(await focused(p)).toBeNull();
      }
      await p.keyboard.press('Tab');
      const skip = await focused(p);
      expect(describeStop(skip)).toMatch(/skip-link/);
      expect(skip!.indicator).not.toBeNull();
      // Shown on focus: on screen, not parked off the left edge.
      const box = await p.locator('.skip-link').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      await p.keyboard.press('Enter');
      expect(await p.evaluate(() => document.activeElement?.id)).toBe('main');
      await p.keyboard.press('Tab');
      expect((await focused(p))?.region).toBe('main');
    } finally {
      await p.context().close();
    }
  });

  it.each(PAGES)('$kind: one Tab lap reaches the nav, theme toggle, search box and footer, every stop visibly focused; a disclosure opens with Enter', async ({ kind, route }) => {
    const p = await visit(route);
    try {
      if (kind === 'search') {
        await p.keyboard.type(TERM);
        await readResults(p, TERM, 5);
      }
      // The first disclosure the lap meets is opened with Enter; the next Tab must go into it.
      const seen: { opened: boolean | null; firstInside: string | null; next: Stop | null } = { opened: null, firstInside: null, next: null };
      const lap = await tabLap(p, async (s) => {
        if (seen.opened !== null) {
          seen.next ??= s;
          return;
        }
        if (s.tag !== 'summary') return;
        await p.keyboard.press('Enter');
        // A disclosure may load what it shows (the search page's filters): read it once that has arrived.
        await p.waitForFunction(() => {
          const d = document.activeElement?.parentElement;
          return !d?.hasAttribute('data-search-filters') || (d.hasAttribute('data-filters-loaded') && !document.querySelector('[data-search-busy]'));
        });
        Object.assign(seen, await p.evaluate(() => {
          const d = document.activeElement?.parentElement as HTMLDetailsElement;
          const inner = d.querySelector(':scope > :not(summary) :is(a[href], button, input, select, textarea, summary, [tabindex="0"]), :scope > :is(a[href], button, input, select)');
          const key: number[] = [];
          for (let n: Element | null = inner; n && n.parentElement; n = n.parentElement) key.unshift([...n.parentElement.children].indexOf(n));
          return { opened: d.open, firstInside: inner ? key.join('.') : null };
        }));
      });
      const { stops, exitAt } = lap;
      const unmarked = stops.filter((s) => !s.indicator).map(describeStop);
      expect(unmarked, 'stops with no visible focus indicator').toEqual([]);
      const navHrefs = await p.$$eval('nav[aria-label="Site"] a', (as) => as.map((a) => a.getAttribute('href')));
      expect(navHrefs.length).toBeGreaterThan(0);
      for (const href of navHrefs) expect(stops.some((s) => s.region === 'header' && s.href === href), `nav link ${href}`).toBe(true);
      expect(stops.some(isToggle)).toBe(true);
      // Header stops in reading order, row by row and left to right within a row (WCAG 2.4.3).
      const header = stops.filter((s) => s.region === 'header');
      for (let i = 1; i < header.length; i++) {
        const [a, b] = [header[i - 1]!, header[i]!];
        const sameRow = Math.abs(b.y - a.y) < 12;
        expect(sameRow ? b.x > a.x : b.y > a.y, `${describeStop(b)} comes after ${describeStop(a)} but is not after it on screen`).toBe(true);
      }
      expect(stops.some((s) => s.id === 'site-search-q')).toBe(true);
      expect(stops.some((s) => s.region === 'main')).toBe(true);
      // The last stop before focus leaves the page is in the footer: nothing traps focus on the way down.
      expect(stops[exitAt - 1]?.region).toBe('footer');
      if ((await p.locator('main details').count()) > 0) {
        expect(seen.opened, 'a <details> in main whose summary Tab never reached').not.toBeNull();
        expect(seen.opened).toBe(true);
        if (seen.firstInside) expect(seen.next?.key, 'the Tab after opening goes into the disclosure').toBe(seen.firstInside);
      }
    } finally {
      await p.context().close();
    }
  });

  it.each(PAGES)('$kind: Enter and Space on the theme toggle switch the theme, and the choice is kept', async ({ route }) => {
    const p = await visit(route);
    try {
      const theme = () => p.evaluate(() => ({ stored: localStorage.getItem('theme'), bg: getComputedStyle(document.body).backgroundColor, pressed: document.querySelector('[data-theme-toggle]')?.getAttribute('aria-pressed') }));
      const light = await theme();
      expect(light.pressed).toBe('false');
      await pressUntil(p, 'Tab', isToggle);
      await p.keyboard.press('Enter');
      const dark = await theme();
      expect(dark).toMatchObject({ stored: 'dark', pressed: 'true' });
      expect(dark.bg).not.toBe(light.bg);
      await p.reload();
      if (route.startsWith('search.html')) await p.waitForFunction(() => document.activeElement?.id === 'search-q');
      expect(await theme()).toEqual(dark);
      await pressUntil(p, 'Tab', isToggle);
      await p.keyboard.press('Space');
      expect(await theme()).toEqual({ ...light, stored: 'light' });
    } finally {
      await p.context().close();
    }
  });

  it.each(PAGES)('$kind: / puts the caret in the search box', async ({ kind, route }) => {
    const p = await visit(route);
    try {
      // From a link, not from a text field (where / is just a character).
      await pressUntil(p, 'Tab', (s) => s.tag === 'a');
      await p.keyboard.press('/');
      if (kind === 'search') expect(await inSearchInput(p)).toBe(true);
      else expect(await p.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    } finally {
      await p.context().close();
    }
  });
});

/** After following a link to a sentence: the fragment's element is the :target, a sentence, on screen. */
async function landedOnSentence(p: Page, href: string): Promise<void> {
  const fragment = decodeURIComponent(href.split('#')[1] ?? '');
  expect(fragment).not.toBe('');
  const target = await p.evaluate(() => {
    const t = document.querySelector(':target');
    const r = t?.getBoundingClientRect();
    return t ? { id: t.id, sentence: t.classList.contains('sentence'), onScreen: r!.bottom > 0 && r!.top < innerHeight } : null;
  });
  expect(target).toEqual({ id: fragment, sentence: true, onScreen: true });
}

describe('keyboard journeys', () => {
  it('header search: /, type, Enter; Tab reaches a result and Enter follows it to the sentence', async () => {
    const p = await visit('index.html');
    try {
            await p.keyboard.press('/');
      await p.keyboard.type(TERM);
      await Promise.all([p.waitForURL(/search\.html\?q=/), p.keyboard.press('Enter')]);
      await readResults(p, TERM, 3);
      const hit = await pressUntil(p, 'Tab', (s) => s.className.includes('sr-link'), 100);
      expect(hit.indicator).not.toBeNull();
      await Promise.all([p.waitForURL((u) => u.pathname.includes('/sources/') || u.pathname.includes('/entities/') || u.pathname.includes('/topics/')), p.keyboard.press('Enter')]);
      if (hit.href?.includes('#s-')) await landedOnSentence(p, hit.href);
      expect(new URL(p.url()).pathname).toBe(new URL(hit.href!, `${site.baseUrl}search.html`).pathname);
    } finally {
      await p.context().close();
    }
  });

  it('search page: typing announces the result count in a polite live region (WCAG 4.1.3)', async () => {
    const ctx = await site.browser.newContext({ colorScheme: 'light' });
    try {
      // Record every text a live region takes: announcers may clear themselves soon after speaking.
      await ctx.addInitScript(() => {
        const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
        new MutationObserver(() => {
          for (const r of document.querySelectorAll('[aria-live="polite"]')) if (r.textContent?.trim()) heard.push(r.textContent.trim());
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      const p = await ctx.newPage();
      await p.goto(`${site.baseUrl}search.html`);
      await p.waitForFunction(() => document.activeElement?.id === 'search-q');
      await p.keyboard.type(TERM);
      const view = await readResults(p, TERM, 1);
      await p.waitForFunction((t) => (window as unknown as { heard: string[] }).heard.some((h) => h.includes(t)), TERM, { timeout: 10_000 });
      const heard = await p.evaluate(() => (window as unknown as { heard: string[] }).heard);
      expect(heard.some((h) => h.includes(String(view.count)) && h.includes(TERM))).toBe(true);
    } finally {
      await ctx.close();
    }
  });

  it('briefing: Tab reaches a citation number, and Enter lands on the cited sentence of the source', async () => {
    const p = await visit('briefing.html');
    try {
      const cite = await pressUntil(p, 'Tab', (s) => /^\[\d+\]$/.test(s.text) && /#s-/.test(s.href ?? ''));
      expect(cite.indicator).not.toBeNull();
      await Promise.all([p.waitForURL(/\/sources\/.+#s-/), p.keyboard.press('Enter')]);
      await landedOnSentence(p, cite.href!);
    } finally {
      await p.context().close();
    }
  });

  it('briefing: "How each source says it" opens with Enter, and its first link leads to the sentence', async () => {
    const p = await visit('briefing.html');
    try {
      await pressUntil(p, 'Tab', (s) => s.tag === 'summary' && /how each source says it/i.test(s.text));
      await p.keyboard.press('Enter');
      expect(await p.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open)).toBe(true);
      await p.keyboard.press('Tab');
      const link = await focused(p);
      expect(link?.href).toMatch(/#s-/);
      await Promise.all([p.waitForURL(/\/sources\/.+#s-/), p.keyboard.press('Enter')]);
      await landedOnSentence(p, link!.href!);
    } finally {
      await p.context().close();
    }
  });
});
