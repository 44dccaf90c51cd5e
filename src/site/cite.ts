import { monthName, UNKNOWN_OUTLET } from './format.ts';

export interface CiteInput {
  headline: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  accessed: string | null;
}

/**
 * An APA 7 style reference for a news web page. Unknown parts are said as
 * such ("n.d.", "Untitled") rather than guessed.
 */
export function apaCitation(c: CiteInput): string {
  const date = c.published ? apaDate(c.published) : 'n.d.';
  const parts = [`${c.outlet ?? UNKNOWN_OUTLET}. (${date}).`, `${c.headline ?? 'Untitled'}.`];
  if (c.url) parts.push(c.accessed && !c.published ? `Retrieved ${usDate(c.accessed)}, from ${c.url}` : c.url);
  return parts.join(' ');
}

/** `2025-10-09` → `2025, October 9` (APA's date in a reference). */
function apaDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  return d ? `${y}, ${monthName(m)} ${Number(d)}` : `${y}, ${monthName(m)}`;
}

/** `2025-11-10` → `November 10, 2025` (APA's retrieval date). */
function usDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return m && d ? `${monthName(m)} ${Number(d)}, ${y}` : iso;
}
