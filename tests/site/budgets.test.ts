import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/html.ts';
import { readDist, SEED_SITE } from '../helpers/sites.ts';

const files = (ext: string) =>
  fs
    .readdirSync(SEED_SITE.dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => f.split(path.sep).join('/'));
const gz = (rel: string) => zlib.gzipSync(fs.readFileSync(path.join(SEED_SITE.dist, rel))).length;

// Reading pages are meant to be light: static HTML, one small stylesheet, at
// most a tiny inline script (the theme), and no external JavaScript.
describe('page weight budgets', () => {
  it('no page except search loads an external script', () => {
    for (const rel of files('.html')) {
      if (rel === 'search.html') continue;
      expect(page(readDist(SEED_SITE, rel)).querySelectorAll('script[src]').length, rel).toBe(0);
    }
  });
  it('inline scripts stay tiny', () => {
    for (const rel of files('.html')) {
      for (const s of page(readDist(SEED_SITE, rel)).querySelectorAll('script:not([type="application/ld+json"])')) {
        expect((s.textContent ?? '').length, rel).toBeLessThan(1024);
      }
    }
  });
  it('all CSS together is under 15 KB gzipped', () => {
    const total = files('.css').reduce((n, f) => n + gz(f), 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(15 * 1024);
  });
  it('every source page is under 20 KB of HTML gzipped', () => {
    const sources = files('.html').filter((f) => f.startsWith('sources/'));
    expect(sources.length).toBeGreaterThan(0);
    for (const rel of sources) expect(gz(rel), rel).toBeLessThan(20 * 1024);
  });
  it('the print stylesheet hides the site navigation', () => {
    const css = files('.css').map((f) => readDist(SEED_SITE, f)).join('\n');
    const print = css.match(/@media print\s*\{([\s\S]*?)\}\s*\}/)?.[1] ?? '';
    expect(print).toMatch(/\.site-header[^{]*\{[^}]*display:\s*none/);
  });
});

describe('theme script placement', () => {
  it('the theme is applied by the first script in <head>, before any stylesheet or body', () => {
    const html = readDist(SEED_SITE, 'index.html');
    const script = html.indexOf('<script>');
    expect(script).toBeGreaterThan(0);
    expect(script).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
    expect(script).toBeLessThan(html.indexOf('<body'));
    expect(html.slice(script, html.indexOf('</script>', script))).toContain('localStorage.getItem(');
  });
});
