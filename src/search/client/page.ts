/**
 * Search-page behaviour around Pagefind's Component UI: the `?q=` query in
 * the address (so header searches and shared links land on results), a sort
 * control, the filter pane's disclosure (filter data loads when it first
 * opens: see filter-gate.ts), a "clear filters" button and a plain-language
 * empty state. The
 * Component UI does the searching, the filter pane and result keyboard
 * navigation itself.
 */
import { SORT_DATE } from '../contract.ts';
import type { FilterGate } from './filter-gate.ts';
import type { ComponentInstance } from './types.ts';

/** Elements of the search page the runtime drives (all optional: a page may omit any). */
interface PageParts {
  input: HTMLInputElement | null;
  sort: HTMLSelectElement | null;
  clear: HTMLButtonElement | null;
  filters: HTMLDetailsElement | null;
  empty: HTMLElement | null;
  error: HTMLElement | null;
}

function findParts(root: HTMLElement): PageParts {
  return {
    input: root.querySelector<HTMLInputElement>('pagefind-input input'),
    sort: root.querySelector<HTMLSelectElement>('select[data-search-sort]'),
    clear: root.querySelector<HTMLButtonElement>('button[data-search-clear]'),
    filters: root.querySelector<HTMLDetailsElement>('details[data-search-filters]'),
    empty: root.querySelector<HTMLElement>('[data-search-empty]'),
    error: root.querySelector<HTMLElement>('[data-search-error]'),
  };
}

/** Show a failure in the page's error slot (and never silently). */
export function showError(root: HTMLElement, message: string): void {
  const slot = root.querySelector<HTMLElement>('[data-search-error]');
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

/**
 * The filter pane's disclosure: its data loads on first opening (filter-gate.ts), then the search runs again so the
 * counts are complete. Until then the pane is busy, its contents hidden by CSS so nothing half-drawn takes focus;
 * then it is marked data-filters-loaded (a hook for styling and tests: 'toggle' fires a task after the click).
 */
function wireFilterPane(root: HTMLElement, pane: HTMLDetailsElement, instance: ComponentInstance, gate: FilterGate): void {
  let waiting = false;
  const settle = (loaded: boolean) => {
    waiting = false;
    pane.removeAttribute('aria-busy');
    if (loaded) pane.setAttribute('data-filters-loaded', '');
  };
  instance.on('results', () => {
    if (waiting) settle(true);
  });
  pane.addEventListener('toggle', () => {
    if (!pane.open || gate.wanted) return;
    pane.setAttribute('aria-busy', 'true');
    gate
      .open()
      .then(async (loaded) => {
        if (!loaded) {
          // No instance yet: its first load fetches the filters itself.
          await instance.triggerLoad();
          settle(true);
          return;
        }
        waiting = true;
        instance.triggerSearch(instance.searchTerm);
      })
      .catch((err: unknown) => {
        settle(false);
        showError(root, `Filters could not load: ${err instanceof Error ? err.message : String(err)}.`);
      });
  });
}

/** Wire the page's own controls to the Component UI instance. */
export function wirePage(root: HTMLElement, instance: ComponentInstance, gate?: FilterGate): void {
  const parts = findParts(root);
  let term = '';
  let seq = 0;

  instance.on('search', (t, filters) => {
    term = t;
    syncAddress(t);
    const active = Object.values(filters ?? {}).some((v) => Array.isArray(v) && v.length > 0);
    if (parts.clear) parts.clear.hidden = !active;
  });
  // data-search-busy while a search runs, data-results-seq counts settled searches: hooks for styling and tests.
  // (The results list sets aria-busy itself; the root must not, it holds the input.)
  instance.on('loading', () => root.setAttribute('data-search-busy', ''));
  instance.on('results', (res) => {
    root.removeAttribute('data-search-busy');
    root.dataset.resultsSeq = String(++seq);
    if (parts.empty) parts.empty.hidden = !(term.trim() && (res?.results?.length ?? 0) === 0);
    if (parts.error) parts.error.hidden = true;
  });
  instance.on('error', (err) => showError(root, `Search could not load: ${err.message ?? 'unknown error'}.`));

  parts.clear?.addEventListener('click', () => {
    instance.triggerFilters({});
    parts.input?.focus();
  });
  if (parts.filters && gate) wireFilterPane(root, parts.filters, instance, gate);
  parts.sort?.addEventListener('change', () => {
    const dir = parts.sort?.value;
    // Pagefind's sort replaces relevance and drops pages without the sort key (undated sources).
    instance.searchSort = dir === 'asc' || dir === 'desc' ? { [SORT_DATE]: dir } : {};
    instance.triggerSearch(instance.searchTerm);
  });

  // Arriving on the search page means "I want to search": put the caret in the box, unless the reader is elsewhere already.
  // (The input's own autofocus attribute is ignored by browsers for elements created after load.)
  if (parts.input && (!document.activeElement || document.activeElement === document.body)) parts.input.focus();

  // A query in the address (from the header box, or a shared link) runs at once.
  const q = new URLSearchParams(location.search).get('q')?.trim();
  if (q && parts.input) {
    parts.input.value = q;
    // Through the input's own event, so the component's state (clear button, debounce) stays consistent.
    parts.input.dispatchEvent(new Event('input', { bubbles: true }));
  } else if (q) {
    instance.triggerSearch(q);
  }
}
