import type { RelatedItem } from '../../model/types.ts';
import type { Line } from '../lines.ts';

/** A listed article's location line: "·New York, United States", "• United Kingdom". */
const LOCATION = /^[·•]\s*(\S.{0,60})$/;
/** Rules that can occur inside a listing without ending it. */
const INSIDE = new Set(['listing-count', 'read-full-marker', 'timestamp', 'date-line', 'reading-time']);

/**
 * An aggregator's listing of other outlets' articles. It starts at an article
 * count ("9 Articles") or the first "Read Full Article" marker and runs until
 * other furniture (e.g. the coverage widget). Each listed article is a
 * headline, an optional lede, and an optional "·Place" line; a marker or a
 * place line closes it. Its lines are marked `related-coverage` so the audit
 * is complete, and returned as data kept apart from the page's own text.
 */
export function extractListing(lines: Line[]): RelatedItem[] {
  const start = lines.findIndex((l) => l.rule === 'listing-count' || l.rule === 'read-full-marker');
  if (start < 0) return [];
  const items: RelatedItem[] = [];
  let current: RelatedItem | null = null;
  const close = () => {
    if (current) items.push(current);
    current = null;
  };
  for (const l of lines.slice(start)) {
    if (l.rule === 'read-full-marker') { close(); continue; }
    if (l.rule) {
      if (INSIDE.has(l.rule)) continue;
      break;
    }
    l.rule = 'related-coverage';
    const place = LOCATION.exec(l.norm);
    if (place) {
      if (current) (current as RelatedItem).location = place[1]!.trim();
      close();
    } else if (!current) current = { headline: l.text, lede: null, location: null };
    else current.lede = current.lede ? `${current.lede} ${l.text}` : l.text;
  }
  close();
  return items;
}
