import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gold, sourceIdOf } from '../helpers/gold.ts';
import { fold, page } from '../helpers/html.ts';
import { readDist, SEED_SITE } from '../helpers/sites.ts';

const briefing = () => JSON.parse(readDist(SEED_SITE, 'briefing.json'));
const entryOf = (file: string) => briefing().sources.find((s: { file: string }) => s.file === file);

describe('seed stories', () => {
  it('all five seeds tell one story, named by its first source', () => {
    const sources = briefing().sources as { id: string; story: string | null }[];
    expect(sources).toHaveLength(gold.sources.length);
    expect(new Set(sources.map((s) => s.story))).toEqual(new Set([[...sources.map((s) => s.id)].sort()[0]]));
  });
});

describe.each(gold.sources.map((g) => [g.file, g] as const))('source page %s', (file, g) => {
  const doc = page(readDist(SEED_SITE, `sources/${sourceIdOf(file)}.html`));
  const body = doc.querySelector('.article-body');
  const bodyText = fold(body?.textContent ?? '');

  it('renders none of the gold boilerplate lines in the body', () => {
    for (const line of g.boilerplate_lines) expect(bodyText).not.toContain(fold(line));
  });
  it('keeps every sentence the gold says must survive', () => {
    for (const s of g.body_must_contain) expect(bodyText).toContain(fold(s));
  });
  it('has the gold headline, outlet, published date and dateline', () => {
    const e = entryOf(file);
    if (g.headline) {
      expect(e.headline.value).toBe(g.headline);
      expect(fold(doc.querySelector('h1')?.textContent ?? '')).toBe(fold(g.headline));
    } else {
      expect(e.headline.source).toBe('url-slug');
      expect(e.headline.value).toBeTruthy();
    }
    expect(e.outlet.value).toBe(g.outlet);
    expect(e.published.value).toBe(g.published);
    expect(e.dateline.value).toBe(g.dateline);
    expect(e.kind.value).toBe(g.kind);
  });
  it('makes every sentence an anchor with a unique id', () => {
    const spans = [...doc.querySelectorAll('.article-body span.sentence')];
    const ids = spans.map((s) => s.id);
    expect(ids.length).toBe(entryOf(file).sentenceCount);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^s-[0-9a-f]{8}(-\d+)?$/);
  });
  it('lists every removed line with its rule for audit', () => {
    const items = [...doc.querySelectorAll('details.removed li')];
    expect(items.length).toBe(entryOf(file).removed.length);
    for (const it of items) expect(it.querySelector('.rule')?.textContent).toBeTruthy();
  });
});

describe('structure', () => {
  it('generates each page as MDX without front matter: its metadata is the entry, shown on the page', () => {
    for (const g of gold.sources) {
      const mdx = fs.readFileSync(path.join(SEED_SITE.generated, 'sources', `${sourceIdOf(g.file)}.mdx`), 'utf8');
      expect(mdx.startsWith('---'), g.file).toBe(false);
      expect(mdx).toContain('<span id="s-');
      const e = entryOf(g.file);
      const doc = page(readDist(SEED_SITE, `sources/${sourceIdOf(g.file)}.html`));
      expect(fold(doc.querySelector('h1')?.textContent ?? '')).toBe(fold(e.headline.value));
      expect(doc.querySelectorAll('details.removed li').length).toBe(e.removed.length);
    }
  });
  it('renders the section headings of a sectioned article as headings', () => {
    const g = gold.sources.find((s) => s.section_headings)!;
    const doc = page(readDist(SEED_SITE, `sources/${sourceIdOf(g.file)}.html`));
    const headings = [...doc.querySelectorAll('.article-body h2')].map((h) => fold(h.textContent ?? ''));
    expect(headings).toEqual(g.section_headings);
  });
  it('keeps an aggregator’s related coverage apart from its own text', () => {
    const g = gold.sources.find((s) => s.related_coverage)!;
    const e = entryOf(g.file);
    expect(e.related.map((r: { headline: string }) => r.headline)).toEqual(g.related_coverage!.map((r) => r.headline));
    expect(e.related.map((r: { location: string | null }) => r.location)).toEqual(g.related_coverage!.map((r) => r.location));
    const doc = page(readDist(SEED_SITE, `sources/${sourceIdOf(g.file)}.html`));
    const bodyText = fold(doc.querySelector('.article-body')?.textContent ?? '');
    for (const r of g.related_coverage!) expect(bodyText).not.toContain(r.headline);
    expect(fold(doc.querySelector('.related')?.textContent ?? '')).toContain(g.related_coverage![2]!.headline);
  });
  it('links the outlet to the original http(s) URL and cites the source', () => {
    for (const g of gold.sources) {
      const doc = page(readDist(SEED_SITE, `sources/${sourceIdOf(g.file)}.html`));
      const e = entryOf(g.file);
      expect(doc.querySelector(`.meta a[href="${e.url.value}"]`)).toBeTruthy();
      const cite = doc.querySelector('#cite-text')?.textContent ?? '';
      expect(cite).toContain(e.url.value);
      expect(cite).toContain(g.published ? '2025' : 'n.d.');
    }
  });
  it('lists every source on the home page with its outlet and date or "date unknown"', () => {
    const doc = page(readDist(SEED_SITE, 'index.html'));
    const items = [...doc.querySelectorAll('.source-list li')].map((li) => fold(li.textContent ?? ''));
    expect(items).toHaveLength(gold.sources.length);
    for (const g of gold.sources) {
      const item = items.find((t) => t.includes(g.outlet));
      expect(item).toBeTruthy();
      expect(item).toContain(g.published ? '9 October 2025' : 'date unknown');
    }
  });
});
