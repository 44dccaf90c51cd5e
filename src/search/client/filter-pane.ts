/**
 * The filter pane: one disclosure per filter key (topic, outlet, people…),
 * a checkbox per value with the number of results it would leave. Built
 * only when the reader opens "Filter results": filter data grows with the
 * site (about 27 KB at 1,000 sources, 124 KB at 5,000) and most readers
 * never filter. Ticking several values of one key asks for pages that have
 * all of them, as Pagefind's filters do.
 */

import { el } from './dom.ts';

/** Filter key → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;
/** Filter key → ticked values. */
export type Selection = Record<string, string[]>;

/** Keys in a stable order, values by how many pages carry them, then by name. */
export function orderedValues(values: Record<string, number>): [string, number][] {
  return Object.entries(values).sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
}

const label = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

export class FilterPane {
  readonly #container: HTMLElement;
  readonly #onChange: () => void;
  /** Every checkbox with the element showing its count. */
  #options: { box: HTMLInputElement; count: HTMLElement }[] = [];

  constructor(container: HTMLElement, onChange: () => void) {
    this.#container = container;
    this.#onChange = onChange;
  }

  get built(): boolean {
    return this.#options.length > 0;
  }

  /** Draw every key and value from the index's totals. */
  build(totals: FilterCounts): void {
    const doc = this.#container.ownerDocument;
    const groups = Object.keys(totals)
      .sort((a, b) => a.localeCompare(b))
      .map((key) => {
        const group = el(doc, 'details', 'filter-group');
        group.dataset.filterName = key;
        const summary = el(doc, 'summary', '', label(key));
        summary.append(el(doc, 'span', 'filter-picked'));
        const set = el(doc, 'fieldset', '');
        set.append(el(doc, 'legend', 'visually-hidden', label(key)));
        for (const [value, n] of orderedValues(totals[key] ?? {})) {
          const box = Object.assign(el(doc, 'input', ''), { type: 'checkbox', name: key, value });
          box.addEventListener('change', () => {
            this.#markPicked(group);
            this.#onChange();
          });
          const count = el(doc, 'span', 'filter-count', String(n));
          this.#options.push({ box, count });
          const option = el(doc, 'label', 'filter-option');
          option.append(box, el(doc, 'span', 'filter-value', value), count);
          set.append(option);
        }
        group.append(summary, set);
        return group;
      });
    this.#container.replaceChildren(...groups);
  }

  /** Counts for the current search: how many results each value would leave (0 when none). */
  update(available: FilterCounts | undefined): void {
    if (!available) return;
    for (const { box, count } of this.#options) count.textContent = String(available[box.name]?.[box.value] ?? 0);
  }

  /** Ticked values by key (keys with none ticked are left out). */
  selection(): Selection {
    const out: Selection = {};
    for (const { box } of this.#options) if (box.checked) (out[box.name] ??= []).push(box.value);
    return out;
  }

  /** Untick everything. */
  clear(): void {
    for (const { box } of this.#options) box.checked = false;
    this.#container.querySelectorAll<HTMLDetailsElement>('details.filter-group').forEach((g) => this.#markPicked(g));
  }

  /** "(2 selected)" next to a group's name, so a closed group still shows it is in use. */
  #markPicked(group: HTMLElement): void {
    const n = [...group.querySelectorAll('input')].filter((b) => b.checked).length;
    const picked = group.querySelector('.filter-picked');
    if (picked) picked.textContent = n > 0 ? ` (${n} selected)` : '';
  }
}
