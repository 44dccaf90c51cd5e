import type { Provenance } from '../model/types.ts';

/** What the site calls an outlet nobody states and nothing derives. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `10` → `October`. */
export function monthName(mm: string): string {
  return MONTHS[Number(mm) - 1] ?? mm;
}

/** `4207` → `4,207`: counts as English prose writes them. Never consults the locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** What goes before name `i` of `shown` names in prose: "A, B and C"; with more left uncounted, only commas ("A, B and 3 more sources"). */
export function listSeparator(i: number, shown: number, more: number): string {
  return i === 0 ? '' : i === shown - 1 && more === 0 ? ' and ' : ', ';
}

/** "and 3 more sentences", "and 1 more sentence": `one` or `many` as `n` asks. */
export const andMore = (n: number, one: string, many: string): string => `and ${formatCount(n)} more ${n === 1 ? one : many}`;

/** "and 3 more sources", "and 1 more source". */
export const moreSources = (n: number): string => andMore(n, 'source', 'sources');

/** `2025-10-09` → `9 October 2025`; null → null. Never consults the clock or the locale. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

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
