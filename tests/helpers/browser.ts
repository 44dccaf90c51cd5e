import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

/** Flags for a quiet, sandbox-free headless Chromium that makes no calls home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * How long a search (or the filter pane) may take to show its results. Loading
 * Pagefind's index from file:// takes well under a second on an idle machine,
 * but over 20 s was seen on a 2-core machine also running a clean-clone CI
 * build: the waits are for correctness, not speed (npm run bench measures that).
 */
export const SEARCH_WAIT_MS = 45_000;

/**
 * The Chromium binary: $CHROMIUM_PATH, else `which chromium` (Debian's package).
 * Throws when there is none, so browser tests fail instead of skipping.
 */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not this name
    }
  }
  throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH. Browser tests never skip.');
}

/** Launch headless Chromium. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (err) {
    throw new Error(`Chromium at ${executablePath} did not start`, { cause: err });
  }
}

/** Console errors and uncaught page errors, collected from a page as they happen. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** One rendered search result. */
export interface Hit {
  title: string;
  /** The link as written in the page (relative, e.g. `./sources/x.html#s-1`). */
  href: string;
  meta: string;
  /** ISO date of the page (`meta.date`), if it has one. */
  date: string | null;
  subs: string[];
}

/** What the search page shows for a query. */
export interface SearchView {
  /** Count from the summary line ("6 results for …"), 0 for "No results". */
  count: number;
  /** The first results, fully rendered (Pagefind renders lazily as they scroll into view). */
  hits: Hit[];
  /** Whether the page's empty-state message is visible. */
  emptyShown: boolean;
}

/** Parse the search summary ("1 result for x", "6 results for x", "No results for x"); null while searching. */
export function parseSummary(text: string): number | null {
  if (/^no results/i.test(text.trim())) return 0;
  const m = /^(\d[\d,.\u00a0\u202f ]*) results? for /i.exec(text.trim());
  return m ? Number(m[1]!.replace(/\D/g, '')) : null;
}

/**
 * Wait for the search page to settle on `term` and read the first `k` results,
 * pressing "Show more results" until `k` are rendered (or all of them).
 */
export async function readResults(page: Page, term: string, k = 8): Promise<SearchView> {
  await page.waitForFunction(
    (t) => {
      const s = document.querySelector('[data-search-summary]')?.textContent?.trim() ?? '';
      return s.endsWith(` for ${t}`) && !document.querySelector('[data-search-root]')?.hasAttribute('data-search-busy');
    },
    term,
    { timeout: SEARCH_WAIT_MS },
  );
  const count = parseSummary((await page.textContent('[data-search-summary]')) ?? '') ?? -1;
  const want = Math.min(count, k);
  const deadline = Date.now() + SEARCH_WAIT_MS;
  for (;;) {
    const { rendered, pending } = await page.evaluate(() => ({
      rendered: document.querySelectorAll('[data-search-results] > .sr').length,
      pending: document.querySelectorAll('[data-search-results] > .sr-pending').length,
    }));
    if (rendered >= want) break;
    if (Date.now() > deadline) throw new Error(`only ${rendered} of ${want} results rendered for "${term}"`);
    if (pending === 0 && (await page.isVisible('[data-search-more]'))) await page.click('[data-search-more]');
    await page.waitForTimeout(50);
  }
  const hits = await page.$$eval('[data-search-results] > .sr', (els, n) =>
    els.slice(0, n).map((e) => ({
      title: e.querySelector('.sr-title')?.textContent?.trim() ?? '',
      href: e.querySelector('.sr-link')?.getAttribute('href') ?? '',
      meta: e.querySelector('.sr-meta')?.textContent?.trim() ?? '',
      date: e.querySelector('.sr-date')?.getAttribute('datetime') ?? null,
      subs: [...e.querySelectorAll('.sr-sub-link')].map((a) => a.getAttribute('href') ?? ''),
    })),
    k,
  );
  const emptyShown = await page.isVisible('[data-search-empty]');
  return { count, hits, emptyShown };
}

/** Open `search.html?q=term` under `base` (an http or file URL of the site root, ending in `/`) and read results. */
export async function search(page: Page, base: string, term: string, k = 8): Promise<SearchView> {
  await page.goto(`${base}search.html?q=${encodeURIComponent(term)}`);
  return readResults(page, term, k);
}

/**
 * Open the search page's filter pane (its data loads on first opening, then
 * the current search runs again) and wait until its groups are shown.
 */
export async function openFilters(page: Page): Promise<void> {
  const pane = page.locator('details[data-search-filters]');
  if (!(await pane.evaluate((d) => (d as HTMLDetailsElement).open))) await pane.locator(':scope > summary').click();
  await page.waitForFunction(
    () => {
      const d = document.querySelector<HTMLDetailsElement>('details[data-search-filters]');
      const root = document.querySelector('[data-search-root]');
      return !!d?.hasAttribute('data-filters-loaded') && !root?.hasAttribute('data-search-busy');
    },
    undefined,
    { timeout: SEARCH_WAIT_MS },
  );
}

/** Tick (or untick) one value in the filter pane, opening the pane and the value's group first. */
export async function setFilter(page: Page, group: string, value: RegExp, checked: boolean): Promise<void> {
  await openFilters(page);
  const details = page.locator(`[data-search-filter-pane] details[data-filter-name="${group}"]`);
  await details.waitFor({ timeout: SEARCH_WAIT_MS });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  const option = details.locator('label.filter-option', { hasText: value }).first();
  await option.locator('input').setChecked(checked);
}

/**
 * Run `action` (tick a filter, pick a sort…) and wait until the search page
 * has settled on new results: the runtime counts settled searches in
 * `data-results-seq` on the search root.
 */
export async function afterSearch(page: Page, action: () => Promise<unknown>): Promise<void> {
  const seq = async () => Number((await page.getAttribute('[data-search-root]', 'data-results-seq')) ?? '0');
  const before = await seq();
  await action();
  await page.waitForFunction(
    (b) => {
      const root = document.querySelector('[data-search-root]');
      return Number(root?.getAttribute('data-results-seq') ?? '0') > b && !root?.hasAttribute('data-search-busy');
    },
    before,
    { timeout: SEARCH_WAIT_MS },
  );
}

/** A source page of the built site, from its briefing.json. */
export interface SourceRef {
  outlet: string;
  route: string;
}

/** The sources a built site lists, from `briefing.json`. */
export function sourcesOf(dist: string): SourceRef[] {
  const data = JSON.parse(fs.readFileSync(`${dist}/briefing.json`, 'utf8')) as {
    sources: { route: string; outlet: { value: string | null } }[];
  };
  return data.sources.map((s) => ({ outlet: s.outlet.value ?? '', route: s.route }));
}

/** The route of the one source whose outlet matches. */
export function routeOf(sources: SourceRef[], outlet: RegExp): string {
  const found = sources.filter((s) => outlet.test(s.outlet));
  if (found.length !== 1) throw new Error(`expected one source with outlet ${outlet}, found ${found.length}`);
  return found[0]!.route;
}

/** The page a result link points at, without `./` and fragment: `sources/x.html`. */
export const pageOf = (href: string) => href.replace(/^\.\//, '').split('#')[0] ?? '';

/**
 * The query table both e2e suites run (http and file://): each row is a query
 * and a check on its results, stated with outlets so it survives re-ids.
 */
export const QUERY_TABLE: { q: string; expect: string; check: (v: SearchView, s: SourceRef[]) => void }[] = [
  {
    q: 'Aral Sea',
    expect: 'the News.Az source page first',
    check: (v, s) => {
      if (pageOf(v.hits[0]?.href ?? '') !== routeOf(s, /news\.az/i)) throw new Error(`first hit is ${v.hits[0]?.href}`);
    },
  },
  {
    q: 'Belarus',
    expect: 'the CNews Live page in the top 3',
    check: (v, s) => {
      const top = v.hits.slice(0, 3).map((h) => pageOf(h.href));
      if (!top.includes(routeOf(s, /cnews/i))) throw new Error(`top 3 are ${top.join(', ')}`);
    },
  },
  {
    q: 'remittances',
    expect: 'The Diplomatic Insight and Ground News pages in the top 5',
    check: (v, s) => {
      const top = v.hits.slice(0, 5).map((h) => pageOf(h.href));
      for (const o of [/diplomatic insight/i, /ground news/i]) {
        if (!top.includes(routeOf(s, o))) throw new Error(`${o} not in top 5: ${top.join(', ')}`);
      }
    },
  },
  {
    q: 'IAEA',
    expect: 'the News.Az page',
    check: (v, s) => {
      if (!v.hits.some((h) => pageOf(h.href) === routeOf(s, /news\.az/i))) throw new Error(`hits: ${v.hits.map((h) => h.href).join(', ')}`);
    },
  },
  {
    q: 'qzxjvw wqxzk',
    expect: 'a clear empty state',
    check: (v) => {
      if (v.count !== 0 || v.hits.length !== 0 || !v.emptyShown) throw new Error(`count ${v.count}, ${v.hits.length} hits, empty state shown: ${v.emptyShown}`);
    },
  },
];
