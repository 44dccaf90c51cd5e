/**
 * Entries (anchor sentences of dated sources) indexed by content term, so an
 * undated source is compared only with the anchors it shares terms with, not
 * with every anchor of every dated source: that scan is undated × dated, and
 * both grow with the corpus. Matches come back in insertion order, so a caller
 * that keeps the first of equal scores decides ties exactly as a plain scan.
 */
export class TermIndex<T> {
  readonly #entries: { value: T; size: number }[] = [];
  readonly #postings = new Map<string, number[]>();
  #counts = new Int32Array(0);

  add(value: T, terms: ReadonlySet<string>): void {
    const at = this.#entries.length;
    this.#entries.push({ value, size: terms.size });
    for (const t of terms) {
      const list = this.#postings.get(t);
      if (list) list.push(at);
      else this.#postings.set(t, [at]);
    }
  }

  /** Entries sharing at least `min` (≥ 1) of `terms`, in insertion order, with how many they share and their own term count. */
  sharing(terms: ReadonlySet<string>, min: number): { value: T; shared: number; size: number }[] {
    if (this.#counts.length < this.#entries.length) this.#counts = new Int32Array(this.#entries.length);
    const counts = this.#counts;
    const touched: number[] = [];
    for (const t of terms) {
      for (const at of this.#postings.get(t) ?? []) {
        if (counts[at] === 0) touched.push(at);
        counts[at]!++;
      }
    }
    touched.sort((a, b) => a - b);
    const out: { value: T; shared: number; size: number }[] = [];
    for (const at of touched) {
      const shared = counts[at]!;
      counts[at] = 0;
      const entry = this.#entries[at]!;
      if (shared >= min) out.push({ value: entry.value, shared, size: entry.size });
    }
    return out;
  }
}
