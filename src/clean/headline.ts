import type { Line } from './lines.ts';
import { LIST_MARKER, paragraphLike, titleLike, words } from './shape.ts';

/** "ALMATY, March 3 (Reuters) -" alone on a line: the start of the first paragraph, not a title. */
const DATELINE_ONLY = /^[\p{Lu}][\p{Lu}\p{L} .'-]*,\s.{0,40}[-–—:]$/u;

/**
 * The page's headline: a line marked as a level-1 heading, else the first
 * title-like line (no sentence ending, 3–30 words) before the first body
 * paragraph. Lines before it that no rule removed are page labels (site
 * name, section, kicker) and are removed as `page-label`.
 */
export function findHeadline(lines: Line[]): Line | null {
  const firstBody = lines.findIndex((l) => !l.rule && paragraphLike(l.norm) && !LIST_MARKER.test(l.norm) && l.level === undefined);
  const region = (firstBody < 0 ? lines : lines.slice(0, firstBody)).filter((l) => !l.rule);
  const headline =
    region.find((l) => l.level === 1) ??
    region.find((l) => (l.level === undefined || l.level <= 2) && titleLike(l.norm) && words(l.norm) >= 3 && !DATELINE_ONLY.test(l.norm)) ??
    null;
  if (headline) for (const l of region.slice(0, region.indexOf(headline))) l.rule = 'page-label';
  return headline;
}
