import type { DisagreementKind } from '../claims/index.ts';

/**
 * A disagreement's heading in words a reader uses: "Sources disagree on how
 * long the summit lasted" rather than "Sources disagree (duration): summit:
 * length". An event's aspect is `<noun>: <aspect>` (claims/conflicts.ts); a
 * figure's `about` is the words that say what it measures ("trade member
 * states, 2023"), shown as they are.
 */
export function disagreementTitle(d: { kind: DisagreementKind; about: string }): string {
  const event = /^(.+): (length|day|edition)$/.exec(d.about);
  if (event) {
    const [, noun, aspect] = event as unknown as [string, string, string];
    if (aspect === 'length') return `Sources disagree on how long the ${noun} lasted`;
    if (aspect === 'day') return `Sources disagree on the day of the ${noun}`;
    return `Sources disagree on which ${noun} this was`;
  }
  const what = d.kind === 'percent' ? 'percentages' : d.kind === 'year' ? 'years' : 'figures';
  return `Sources give different ${what}: ${d.about}`;
}
