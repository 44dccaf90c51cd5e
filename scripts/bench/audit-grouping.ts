/**
 * How the build grouped the generated corpus, against the generator's truth
 * (which event each source reports): are the stories the events, does a claim
 * ever count sources of two events as corroboration, and is each disagreement
 * one event's sources contradicting each other, or two events' figures set
 * side by side.
 */
import type { GeneratedSource } from './corpus/index.ts';

export interface GroupingAudit {
  /** Events the corpus's sources report. */
  events: number;
  /** Stories the build found (briefing.json `stories`), and sources it left unplaced. */
  stories: number;
  unplaced: number;
  /** Of the source pairs the build put in one story, the share reporting one event; of the pairs reporting one event, the share in one story. */
  storyPairPrecision: number;
  storyPairRecall: number;
  /** Claims of two or more sources, and those whose sources report more than one event. */
  corroborated: number;
  mixedClaims: number;
  /** Disagreements, and those whose every quoted source reports one event (outlets contradicting each other, not two events side by side). */
  disagreements: number;
  withinEvent: number;
}

interface Built {
  sources: { id: string; file: string }[];
  stories?: { sourceIds: string[] }[];
  claims: { sourceIds: string[] }[];
  disagreements: { sides: { citations: { sourceId: string }[] }[] }[];
}

const pairs = (n: number) => (n * (n - 1)) / 2;

export function auditGrouping(built: Built, truth: GeneratedSource[]): GroupingAudit {
  const byFile = new Map(truth.map((t) => [t.file, t.event]));
  const eventOf = new Map(built.sources.map((s) => [s.id, byFile.get(s.file) ?? `?${s.id}`]));
  const ev = (id: string) => eventOf.get(id) ?? `?${id}`;
  const count = <T>(xs: T[]) => {
    const m = new Map<T, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const stories = built.stories ?? [];
  let together = 0;
  let right = 0;
  for (const s of stories) {
    together += pairs(s.sourceIds.length);
    for (const k of count(s.sourceIds.map(ev)).values()) right += pairs(k);
  }
  let truePairs = 0;
  for (const k of count(built.sources.map((s) => ev(s.id))).values()) truePairs += pairs(k);
  const corroborated = built.claims.filter((c) => c.sourceIds.length > 1);
  const withinEvent = built.disagreements.filter((d) => new Set(d.sides.flatMap((s) => s.citations.map((q) => ev(q.sourceId)))).size === 1);
  return {
    events: new Set(built.sources.map((s) => ev(s.id))).size,
    stories: stories.length,
    unplaced: built.sources.length - stories.reduce((t, s) => t + s.sourceIds.length, 0),
    storyPairPrecision: together ? right / together : 1,
    storyPairRecall: truePairs ? right / truePairs : 1,
    corroborated: corroborated.length,
    mixedClaims: corroborated.filter((c) => new Set(c.sourceIds.map(ev)).size > 1).length,
    disagreements: built.disagreements.length,
    withinEvent: withinEvent.length,
  };
}
