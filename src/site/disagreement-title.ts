import type { DisagreementKind, DisputeSubject } from '../claims/index.ts';

/**
 * A disagreement's heading in words a reader uses: "Sources disagree on how
 * long the summit lasted", or for a figure the words of a source that say
 * what it measures, quoted: "Sources give different figures for “death toll
 * from the flood that struck” (2025)". Without a short phrase the shared
 * words are listed as they are; without those, only the time.
 */
export function disagreementTitle(d: { kind: DisagreementKind; subject: DisputeSubject }): string {
  const s = d.subject;
  if ('event' in s) {
    if (s.aspect === 'length') return `Sources disagree on how long the ${s.event} lasted`;
    if (s.aspect === 'day') return `Sources disagree on the day of the ${s.event}`;
    return `Sources disagree on which ${s.event} this was`;
  }
  const what = d.kind === 'percent' ? 'percentages' : d.kind === 'year' ? 'years' : 'figures';
  const when = s.time === null ? '' : ` (${s.time})`;
  if (s.phrase !== null) return `Sources give different ${what} for “${s.phrase}”${when}`;
  return s.words.length ? `Sources give different ${what}: ${s.words.join(' ')}${when}` : `Sources give different ${what}${when}`;
}
