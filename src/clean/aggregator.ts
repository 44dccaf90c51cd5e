import type { CleanArticle, RelatedItem } from '../model/types.ts';
import type { Line } from './lines.ts';
import { endsSentence } from './lines.ts';
import { LISTING_HEADER, LOCATION_LINE, READ_FULL } from './patterns.ts';

/**
 * An aggregator's listing of other outlets' articles: it starts at a count
 * header ("9 Articles") or the first "Read Full Article" marker and runs until
 * the next furniture line. Each listed article is a headline, an optional
 * lede, and an optional "·Place" line; a marker starts the next one.
 * The lines are recorded as removed (rule `related-coverage`) so the audit is
 * complete, and returned as data kept apart from the page's own text.
 */
export function extractListing(lines: Line[]): RelatedItem[] {
  const start = lines.findIndex((l) => LISTING_HEADER.test(l.text) || READ_FULL.test(l.text));
  if (start < 0) return [];
  const items: RelatedItem[] = [];
  let current: RelatedItem | null = null;
  const close = () => {
    if (current) items.push(current);
    current = null;
  };
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    if (LISTING_HEADER.test(l.text)) { l.rule = 'aggregator-furniture'; continue; }
    if (READ_FULL.test(l.text)) { close(); l.rule = 'aggregator-furniture'; continue; }
    if (l.rule) { if (i > start) break; continue; } // other furniture ends the listing
    const loc = LOCATION_LINE.exec(l.text);
    l.rule = 'related-coverage';
    if (loc) {
      if (current) (current as RelatedItem).location = loc[1]!.trim();
      close();
    } else if (!current) current = { headline: l.text, lede: null, location: null };
    else current.lede = current.lede ? `${current.lede} ${l.text}` : l.text;
  }
  close();
  return items;
}

/** Figures of an aggregator's coverage widget ("Total News Sources9", "L 25%", "C 38%", "R 37%"). */
export function extractCoverage(lines: Line[]): CleanArticle['coverage'] {
  let total: number | null = null;
  const bias: Partial<Record<'left' | 'center' | 'right', number>> = {};
  for (const { text } of lines) {
    const t = /^total news sources\s*(\d+)$/i.exec(text);
    if (t) total = Number(t[1]);
    const b = /^([LCR])\s+(\d{1,3})%$/.exec(text);
    if (b) bias[b[1] === 'L' ? 'left' : b[1] === 'C' ? 'center' : 'right'] = Number(b[2]);
  }
  const full = bias.left !== undefined && bias.center !== undefined && bias.right !== undefined;
  if (total === null && !full) return null;
  return { totalSources: total, bias: full ? { left: bias.left!, center: bias.center!, right: bias.right! } : null };
}

/** Ledes in listings end with "[…]" when truncated; that is the listing's, not a sentence end. */
export const truncated = (t: string) => /\[(?:…|\.\.\.)\]$/.test(t) && !endsSentence(t.replace(/\s*\[(?:…|\.\.\.)\]$/, ''));
