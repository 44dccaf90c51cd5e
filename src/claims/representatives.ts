/**
 * Which supporting sentence quotes each claim. Every support states the claim,
 * so the choice is for the reader: the most typical wording, unless an earlier
 * claim on the page already shows that sentence and another wording exists.
 * Without that rule, neighbouring claims about one event (its day, its place,
 * its edition) all quoted the one sentence that mentions everything.
 */
import { CONTESTED_BELOW } from './consensus.ts';
import type { SimilarityGraph, Unit } from './similar.ts';

const EPS = 1e-9;

/**
 * A claim's sentences, best first. A sentence giving a figure most sources
 * contest (figureConsensus below CONTESTED_BELOW) comes after every other,
 * least contested first. Otherwise, with clause units: the most central unit
 * (mean similarity to the other sentences' units), ties to the fuller one,
 * then the rest by the same measure. Without (event facets): the sentences
 * naming most facets of their event, then the earliest.
 */
export function preferenceOrder(
  units: number[],
  sentences: number[],
  graph: SimilarityGraph,
  facetSentences: (si: number) => number,
  consensus: (si: number) => number = () => 1,
): number[] {
  const agreed = (si: number) => (consensus(si) >= CONTESTED_BELOW ? 1 : consensus(si));
  return byConsensus(rankedByWording(units, sentences, graph, facetSentences), agreed);
}

/** Stable: the wording order stays within equal consensus. */
function byConsensus(order: number[], agreed: (si: number) => number): number[] {
  return order.map((si, i) => ({ si, i, k: agreed(si) })).sort((a, b) => b.k - a.k || a.i - b.i).map(({ si }) => si);
}

function rankedByWording(units: number[], sentences: number[], graph: SimilarityGraph, facetSentences: (si: number) => number): number[] {
  if (!units.length) return [...sentences].sort((a, b) => facetSentences(b) - facetSentences(a) || a - b);
  const unit = (u: number) => graph.units[u] as Unit;
  // Word-for-word copies (twins.ts) score as their lead: one sum per distinct wording, not one per copy.
  const copies = new Map<number, number[]>();
  for (const u of units) {
    const l = graph.lead[u] ?? u;
    const list = copies.get(l);
    if (list) list.push(u);
    else copies.set(l, [u]);
  }
  const leadScore = new Map<number, number>();
  for (const [l, own] of copies) {
    const u = own[0] as number;
    let sum = 0;
    let count = 0;
    for (const theirs of copies.values()) {
      const others = theirs.filter((v) => unit(v).sentence !== unit(u).sentence);
      if (!others.length) continue;
      // Against its own copies, a unit is compared with one of them (they are alike).
      sum += (graph.sim(u, others[0] as number) ?? 0) * others.length;
      count += others.length;
    }
    leadScore.set(l, count ? sum / count : 0);
  }
  const score = new Map(units.map((u) => [u, leadScore.get(graph.lead[u] ?? u) as number]));
  // The first choice scans in unit order as it always has (near-ties within EPS go to the fuller clause).
  let best = units[0] as number;
  for (const u of units) {
    const d = (score.get(u) as number) - (score.get(best) as number);
    if (d > EPS || (Math.abs(d) <= EPS && unit(u).profile.terms.length > unit(best).profile.terms.length)) best = u;
  }
  const rest = units
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => u !== best)
    .sort((a, b) => (score.get(b.u) as number) - (score.get(a.u) as number) || unit(b.u).profile.terms.length - unit(a.u).profile.terms.length || a.i - b.i);
  return [...new Set([best, ...rest.map(({ u }) => u)].map((u) => unit(u).sentence))];
}

/**
 * One sentence per claim, claims in page order: the first preferred sentence
 * no earlier claim quotes and no single-sentence claim needs, else the first
 * no earlier claim quotes, else the least quoted (earliest preferred on ties).
 * A `contested` sentence (giving a figure most sources contradict) is chosen
 * only when the claim has no other: repeating a quote misleads no one.
 */
export function assignRepresentatives(preferences: number[][], contested: (si: number) => boolean = () => false): number[] {
  const needed = new Set(preferences.filter((r) => r.length === 1).map((r) => r[0] as number));
  const used = new Map<number, number>();
  return preferences.map((all) => {
    const fair = all.filter((si) => !contested(si));
    const ranked = fair.length ? fair : all;
    const free = ranked.filter((si) => !used.has(si));
    let pick = ranked.length > 1 ? free.find((si) => !needed.has(si)) : undefined;
    pick ??= free[0];
    if (pick === undefined) {
      let least = Infinity;
      for (const si of ranked) {
        if ((used.get(si) as number) < least) {
          least = used.get(si) as number;
          pick = si;
        }
      }
    }
    used.set(pick as number, (used.get(pick as number) ?? 0) + 1);
    return pick as number;
  });
}
