import type { Route } from './paths.ts';

/**
 * Absolute URL of a route, from Astro's `site` and `base`. Only canonical
 * links, feeds and the sitemap use these; in-page links stay relative.
 * The home page is canonical as the bare base URL (`…/`), as hosts serve it.
 */
export function absoluteUrl(route: Route, site: URL | string | undefined, base = '/'): string {
  if (!site) throw new Error('`site` must be set for canonical URLs (SITE_URL).');
  const b = base.endsWith('/') ? base : `${base}/`;
  const path = route === 'index.html' ? '' : route.split('/').map(encodeURIComponent).join('/');
  return new URL(`${b}${path}`, site).href;
}

/**
 * Serialise structured data for a `<script type="application/ld+json">`.
 * `<`, `>` and `&` become \u escapes (still valid JSON, same value), so text
 * from a source can never close the script element or open a comment; U+2028/9
 * are escaped for old JS parsers.
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
