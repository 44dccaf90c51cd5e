/**
 * Filter data on demand. Pagefind's Component UI asks for every filter's
 * data as soon as it loads, and those chunks grow with the site (about
 * 27 KB at 1,000 sources, 124 KB at 5,000, 263 KB at 10,000): most readers
 * type a query and never filter. Until the reader opens the filter pane,
 * the adapted instance answers `filters()` with nothing; opening it loads
 * the real filter data once and runs the current search again, so the
 * pane's counts are complete.
 */
import type { PagefindInstanceApi } from './types.ts';

type Filters = Awaited<ReturnType<PagefindInstanceApi['filters']>>;

export class FilterGate {
  /** Whether the reader has asked for filters (opened the pane). */
  #wanted = false;
  /** The real `filters()` of the Pagefind instance, once one exists. */
  #load: (() => Promise<Filters>) | null = null;

  get wanted(): boolean {
    return this.#wanted;
  }

  /** Wrap an instance's `filters()`: empty until {@link open}. */
  guard(instance: PagefindInstanceApi): PagefindInstanceApi['filters'] {
    const load = () => instance.filters();
    this.#load = load;
    return () => (this.#wanted ? load() : Promise.resolve({}));
  }

  /**
   * The reader wants filters. Resolves true once the data is loaded into an
   * existing instance (then the caller searches again), false when no
   * instance exists yet (its first load will fetch the filters itself).
   */
  async open(): Promise<boolean> {
    this.#wanted = true;
    if (!this.#load) return false;
    await this.#load();
    return true;
  }
}
