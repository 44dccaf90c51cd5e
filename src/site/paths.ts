/**
 * Internal links are always relative to the current page and point at real
 * `.html` files, so a downloaded dist/ works from disk (file://) and under any
 * deploy sub-path without rewriting.
 */

/** Site-relative route of a page, e.g. `sources/abc.html`, `index.html`. */
export type Route = string;

export const routes = {
  home: (): Route => 'index.html',
  source: (id: string): Route => `sources/${id}.html`,
  /** Page `n` (from 1) of the list of all sources, made when the overview cannot list them all. */
  allSources: (n = 1): Route => (n === 1 ? 'all-sources.html' : `all-sources/${n}.html`),
  briefing: (): Route => 'briefing.html',
  timeline: (): Route => 'timeline.html',
  topics: (): Route => 'topics.html',
  topic: (id: string): Route => `topics/${id}.html`,
  entities: (): Route => 'entities.html',
  entity: (id: string): Route => `entities/${id}.html`,
  coverage: (): Route => 'coverage.html',
  search: (): Route => 'search.html',
  data: (): Route => 'briefing.json',
  rss: (): Route => 'rss.xml',
  sitemap: (): Route => 'sitemap.xml',
  favicon: (): Route => 'favicon.svg',
  /** The downloadable edition: the whole site as one zip (see offline-zip.ts). */
  offlineZip: (): Route => 'briefing-offline.zip',
};

/** The route of the page being rendered, from Astro's `url.pathname` and `base`. */
export function currentRoute(pathname: string, base = '/'): Route {
  let p = decodeURI(pathname);
  const b = base.endsWith('/') ? base : `${base}/`;
  if (p.startsWith(b)) p = p.slice(b.length);
  else p = p.replace(/^\//, '');
  if (p === '' || p.endsWith('/')) p += 'index.html';
  if (!/\.[a-z0-9]+$/i.test(p)) p += '.html';
  return p;
}

/** A relative href from one route to another (optionally with a #fragment). */
export function relativeHref(from: Route, to: Route, fragment?: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const up = fromDirs.length - common;
  const rel = `${'../'.repeat(up)}${toParts.slice(common).join('/')}` || './';
  return fragment ? `${rel}#${encodeURIComponent(fragment)}` : rel;
}
