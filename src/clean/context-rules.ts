import { DATE_ONLY, LOCATION_LINE, RELATED_HEADER, WEATHER } from './patterns.ts';
import { endsSentence, type Line, shortLabel, titleLike } from './lines.ts';

/**
 * Widgets at the top of a page (weather, city, today's date) come as a cluster
 * of short lines before the headline. Once one line of the cluster is a
 * weather or date widget, the short lines around it are the same widget.
 */
export function markTopWidgets(lines: Line[]): void {
  const lead: Line[] = [];
  for (const l of lines) {
    if (l.rule) { lead.push(l); continue; }
    if (shortLabel(l.text) || DATE_ONLY.test(l.text)) lead.push(l);
    else break;
  }
  if (!lead.some((l) => WEATHER.test(l.text) || DATE_ONLY.test(l.text))) return;
  for (const l of lead) if (!l.rule) l.rule = DATE_ONLY.test(l.text) ? 'date-widget' : 'page-widget';
}

/**
 * After a related-articles header ("Read also:", "Most Popular"), the list
 * that follows is other articles' titles, not this article's text.
 */
export function markRelatedLists(lines: Line[]): void {
  let inList = false;
  for (const l of lines) {
    if (l.rule === 'related-header') { inList = true; continue; }
    if (!inList) continue;
    const item = l.text.startsWith('- ') || l.text.startsWith('• ') || LOCATION_LINE.test(l.text);
    if (!l.rule && (item || titleLike(l.text, 20))) l.rule = 'related-list';
    else if (!l.rule) inList = false;
  }
}

/** The same line again (a repeated headline or byline) is page furniture the second time. */
export function markDuplicates(lines: Line[], headline: string | null): void {
  const seen = new Set<string>(headline ? [headline] : []);
  for (const l of lines) {
    if (l.rule) continue;
    if (seen.has(l.text) && !endsSentence(l.text)) l.rule = 'duplicate-line';
    seen.add(l.text);
  }
}

/** A header of a related list with nothing to introduce ("Trending Now" at the end of a page). */
export const isRelatedHeader = (t: string) => RELATED_HEADER.test(t);
