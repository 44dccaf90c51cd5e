import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { absoluteUrl } from './seo.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sitemap XML for a list of page routes (`sources/x.html`, …). */
export function sitemapXml(routes: string[], site: URL | string, base: string): string {
  const urls = [...routes].sort().map((r) => `  <url><loc>${esc(absoluteUrl(r, site, base))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * Astro integration: write sitemap.xml from the HTML files actually built, so
 * it lists every page (with build.format 'file', URLs end in .html) and can
 * never drift from the page set.
 */
export function sitemap(): AstroIntegration {
  let site: URL | string | undefined;
  let base = '/';
  return {
    name: 'briefing:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        if (!site) return;
        const out = fileURLToPath(dir);
        const pages = fs
          .readdirSync(out, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .map((f) => f.split(/[\\/]/).join('/'));
        fs.writeFileSync(new URL('sitemap.xml', dir), sitemapXml(pages, site, base));
      },
    },
  };
}
