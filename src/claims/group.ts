/**
 * Cross-source claim grouping.
 *
 * 1. Every sentence is cut into clauses (segments.ts); clauses are the units
 *    compared, so a sentence carrying two facts can support two claims. A
 *    clause that only says who said it ("…, the ministry said") is not one.
 * 2. Candidate pairs come from blocking on rare terms (blocking.ts); their
 *    similarity is IDF cosine plus an anchor bonus, vetoed when the whole
 *    sentences contradict (different figures, years, days, lengths).
 * 3. Average-link clustering (cluster.ts) forms `similar` claims.
 * 4. A grouped sentence whose other clauses say something nobody else says
 *    also gets a single-source `detail` claim for that rest.
 * 5. Event facets (events.ts) add `event` claims: same day / place / edition
 *    / length of one event, or mark a `similar` claim that coincides with one.
 */
import type { StoryOf } from '../stories/index.ts';
import { pushTo } from '../model/multimap.ts';
import type { Sentence } from '../model/types.ts';
import type { Anchors, Claim, ClaimBasis, GroupOptions, GroupResult, Quote } from './types.ts';
import { clusterWithTwins } from './twins.ts';
import { collectEvents, type EventGroup } from './eventgroups.ts';
import { facetAsWritten, facetText, type FacetMention } from './events.ts';
import { summariseEvents, type FacetLink } from './event-summary.ts';
import { similarityGraph, unitsOf, type SimilarityGraph, type Unit } from './similar.ts';
import { assignRepresentatives, preferenceOrder } from './representatives.ts';
import { CONTESTED_BELOW, figureConsensus } from './consensus.ts';
import { conflictingGroups } from './figure-groups.ts';
import { figureMentions } from './figures.ts';
import { claimId, quoteOf, summarise, type ValueToFind } from './summary.ts';

/**
 * Default minimum similarity (clause cosine + anchor bonus) for "the same fact".
 * Calibrated with commonness weighting (compare.ts) on the synthetic corpus,
 * whose pair precision stays above its value at the former 0.3 without it.
 */
export const DEFAULT_THRESHOLD = 0.26;
/** Default largest posting list used as a blocking key. */
export const DEFAULT_MAX_BLOCK = 48;
/** Content words the ungrouped clauses of a grouped sentence need to count as a further fact. */
const DETAIL_MIN_WORDS = 3;

interface Draft {
  basis: ClaimBasis;
  /** Unit indices (empty for event drafts). */
  units: number[];
  /** Sentence indices, ascending. */
  sentences: number[];
  facets: string[];
  /** Drafts stating an event's facets: per sentence, the values it states as written ("Dushanbe", "second"), for the page to mark. */
  written?: Map<number, ValueToFind[]>;
}

const setKey = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b).join(',');

function sentencesOf(units: Unit[], us: number[]): number[] {
  return [...new Set(us.map((u) => (units[u] as Unit).sentence))].sort((a, b) => a - b);
}

/** Clause clusters → `similar` drafts (identical sentence sets merged) and `detail` drafts. */
function clauseDrafts(sentences: Sentence[], graph: SimilarityGraph, clusters: number[][]): Draft[] {
  const { units } = graph;
  const grouped = new Set<number>();
  const byKey = new Map<string, Draft>();
  for (const c of clusters) {
    if (c.length < 2) continue;
    c.forEach((u) => grouped.add(u));
    const ss = sentencesOf(units, c);
    const key = setKey(ss);
    const prev = byKey.get(key);
    if (prev) prev.units.push(...c);
    else byKey.set(key, { basis: 'similar', units: [...c], sentences: ss, facets: [] });
  }
  const drafts = [...byKey.values()];
  const bySentence: number[][] = sentences.map(() => []);
  units.forEach((u, i) => bySentence[u.sentence]?.push(i));
  bySentence.forEach((us, si) => {
    const free = us.filter((u) => !grouped.has(u));
    const words = new Set(free.flatMap((u) => (units[u] as Unit).profile.anchors.words));
    if (free.length === us.length) {
      // Nobody else says this: a claim of its own (skipping lines with no words, e.g. a bare place name).
      if (words.size) drafts.push({ basis: 'similar', units: us, sentences: [si], facets: [] });
    } else if (words.size >= DETAIL_MIN_WORDS) {
      drafts.push({ basis: 'detail', units: free, sentences: [si], facets: [] });
    }
  });
  return drafts;
}

/** A facet value of an event and the draft that will cite it. */
type DraftFacet = Omit<FacetLink, 'claim'> & { draft: Draft };

/** A day facet's date and weekday, for a page to show it its own way. */
const dayOf = (f: FacetMention) => ({ ...(f.day ? { day: f.day } : {}), ...(f.weekday ? { weekday: f.weekday } : {}) });

/** Event facets → drafts; a facet whose sentences equal a `similar` claim's marks that claim instead. */
function eventDrafts(events: EventGroup[], drafts: Draft[]): { drafts: Draft[]; facets: DraftFacet[] } {
  const byKey = new Map<string, Draft>();
  for (const d of drafts) if (d.basis === 'similar') byKey.set(setKey(d.sentences), d);
  const out: Draft[] = [];
  const facets: DraftFacet[] = [];
  for (const e of events) {
    const byFacet = new Map<string, FacetMention[]>();
    for (const f of e.facets) pushTo(byFacet, `${f.kind}|${f.value}`, f);
    for (const fs of byFacet.values()) {
      const first = fs[0] as FacetMention;
      // In a reader's words, as every page shows it: "summit · day · Thursday, 9 October 2025".
      const label = `${e.noun} · ${first.kind} · ${facetText(first)}`;
      const ss = [...new Set(fs.map((f) => f.sentence))].sort((a, b) => a - b);
      const key = setKey(ss);
      let draft = byKey.get(key);
      if (draft) {
        if (!draft.facets.includes(label)) draft.facets.push(label);
      } else {
        draft = { basis: 'event', units: [], sentences: ss, facets: [label] };
        byKey.set(key, draft);
        out.push(draft);
      }
      const written = (draft.written ??= new Map());
      for (const f of fs) pushTo(written, f.sentence, facetAsWritten(f));
      facets.push({ event: e, kind: first.kind, label: first.label, ...dayOf(first), draft });
    }
  }
  return { drafts: out, facets };
}

/** Hooks may be costly (taggers, resolvers): ask each once per sentence. */
export function memoHooks(options: GroupOptions): GroupOptions {
  const memo = (hook?: (s: Sentence) => string[]) => {
    if (!hook) return undefined;
    const cache = new Map<Sentence, string[]>();
    return (s: Sentence) => {
      let v = cache.get(s);
      if (!v) cache.set(s, (v = hook(s)));
      return v;
    };
  };
  return { ...options, entitiesOf: memo(options.entitiesOf), datesOf: memo(options.datesOf), topicsOf: memo(options.topicsOf) };
}

/**
 * "Reported by N of M": M is the sources telling the claim's story, not every source of a
 * corpus of many events (13 of the 20 sources on one summit, rather than 13 of 1,001).
 * An unplaced source that reports the claim counts too; without stories, M is every source.
 */
function denominators(sentences: Sentence[], storyOf?: StoryOf): (sourceIds: string[]) => number {
  const sources = [...new Set(sentences.map((s) => s.sourceId))];
  if (!storyOf) return () => sources.length;
  const size = new Map<string, number>();
  for (const id of sources) {
    const story = storyOf(id);
    if (story !== null) size.set(story, (size.get(story) ?? 0) + 1);
  }
  if (size.size <= 1) return () => sources.length;
  return (ids) => {
    const story = ids.map((id) => storyOf(id)).find((x) => x !== null);
    if (story === undefined) return sources.length;
    return (size.get(story) ?? 0) + ids.filter((id) => storyOf(id) === null).length;
  };
}

/** Group sentences of all sources into claims, with counters showing the work done. */
export function groupClaimsWithStats(sentences: Sentence[], hooks: GroupOptions = {}): GroupResult {
  const options = memoHooks(hooks);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const prepared = unitsOf(sentences, options);
  const graph = similarityGraph(sentences, prepared, threshold, options.maxBlock ?? DEFAULT_MAX_BLOCK, options.storyOf);
  const clusters = clusterWithTwins(graph.units.length, graph.lead, graph.edges, graph.sim, threshold);
  const drafts = clauseDrafts(sentences, graph, clusters);

  const anchors = prepared.sentenceAnchors;
  const similarSets = drafts.filter((d) => d.basis === 'similar' && d.sentences.length > 1).map((d) => d.sentences);
  const events = collectEvents(sentences, anchors, options, similarSets);
  const fromEvents = eventDrafts(events, drafts);
  drafts.push(...fromEvents.drafts);

  // Figures sources contest (the disagreements' figure groups, made here once): a quote avoids the minority's.
  const figureGroups = conflictingGroups(sentences, figureMentions(sentences, prepared.isName, { unitKey: prepared.unitKey, writtenOn: options.writtenOn, contrasts: prepared.contrasts }), options.storyOf);
  const consensus = figureConsensus(sentences, figureGroups);
  const facetCount = new Map<number, number>();
  for (const e of events) for (const f of e.facets) facetCount.set(f.sentence, (facetCount.get(f.sentence) ?? 0) + 1);
  const outOf = denominators(sentences, options.storyOf);
  const seenIds = new Map<string, number>();
  const bySource = (a: number, b: number) => {
    const sa = sentences[a] as Sentence;
    const sb = sentences[b] as Sentence;
    return sa.sourceId < sb.sourceId ? -1 : sa.sourceId > sb.sourceId ? 1 : sa.index - sb.index;
  };
  const sourceIdsOf = (d: Draft) => [...new Set(d.sentences.map((si) => (sentences[si] as Sentence).sourceId))].sort();
  // Page order: most sources first, then similar before event before detail claims, then the earliest sentence.
  const order: Record<ClaimBasis, number> = { similar: 0, event: 1, detail: 2 };
  const ranked = drafts
    .map((d) => ({ d, sourceIds: sourceIdsOf(d) }))
    .sort((a, b) => b.sourceIds.length - a.sourceIds.length || order[a.d.basis] - order[b.d.basis] || (a.d.sentences[0] as number) - (b.d.sentences[0] as number));
  const agreement = (si: number) => consensus.get(si) ?? 1;
  const reps = assignRepresentatives(
    ranked.map(({ d }) => preferenceOrder(d.units, d.sentences, graph, (si) => facetCount.get(si) ?? 0, agreement)),
    (si) => agreement(si) < CONTESTED_BELOW,
  );
  const claims: Claim[] = ranked.map(({ d, sourceIds }, i) => {
    const rep = reps[i] as number;
    const clausesOf = (si: number) => d.units.filter((u) => (graph.units[u] as Unit).sentence === si).map((u) => (graph.units[u] as Unit).text);
    const ordered = [...d.sentences].sort(bySource);
    const supports: Quote[] = ordered.map((si) => quoteOf(sentences[si] as Sentence, clausesOf(si), d.written?.get(si)));
    const repSentence = sentences[rep] as Sentence;
    const repClauses = clausesOf(rep);
    const unitAnchors = d.units.length ? d.units.map((u) => (graph.units[u] as Unit).profile.anchors) : d.sentences.map((si) => anchors[si] as Anchors);
    return {
      id: claimId(d.basis, d.facets, `${repSentence.text}|${repClauses.join('|')}`, seenIds),
      basis: d.basis,
      facets: d.facets,
      representative: quoteOf(repSentence, repClauses, d.written?.get(rep)),
      supports,
      sourceIds,
      topics: [...new Set(ordered.flatMap((si) => options.topicsOf?.(sentences[si] as Sentence) ?? []))].sort(),
      anchors: summarise(
        unitAnchors,
        ordered.map((si) => options.entitiesOf?.(sentences[si] as Sentence) ?? []),
        ordered.map((si) => options.datesOf?.(sentences[si] as Sentence) ?? []),
      ),
      reportedBy: sourceIds.length,
      of: outOf(sourceIds),
      rank: i,
    };
  });
  const claimOf = new Map(ranked.map(({ d }, i) => [d, claims[i] as Claim]));
  return {
    claims,
    events: summariseEvents(fromEvents.facets.map(({ draft, ...f }) => ({ ...f, claim: claimOf.get(draft) as Claim }))),
    shared: { events, isName: prepared.isName, figureGroups },
    stats: {
      sentences: sentences.length,
      candidatePairs: graph.candidatePairs,
      comparedPairs: graph.compared(),
      clusters: clusters.filter((c) => c.length > 1).length,
      claims: claims.length,
    },
  };
}

/** Group sentences of all sources into claims (see groupClaimsWithStats). */
export function groupClaims(sentences: Sentence[], options: GroupOptions = {}): Claim[] {
  return groupClaimsWithStats(sentences, options).claims;
}
