import { relativeHref } from './paths.ts';

/**
 * Rewrite root-absolute URLs (`/assets/x.css`, `/base/x.js`) in a built page
 * into URLs relative to that page, so the same dist/ works from disk and under
 * any sub-path. Protocol-relative (`//host`) and external URLs are left alone.
 */
export function relativizeHtml(html: string, route: string, base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return html.replace(/\b(href|src|srcset|content)="(\/(?!\/)[^"]*)"/g, (all, attr: string, url: string) => {
    if (attr === 'content' && !/\.(?:png|svg|ico|jpg|webp|xml|css|js)(?:[?#]|$)/.test(url)) return all;
    if (!url.startsWith(prefix)) return all;
    const [pathPart, frag] = url.slice(prefix.length).split('#', 2) as [string, string | undefined];
    const target = pathPart === '' || pathPart.endsWith('/') ? `${pathPart}index.html` : pathPart;
    const rel = relativeHref(route, target);
    return `${attr}="${rel}${frag !== undefined ? `#${frag}` : ''}"`;
  });
}
