import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, renderResult, safeHref, summaryText } from '../../../src/search/client/render.ts';
import type { PagefindResultData } from '../../../src/search/client/types.ts';

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

const data = (over: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: './sources/a.html#s-1',
  excerpt: 'the <mark>Aral</mark> Sea &amp; its basin',
  meta: { title: 'Leaders meet', type: 'source', outlet: 'Example Wire', date: '2025-10-09', date_label: '9 October 2025' },
  sub_results: [],
  ...over,
});

describe('excerpts', () => {
  it('keeps only the <mark> runs and reads everything else as text', () => {
    expect(excerptParts('a <mark>b</mark> c')).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
      { text: ' c', mark: false },
    ]);
    // Escaped markup from the page stays text; a stray tag is dropped, never created.
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(1)>ok')).toEqual([
      { text: '<script>alert(1)</script> ok', mark: false },
    ]);
  });

  it('decodes numeric and the common named references, and leaves unknown ones', () => {
    expect(decodeEntities('&#39;a&#x27; &quot;b&quot; &nbsp;&bogus; &#0;')).toBe("'a' \"b\" \u00a0&bogus; &#0;");
  });
});

describe('links and counts', () => {
  it('refuses schemes other than http(s)', () => {
    expect(safeHref('./sources/a.html#s-1')).toBe('./sources/a.html#s-1');
    expect(safeHref('https://example.org/x')).toBe('https://example.org/x');
    expect(safeHref(' javascript:alert(1)')).toBe('#');
    expect(safeHref('data:text/html,x')).toBe('#');
    expect(safeHref(undefined)).toBe('#');
  });

  it('words the count the way readers and the tests read it', () => {
    expect(summaryText(0, 'x')).toBe('No results for x');
    expect(summaryText(1, 'x')).toBe('1 result for x');
    expect(summaryText(4207, 'trade')).toBe('4,207 results for trade');
    expect(summaryText(3, '')).toBe('3 results');
  });
});

describe('a rendered result', () => {
  it('has the title link, type, outlet and date, and the excerpt with its marks', () => {
    const li = renderResult(doc(), data());
    expect(li.querySelector('.sr-link')?.getAttribute('href')).toBe('./sources/a.html#s-1');
    expect(li.querySelector('.sr-link')?.textContent).toBe('Leaders meet');
    expect([...li.querySelectorAll('.sr-meta > *')].map((e) => e.textContent)).toEqual(['source', 'Example Wire', '9 October 2025']);
    expect(li.querySelector('.sr-date')?.getAttribute('datetime')).toBe('2025-10-09');
    expect(li.querySelector('.sr-excerpt')?.textContent).toBe('the Aral Sea & its basin');
    expect([...li.querySelectorAll('.sr-excerpt mark')].map((m) => m.textContent)).toEqual(['Aral']);
  });

  it('shows markup in titles as text, and says so when a page has no title', () => {
    const hostile = renderResult(doc(), data({ meta: { title: '<img src=x onerror=alert(1)>' } }));
    expect(hostile.querySelector('img')).toBeNull();
    expect(hostile.querySelector('.sr-link')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(hostile.querySelector('.sr-meta')).toBeNull();
    expect(renderResult(doc(), data({ meta: {} })).querySelector('.sr-link')?.textContent).toBe('Untitled page');
  });

  it('lists up to three sections, not the page itself again', () => {
    const sub = (n: number) => ({ title: `Part ${n}`, url: `./sources/a.html#s-${n + 10}`, excerpt: `part <mark>${n}</mark>` });
    const li = renderResult(doc(), data({ sub_results: [{ title: 'Leaders meet', url: './sources/a.html#s-1', excerpt: 'x' }, sub(1), sub(2), sub(3), sub(4)] }));
    expect([...li.querySelectorAll('.sr-sub-link')].map((a) => a.getAttribute('href'))).toEqual(['./sources/a.html#s-11', './sources/a.html#s-12', './sources/a.html#s-13']);
    expect(li.querySelector('.sr-sub-excerpt mark')?.textContent).toBe('1');
  });
});
