import { describe, expect, it } from 'vitest';
import { gold, sourceIdOf } from '../helpers/gold.ts';
import { page } from '../helpers/html.ts';
import { readDist, SEED_SITE } from '../helpers/sites.ts';

const coverage = page(readDist(SEED_SITE, 'coverage.html'));
const sentences = gold.sources.flatMap((g) => [...page(readDist(SEED_SITE, `sources/${sourceIdOf(g.file)}.html`)).querySelectorAll('span.sentence')].map((s) => s.textContent ?? ''));

describe('the coverage grid (built seeds)', () => {
  const rows = [...(coverage.querySelector('#claims-grid')?.parentElement?.querySelectorAll('tbody tr') ?? [])];
  const labels = rows.map((r) => {
    const th = r.querySelector('th[scope="row"]')!;
    // The facet line ("summit · place · Dushanbe") is not the quote.
    return (th.lastChild?.textContent ?? '').trim();
  });

  it('labels each claim with verbatim words of its sentence, an ellipsis where the sentence goes on', () => {
    expect(rows.length).toBeGreaterThan(10);
    for (const label of labels) {
      for (const part of label.replace(/^… /, '').replace(/ …$/, '').split(' … ')) expect(sentences.some((s) => s.includes(part)), part).toBe(true);
    }
  });

  it('labels two claims of one sentence by the part each rests on', () => {
    // "…a joint communiqué and a multi-year action plan…": the communiqué and the action plan are two facts.
    const communique = labels.filter((l) => /communiqu/i.test(l) && !/action plan/i.test(l));
    const plan = labels.filter((l) => /action plan/i.test(l) && !/communiqu/i.test(l));
    expect(communique.length, labels.join('\n')).toBeGreaterThan(0);
    expect(plan.length, labels.join('\n')).toBeGreaterThan(0);
    // Rows read apart (an event claim's facet line counts: two facets may quote one sentence).
    const full = rows.map((r) => r.querySelector('th[scope="row"]')?.textContent ?? '');
    expect(new Set(full).size).toBe(full.length);
  });
});
