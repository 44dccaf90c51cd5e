/**
 * Pure post-processing of one Pagefind result, so that links
 *  - are relative to the search page (the site is opened from any sub-path
 *    and from file://, where Pagefind's root-absolute URLs would point at
 *    the file system root), and
 *  - land on the sentence that matched (`#s-…`, highlighted by `:target`),
 *    since Pagefind itself only anchors sub-results on headings.
 * No DOM access: unit-testable in Node.
 */
import { formatDate } from '../../site/format.ts';
import type { PagefindAnchor, PagefindResultData, PagefindSubResult, PagefindWeightedLocation } from './types.ts';

/** How to rewrite links. */
export interface LinkContext {
  /** Relative path from the search page to the site root, ending in `/` (`./`, `../`). */
  siteRoot: string;
  /** Which anchor ids are sentences. */
  sentenceId: RegExp;
}

/**
 * `/sources/a.html#x` (Pagefind, with `baseUrl: '/'`) → `./sources/a.html#x`.
 * Full URLs (a merged remote index) are left alone.
 */
export function siteRelative(url: string, siteRoot: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url;
  return `${siteRoot}${url.replace(/^\/+/, '')}`;
}

/** The strongest hit: highest balanced score, the earliest on a tie. */
export function bestLocation(locations: readonly PagefindWeightedLocation[] | undefined): number | null {
  let best: PagefindWeightedLocation | null = null;
  for (const l of locations ?? []) {
    if (!best || l.balanced_score > best.balanced_score || (l.balanced_score === best.balanced_score && l.location < best.location)) best = l;
  }
  return best ? best.location : null;
}

/** Number of words Pagefind counts in a text (it splits content on whitespace). */
const wordCount = (text: string | undefined) => (text ?? '').split(/\s+/).filter(Boolean).length;

/**
 * The anchor a hit at `location` should link to: the sentence that contains
 * it, else the nearest heading above it, else none (link to the page).
 * A sentence spans `[location, location + words)`; a hit past its end (in a
 * list item or caption that is not a sentence) does not belong to it.
 */
export function anchorFor(anchors: readonly PagefindAnchor[] | undefined, location: number, sentenceId: RegExp): PagefindAnchor | null {
  let sentence: PagefindAnchor | null = null;
  let heading: PagefindAnchor | null = null;
  for (const a of anchors ?? []) {
    if (a.location > location) continue;
    if (sentenceId.test(a.id)) {
      if (location < a.location + Math.max(1, wordCount(a.text)) && (!sentence || a.location >= sentence.location)) sentence = a;
    } else if (/^h[1-6]$/i.test(a.element) && (!heading || a.location >= heading.location)) {
      heading = a;
    }
  }
  return sentence ?? heading;
}

/** Replace the fragment of a URL. */
const withFragment = (url: string, id: string | undefined) => (id ? `${url.split('#')[0]}#${encodeURIComponent(id)}` : url);

/**
 * Rewrite a result's links (page, sub-results) as described above, and add
 * `meta.date_label` (a readable date) when `meta.date` is ISO.
 * Returns a new object; Pagefind caches and reuses the one it gave us.
 */
export function enhanceResult(data: PagefindResultData, ctx: LinkContext): PagefindResultData {
  const page = siteRelative((data.url ?? '').split('#')[0] ?? '', ctx.siteRoot);
  const best = bestLocation(data.weighted_locations);
  const mainAnchor = best === null ? null : anchorFor(data.anchors, best, ctx.sentenceId);
  const url = withFragment(page, mainAnchor?.id);

  const subResults = (data.sub_results ?? []).map((sub): PagefindSubResult => {
    // The page-level section keeps the page's own link, so the UI folds it into the result (as stock Pagefind does).
    if (!sub.anchor) return { ...sub, url };
    const subBest = bestLocation(sub.weighted_locations);
    const target = subBest === null ? null : anchorFor(data.anchors, subBest, ctx.sentenceId);
    return { ...sub, url: withFragment(page, target?.id ?? sub.anchor.id) };
  });

  const meta = { ...data.meta };
  if (meta.url) meta.url = siteRelative(meta.url, ctx.siteRoot);
  const label = formatDate(meta.date);
  if (label) meta.date_label = label;

  return { ...data, url, meta, sub_results: subResults };
}
