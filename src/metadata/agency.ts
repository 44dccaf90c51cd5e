import { agencyNamed } from '../clean/index.ts';
import type { RemovedLine } from '../model/types.ts';

/** "citing Anadolu agency" (and typos like "citign"), "according to Kabar news agency", "reported by Reuters". */
const CITING =
  /\b(?:[Cc]it(?:ing|ign|ed|es)|according to|reported by|via|[Ii]nputs from)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}?)(\s+(?:[Nn]ews\s+)?[Aa]gency\b)?(?=[\s,.;:)'’”]|$)/gu;
const PAREN = /\(([\p{Lu}][\p{L}. -]{1,30})\)/gu;

/**
 * The news agency the article credits, normalised ("Anadolu agency" →
 * "Anadolu Agency"). Looks at a removed agency credit line, the dateline's
 * credit, "(Reuters)"-style credits, and "citing X agency" clauses.
 */
export function findAgency(body: string, removed: readonly RemovedLine[], datelineCredit: string | null): string | null {
  for (const r of removed) if (r.rule === 'agency-credit') return agencyNamed(r.text);
  if (datelineCredit) {
    const named = agencyNamed(datelineCredit);
    if (named) return named;
  }
  for (const m of body.matchAll(CITING)) {
    const name = m[1]!;
    const named = agencyNamed(`${name}${m[2] ?? ''}`);
    if (named) return named;
    if (m[2]) return `${name}${/news/i.test(m[2]) ? ' News' : ''} Agency`;
  }
  for (const m of body.matchAll(PAREN)) {
    const named = agencyNamed(m[1]!.trim());
    if (named && m[1]!.trim().split(/\s+/).length <= 3) return named;
  }
  return null;
}
