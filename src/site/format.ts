import type { Provenance } from '../model/types.ts';
import { MONTHS } from '../dates/calendar.ts';

/** What the site calls an outlet nobody states and nothing derives. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

/** `10` → `October`. */
export function monthName(mm: string): string {
  return MONTHS[Number(mm) - 1] ?? mm;
}

/** `4207` → `4,207`: counts as English prose writes them. Never consults the locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 fact", "3 facts", "1,200 dated events": a count with its noun, singular for one. */
export const countOf = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/** What goes before name `i` of `shown` names in prose: "A, B and C"; with more left uncounted, only commas ("A, B and 3 more sources"). */
export function listSeparator(i: number, shown: number, more: number): string {
  return i === 0 ? '' : i === shown - 1 && more === 0 ? ' and ' : ', ';
}

/** "and 3 more sentences", "and 1 more sentence": `one` or `many` as `n` asks. */
export const andMore = (n: number, one: string, many: string): string => `and ${countOf(n, `more ${one}`, `more ${many}`)}`;

/** "and 3 more sources", "and 1 more source". */
export const moreSources = (n: number): string => andMore(n, 'source', 'sources');

// Dates read the same in the claims' values (claims/events.ts) as on the pages.
export { formatDate } from '../dates/calendar.ts';

const PROVENANCE: Record<Provenance, string> = {
  'front-matter': 'from the file’s front matter',
  manifest: 'from the sources manifest',
  'capture-line': 'from the capture’s date line',
  text: 'found in the article text',
  dateline: 'from the dateline',
  'url-slug': 'derived from the URL',
  'url-host': 'taken from the URL’s host',
  inferred: 'inferred',
  unknown: 'unknown',
};

/** Human wording of where a value came from. */
export function provenanceLabel(p: Provenance): string {
  return PROVENANCE[p];
}
