/**
 * What a page leads with: a policy the briefing's lead and the overview's
 * "Most reported" share, so both show a fact once.
 */
import type { Claim, Quote } from '../claims/index.ts';

type Cited = Pick<Quote, 'sourceId' | 'sentenceId'>;

/**
 * The lead: the most corroborated claims, skipping facts the event cards already show,
 * claims whose every sentence an earlier lead claim already cites (a narrower
 * fact stated by the same sentences, e.g. an action plan inside "a communiqué and an action plan"),
 * claims quoting a sentence an earlier one cites (the lead shows each claim by its
 * quote: "…crashed on Sunday, killing 10 people" once, not once per clause),
 * and background (emit/background.ts), which stays in its topic's section.
 */
export function leadClaims<C extends Pick<Claim, 'id' | 'basis'> & { representative: Cited; supports: readonly Cited[] }>(
  ranked: C[],
  size: number,
  inCards: Set<string>,
  background: (c: C) => boolean = () => false,
): C[] {
  const lead: C[] = [];
  const cited = new Set<string>();
  const key = (q: Cited) => `${q.sourceId}#${q.sentenceId}`;
  for (const c of ranked) {
    if (lead.length >= size) break;
    if ((c.basis === 'event' && inCards.has(c.id)) || cited.has(key(c.representative)) || c.supports.every((q) => cited.has(key(q))) || background(c)) continue;
    lead.push(c);
    for (const q of c.supports) cited.add(key(q));
  }
  return lead;
}
