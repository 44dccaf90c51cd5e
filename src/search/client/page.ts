/**
 * The search page's behaviour: runs searches as the reader types (and at
 * once for a `?q=` in the address), shows a count, renders results ten at a
 * time with "Show more results", the filter pane, a date sort, "clear
 * filters", a plain-language empty state, and arrow keys from the input
 * through the result links. Only the results on screen load their data: a
 * first query costs ten small fragment files, whatever the screen height.
 */
import { SORT_DATE } from '../contract.ts';
import { moveAmongLinks } from './arrows.ts';
import { FilterPane } from './filter-pane.ts';
import { renderResult, summaryText } from './render.ts';
import type { PagefindInstanceApi, PagefindResult, PagefindSearchResponse } from './types.ts';

/** Results rendered per page of the list. */
export const PAGE_SIZE = 10;
/** Pause after a keystroke before searching. */
const TYPING_PAUSE_MS = 150;

/** The page's parts, found by data attributes (SearchPage.astro). */
function part<T extends Element>(root: HTMLElement, name: string): T | null {
  return root.querySelector<T>(`[data-search-${name}]`);
}

/** Show a failure in the page's error slot (and never silently). */
export function showError(root: HTMLElement, message: string): void {
  const slot = part<HTMLElement>(root, 'error');
  if (!slot) return;
  slot.textContent = message;
  slot.hidden = false;
}

/** Keep `?q=` in the address bar in step with the search, without adding history entries. */
function syncAddress(term: string): void {
  const url = new URL(location.href);
  if (term) url.searchParams.set('q', term);
  else url.searchParams.delete('q');
  try {
    history.replaceState(history.state, '', url.href);
  } catch {
    // Some browsers refuse URL changes on file:// pages; the address is a convenience only.
  }
}

export function wirePage(root: HTMLElement, instance: PagefindInstanceApi): void {
  const input = part<HTMLInputElement>(root, 'input');
  const form = part<HTMLFormElement>(root, 'form');
  const summary = part<HTMLElement>(root, 'summary');
  const list = part<HTMLOListElement>(root, 'results');
  const more = part<HTMLButtonElement>(root, 'more');
  const sort = part<HTMLSelectElement>(root, 'sort');
  const clear = part<HTMLButtonElement>(root, 'clear');
  const empty = part<HTMLElement>(root, 'empty');
  const filters = part<HTMLDetailsElement>(root, 'filters');
  const paneEl = part<HTMLElement>(root, 'filter-pane');
  if (!input || !list) throw new Error('the search page has no input or result list');

  let seq = 0; // searches started; a response for an older one is dropped
  let settled = 0; // searches shown, in data-results-seq (a hook for tests)
  let results: PagefindResult[] = [];
  let shown = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;
  const pane = paneEl ? new FilterPane(paneEl, () => void run()) : null;

  /** Render the next page of results; their data loads together. */
  async function showMore(mine: number): Promise<void> {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    shown += batch.length;
    const slots = batch.map(() => {
      const slot = document.createElement('li');
      slot.className = 'sr-pending';
      slot.setAttribute('aria-hidden', 'true');
      return slot;
    });
    list!.append(...slots);
    const datas = await Promise.all(batch.map((r) => r.data()));
    if (mine !== seq) return;
    datas.forEach((d, i) => slots[i]!.replaceWith(renderResult(document, d)));
    if (more) more.hidden = shown >= results.length;
  }

  function show(res: PagefindSearchResponse, term: string): void {
    results = res.results;
    shown = 0;
    list!.replaceChildren();
    if (summary) summary.textContent = term || results.length > 0 ? summaryText(results.length, term) : '';
    if (empty) empty.hidden = !(term && results.length === 0);
    if (more) more.hidden = true;
    pane?.update(res.filters);
  }

  async function run(): Promise<void> {
    clearTimeout(typing);
    const mine = ++seq;
    const term = input!.value.trim();
    const picked = pane?.selection() ?? {};
    const filtering = Object.keys(picked).length > 0;
    if (clear) clear.hidden = !filtering;
    syncAddress(term);
    root.setAttribute('data-search-busy', '');
    list!.setAttribute('aria-busy', 'true');
    try {
      const dir = sort?.value;
      const res = term || filtering
        ? await instance.search(term || null, { filters: picked, sort: dir === 'asc' || dir === 'desc' ? { [SORT_DATE]: dir } : {} })
        : { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };
      if (mine !== seq || !res) return;
      show(res, term);
      await showMore(mine);
      if (mine !== seq) return;
      part<HTMLElement>(root, 'error')?.setAttribute('hidden', '');
    } catch (err) {
      if (mine === seq) showError(root, `Search could not load: ${err instanceof Error ? err.message : String(err)}.`);
    } finally {
      if (mine === seq) {
        root.removeAttribute('data-search-busy');
        list!.removeAttribute('aria-busy');
        root.dataset.resultsSeq = String(++settled);
      }
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  form?.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('keydown', (e) => moveAmongLinks(e, input, list));
  list.addEventListener('keydown', (e) => moveAmongLinks(e, input, list));
  more?.addEventListener('click', () => {
    const first = shown;
    // Focus goes to the first new result, so a keyboard or screen reader user continues where the list grew.
    showMore(seq)
      .then(() => list.querySelectorAll<HTMLElement>(':scope > .sr')[first]?.querySelector<HTMLElement>('a')?.focus())
      .catch((err: unknown) => showError(root, `More results could not load: ${err instanceof Error ? err.message : String(err)}.`));
  });
  sort?.addEventListener('change', () => void run());
  clear?.addEventListener('click', () => {
    pane?.clear();
    void run();
    input.focus();
  });
  if (filters && pane) wireFilterPane(root, filters, pane, instance, run);

  // Arriving on the search page means "I want to search": put the caret in the box, unless the reader is elsewhere already.
  if (!document.activeElement || document.activeElement === document.body) input.focus();
  // A query in the address (from the header box, or a shared link) runs at once.
  const q = new URLSearchParams(location.search).get('q')?.trim();
  if (q) {
    input.value = q;
    void run();
  }
}

/**
 * The filter pane's disclosure: on first opening it loads the filter data,
 * draws the pane and runs the search again for its counts. Until then it is
 * busy (contents hidden by CSS, so nothing half-drawn takes focus); then it
 * is marked data-filters-loaded (a hook for styling and tests).
 */
function wireFilterPane(root: HTMLElement, details: HTMLDetailsElement, pane: FilterPane, instance: PagefindInstanceApi, run: () => Promise<void>): void {
  details.addEventListener('toggle', () => {
    if (!details.open || pane.built || details.hasAttribute('aria-busy')) return;
    details.setAttribute('aria-busy', 'true');
    instance
      .filters()
      .then(async (totals) => {
        pane.build(totals);
        await run();
        details.setAttribute('data-filters-loaded', '');
      })
      .catch((err: unknown) => showError(root, `Filters could not load: ${err instanceof Error ? err.message : String(err)}.`))
      .finally(() => details.removeAttribute('aria-busy'));
  });
}
