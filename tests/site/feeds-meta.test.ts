import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/html.ts';
import { readDist, SEED_SITE } from '../helpers/sites.ts';

const SITE = 'https://briefing.example.org/';
const pages = fs
  .readdirSync(SEED_SITE.dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.split(path.sep).join('/'))
  .sort();
const manifest = () => JSON.parse(readDist(SEED_SITE, 'briefing.json'));
const xml = (rel: string) => {
  const text = readDist(SEED_SITE, rel);
  expect(XMLValidator.validate(text)).toBe(true);
  return new XMLParser({ isArray: (name) => name === 'item' || name === 'url' }).parse(text);
};
/** Absolute URL → the built file it names (home is the bare base URL). */
const fileOf = (url: string) => {
  expect(url.startsWith(SITE), url).toBe(true);
  return url.slice(SITE.length) || 'index.html';
};
const ldOf = (rel: string) => {
  const scripts = [...page(readDist(SEED_SITE, rel)).querySelectorAll('script[type="application/ld+json"]')];
  expect(scripts.length).toBe(1);
  return JSON.parse(scripts[0]!.textContent ?? '');
};

describe('rss.xml', () => {
  it('is well-formed XML with one item per source, linking to built pages', () => {
    const channel = xml('rss.xml').rss.channel;
    const sources = manifest().sources as { id: string; published: { value: string | null } }[];
    expect(channel.item.length).toBe(sources.length);
    for (const item of channel.item) {
      expect(fs.existsSync(path.join(SEED_SITE.dist, fileOf(item.link)))).toBe(true);
      const id = item.link.match(/sources\/(.+)\.html$/)?.[1];
      const s = sources.find((x) => x.id === id);
      expect(s, item.link).toBeTruthy();
      // A pubDate only when the source's date is known.
      expect('pubDate' in item).toBe(Boolean(s!.published.value));
    }
  });
});

describe('sitemap.xml', () => {
  it('parses and lists every page exactly once', () => {
    const urls = (xml('sitemap.xml').urlset.url as { loc: string }[]).map((u) => fileOf(u.loc)).sort();
    expect(urls).toEqual(pages);
  });
});

describe('page metadata', () => {
  it('every page has exactly one absolute canonical link matching its file', () => {
    for (const rel of pages) {
      const links = page(readDist(SEED_SITE, rel)).querySelectorAll('link[rel="canonical"]');
      expect(links.length, rel).toBe(1);
      expect(fileOf(links[0]!.getAttribute('href')!)).toBe(rel);
    }
  });
  it('every page has Open Graph and Twitter metadata and a relative favicon', () => {
    for (const rel of pages) {
      const doc = page(readDist(SEED_SITE, rel));
      for (const sel of ['meta[property="og:title"]', 'meta[property="og:url"]', 'meta[property="og:type"]', 'meta[name="twitter:card"]']) {
        expect(doc.querySelector(sel), `${rel} ${sel}`).toBeTruthy();
      }
      const icon = doc.querySelector('link[rel="icon"]')!.getAttribute('href')!;
      expect(icon).not.toMatch(/^(\/|https?:)/);
      expect(fs.existsSync(path.join(SEED_SITE.dist, path.dirname(rel), icon))).toBe(true);
    }
  });
  it('no page makes a third-party request', () => {
    for (const rel of pages) {
      const doc = page(readDist(SEED_SITE, rel));
      for (const el of doc.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="icon"], img[src], link[rel="preload"]')) {
        expect(el.getAttribute('src') ?? el.getAttribute('href'), rel).not.toMatch(/^(https?:)?\/\//);
      }
    }
  });
});

describe('JSON-LD', () => {
  it('source pages describe the original article as a NewsArticle, with no invented dates', () => {
    for (const s of manifest().sources) {
      const ld = ldOf(`sources/${s.id}.html`);
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(s.headline.value);
      if (s.url.value) expect([ld.url, ld.isBasedOn]).toEqual([s.url.value, s.url.value]);
      else expect(ld.url).toBeUndefined();
      if (s.outlet.value) expect(ld.publisher).toEqual({ '@type': 'Organization', name: s.outlet.value });
      if (s.published.value) expect(ld.datePublished).toBe(s.published.value);
      else expect(ld).not.toHaveProperty('datePublished');
    }
    // The seeds include sources with an unknown date: make sure that path is exercised.
    expect(manifest().sources.some((s: { published: { value: unknown } }) => s.published.value === null)).toBe(true);
  });
  it('briefing.html is an Article citing every source', () => {
    const ld = ldOf('briefing.html');
    expect(ld['@type']).toBe('Article');
    expect(ld.citation.length).toBe(manifest().sources.length);
    for (const c of ld.citation) expect(c['@type']).toBe('NewsArticle');
    expect(ld.citation.filter((c: object) => 'datePublished' in c).length).toBe(
      manifest().sources.filter((s: { published: { value: unknown } }) => s.published.value).length,
    );
  });
});
