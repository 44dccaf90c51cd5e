/**
 * The clause-similarity graph: one unit per clause segment, IDF over all
 * units, blocked candidate pairs, and a cached similarity function that
 * counts how many pairs it compared.
 */
import type { Sentence } from '../model/types.ts';
import type { Amount, Anchors, GroupOptions } from './types.ts';
import { sameFigure } from './numbers.ts';
import { anchorsOf } from './anchors.ts';
import { candidatePairs, neighbourPairs, storyScoped, unpair } from './blocking.ts';
import { ANCHOR_BONUS, anchorRelation, cosine, idfTable, normFloor, profileOf, vectorOf, type Profile, type UnitKey, type Vector } from './compare.ts';
import { CONCEPT_PREFIX, conceptMap, contrastsOf, type FigureContrasts } from './concepts.ts';
import { isAttribution, segmentsOf, type Segment } from './segments.ts';
import { isSpeakerTitle, speakersOf, speechOf } from './speech.ts';
import { phraseRuns, sharePhrase } from './phrases.ts';
import { numerals, restates, twinKey, twinLeads } from './twins.ts';
import { storiesApart, type StoryOf } from '../stories/index.ts';
import type { Token } from './text.ts';
import { corpusNames } from './names.ts';
import { historyApart } from './history.ts';

/** Two clauses of one source restating one fact is rarer than two outlets doing so; they must be closer. */
export const SAME_SOURCE_FACTOR = 0.85;
/** Hook ids (entities, dates) are known per sentence, not per clause: they count, but half. */
const HOOK_WEIGHT = 0.5;
/** Length prior: clauses lighter than this many average terms are scored as if they had that many. */
const FLOOR_TERMS = 4;
/**
 * One shared term is a coincidence, not a restatement; and at least one of
 * them must be an ordinary word: a figure and a year alone are not a subject,
 * and the same names alone ("Varga … on Friday") are not the same statement.
 * One exception: a lexicon concept both clauses speak of in different words
 * ("transition to national currencies in settlements" / "unify payment
 * systems") when they name the same people and places, usually none, so no
 * name tells their subjects apart; the similarity threshold still applies.
 */
const MIN_SHARED = 2;
/** Both clauses name someone or something, but nothing in common: probably different subjects. */
const DISJOINT_NAMES_FACTOR = 0.5;
/**
 * Both clauses speak of some lexicon concept, but of none in common: probably
 * different subjects too ("unifying transport corridors into a single system"
 * is not "unify payment systems", though both unify a system).
 */
const DISJOINT_CONCEPTS_FACTOR = 0.5;

/**
 * The two clauses share nothing but a figure, what it counts and the names of
 * their story: then the figures must be seen to count the same thing, a unit
 * each, one and the same, and say the same of it. anchorRelation lets a figure
 * of unknown unit meet any ("a population of about 29 million" and "28.8
 * million tonnes"), and one naming no casualty meet one that does ("a plane
 * carrying 62 people" and "an initial assessment of 62 dead"), as with more
 * words shared they may well be one fact.
 */
function figureSaysOtherwise(a: Unit, b: Unit, shared: readonly string[], p: Pick<PreparedUnits, 'unitKey' | 'contrasts' | 'isName'>): boolean {
  const counted = (u: Unit) => u.profile.anchors.amounts.flatMap((x) => (x.unit === null ? [] : [x.unit, p.unitKey(x.unit)]));
  const figureTerms = new Set([...counted(a), ...counted(b)]);
  // The place or people the whole story names tell no statement of it from another.
  if (!shared.every((t) => t.startsWith('#') || t.startsWith('@') || p.isName(t) || figureTerms.has(t))) return false;
  const says = (x: Amount) => p.contrasts(x.context).join();
  const counts = (x: Amount) => (x.unit === null ? null : p.unitKey(x.unit));
  const pairs = a.profile.anchors.amounts.flatMap((x) => b.profile.anchors.amounts.filter((y) => sameFigure({ ...x, unit: null }, y)).map((y) => [x, y] as const));
  return pairs.length > 0 && !pairs.some(([x, y]) => counts(x) !== null && counts(x) === counts(y) && says(x) === says(y));
}

function sharedTerms(a: Vector, b: Vector): string[] {
  return [...a.w.keys()].filter((t) => b.w.has(t));
}

/** One clause of one sentence. */
export interface Unit {
  /** Index of the sentence in the input array. */
  sentence: number;
  /** Index of the clause in the sentence. */
  segment: number;
  text: string;
  /** What the clause says, compared: a quote without who said it (speech.ts speechOf). */
  profile: Profile;
  /** Name stems of who said the quote ("“…,” said Torko Kaur"); empty when the clause quotes nobody. */
  speakers: readonly string[];
}

export interface SimilarityGraph {
  units: Unit[];
  /** Anchors of each whole sentence (the veto looks at whole sentences). */
  sentenceAnchors: Anchors[];
  vectors: Vector[];
  /** Accepted pairs [i, j, similarity] among the candidates (unit indices). */
  edges: [number, number, number][];
  /** Per unit, the first unit it repeats word for word (twins.ts), or itself. */
  lead: number[];
  /** Unit similarity with veto (null) and caching. */
  sim: (i: number, j: number) => number | null;
  candidatePairs: number;
  /** Pairs compared so far (grows when clustering asks for more). */
  compared: () => number;
}

/** Clause units of a corpus, with what was learnt about its sentences on the way. */
export interface PreparedUnits {
  units: Unit[];
  /** anchorsOf each whole sentence. */
  sentenceAnchors: Anchors[];
  /** nameStems of the corpus. */
  isName: (stem: string) => boolean;
  /** The same test on a token: capitalised and a name stem. */
  isNameToken: (t: Token) => boolean;
  /** How counts' units compare: through the lexicon's concepts ("residents" and "people" are one). */
  unitKey: UnitKey;
  /** What a figure's words say it counts, among the lexicon's contrasts ("killed", "injured"). */
  contrasts: FigureContrasts;
  /** Sentences of which one is history and the other undated (history.ts). */
  historyApart: (a: number, b: number) => boolean;
}

/** Split every sentence into clause units with their profiles (hook ids attached to every clause of the sentence). */
export function unitsOf(sentences: Sentence[], options: GroupOptions = {}): PreparedUnits {
  const units: Unit[] = [];
  const sentenceAnchors: Anchors[] = [];
  const { isName, isNameToken, isSurfaceName } = corpusNames(sentences);
  const concept = conceptMap(options.lexicon);
  const unitKey = conceptMap(options.lexicon, 'units');
  sentences.forEach((s, si) => {
    sentenceAnchors.push(anchorsOf(s.text));
    const entities = options.entitiesOf?.(s) ?? [];
    const dates = options.datesOf?.(s) ?? [];
    const segments = segmentsOf(s.text, isNameToken);
    // Who said it ("Selvin Voic said:" before a quote, "…, the ministry said." after) is no clause of its own.
    const said = segments.map((seg) => segments.length > 1 && isAttribution(seg.text));
    segments.forEach((seg, k) => {
      if (said[k] || (k > 0 && isSpeakerTitle((segments[k - 1] as Segment).text, seg.text, k === segments.length - 1))) return;
      const profile = profileOf(anchorsOf(speechOf(seg.text)), entities, dates, concept, unitKey);
      const beside = [k - 1, k + 1].filter((n) => said[n]).map((n) => (segments[n] as Segment).text);
      units.push({ sentence: si, segment: k, text: seg.text, profile, speakers: speakersOf(seg.text, beside, isSurfaceName) });
    });
  });
  const apart = historyApart(sentenceAnchors, (si) => options.writtenOn?.((sentences[si] as Sentence).sourceId));
  return { units, sentenceAnchors, isName, isNameToken, unitKey, contrasts: contrastsOf(options.lexicon), historyApart: apart };
}

/** Both lists hold something, and nothing in common. */
function disjoint(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
}

const NO_CONCEPTS: readonly string[] = [];
const conceptsIn = (terms: readonly string[]) => (terms.some((t) => t.startsWith(CONCEPT_PREFIX)) ? terms.filter((t) => t.startsWith(CONCEPT_PREFIX)) : NO_CONCEPTS);

function hookDiscount(idf: Map<string, number>): Map<string, number> {
  for (const [t, w] of idf) if (t.startsWith('@') || t.startsWith('#date:')) idf.set(t, w * HOOK_WEIGHT);
  return idf;
}

/** Blocked similarity graph over clause units. */
export function similarityGraph(
  sentences: Sentence[],
  prepared: PreparedUnits,
  threshold: number,
  maxBlock: number,
  storyOf?: StoryOf,
): SimilarityGraph {
  const { units, sentenceAnchors } = prepared;
  const idf = hookDiscount(idfTable(units.map((u) => u.profile)));
  const vectors = units.map((u) => vectorOf(u.profile.terms, idf));
  const concepts = units.map((u) => conceptsIn(u.profile.terms));
  const floor = normFloor(idf, FLOOR_TERMS);
  const { isName } = prepared;
  // A figure of history is not the same figure today's report gives without a year (figures.ts reads them so too).
  const vetoed = (rel: { veto: boolean; agree: number }, a: number, b: number) => rel.veto || (rel.agree > 0 && prepared.historyApart(a, b));
  const isWord = (t: string) => !t.startsWith('#') && !t.startsWith('@') && !isName(t);
  // One small map per unit, keyed by the other unit: small-integer keys hash far faster than pair keys past 2^31.
  const cache: Map<number, number | null>[] = [];
  let compared = 0;
  const numeralsAt: (string | undefined)[] = [];
  const numeralsOf = (i: number) => (numeralsAt[i] ??= numerals((units[i] as Unit).text));
  const { isNameToken } = prepared;
  const runsAt: Uint32Array[] = [];
  const runsOf = (i: number) => (runsAt[i] ??= phraseRuns((units[i] as Unit).text, isNameToken));
  const apart = storiesApart(storyOf);
  const sourceOf = (u: Unit) => (sentences[u.sentence] as Sentence).sourceId;
  // Each unit's names, sorted, worked out once for all the pairs it is in; a quote's speaker is one of them.
  const namesAt: string[][] = [];
  const namesOf = (i: number) => (namesAt[i] ??= [...(units[i] as Unit).profile.anchors.words.filter(isName), ...(units[i] as Unit).speakers].sort());
  // The one shared term is a concept, and the clauses name the same (usually nobody): nothing tells their subjects apart.
  const conceptAlone = (i: number, j: number) => (concepts[i] as readonly string[]).some((x) => (concepts[j] as readonly string[]).includes(x)) && namesOf(i).join() === namesOf(j).join();
  const sim = (i: number, j: number): number | null => {
    const [lo, hi] = i < j ? [i, j] : [j, i];
    const row = (cache[lo] ??= new Map<number, number | null>());
    const hit = row.get(hi);
    if (hit !== undefined) return hit;
    const ui = units[i] as Unit;
    const uj = units[j] as Unit;
    let s: number | null = null;
    // Two clauses of one sentence are never "the same fact"; contradicting sentences, or reports of two stories, never are either.
    if (ui.sentence !== uj.sentence && !apart(sourceOf(ui), sourceOf(uj)) && !vetoed(anchorRelation(sentenceAnchors[ui.sentence] as Anchors, sentenceAnchors[uj.sentence] as Anchors, prepared), ui.sentence, uj.sentence)) {
      const rel = anchorRelation(ui.profile.anchors, uj.profile.anchors, prepared);
      // One remark in the mouths of two different people is two statements (or a misquote), never one.
      if (!rel.veto && !disjoint(ui.speakers, uj.speakers)) {
        const vi = vectors[i] as Vector;
        const vj = vectors[j] as Vector;
        // A verbatim repeat, or a remark retold with a word changed, is no fragment sharing a word by chance: no length prior.
        const retold = (restates(vi, vj) && numeralsOf(i) === numeralsOf(j)) || ((vi.norm < floor || vj.norm < floor) && !disjoint(namesOf(i), namesOf(j)) && sharePhrase(runsOf(i), runsOf(j)));
        const c = cosine(vi, vj, retold ? 0 : floor, isWord);
        // Names alone do not make a restatement; names with the same figure do ("Norland and Estovia … $33bn").
        const enough = (c.shared >= MIN_SHARED && (c.sharedWords >= 1 || (rel.agree > 0 && c.shared >= MIN_SHARED + 1))) || (c.shared === 1 && conceptAlone(i, j));
        s = enough && !(rel.agree > 0 && figureSaysOtherwise(ui, uj, sharedTerms(vi, vj), prepared)) ? c.cos + ANCHOR_BONUS * rel.agree : 0;
        if (disjoint(namesOf(i), namesOf(j))) s *= DISJOINT_NAMES_FACTOR;
        if (disjoint(concepts[i] as readonly string[], concepts[j] as readonly string[])) s *= DISJOINT_CONCEPTS_FACTOR;
        if ((sentences[ui.sentence] as Sentence).sourceId === (sentences[uj.sentence] as Sentence).sourceId) s *= SAME_SOURCE_FACTOR;
      }
    }
    row.set(hi, s);
    compared++;
    return s;
  };
  // Without stories the corpus is one; a source no story holds is left to the index.
  const storyOfUnit = storyOf ? (i: number) => storyOf(sourceOf(units[i] as Unit)) : () => '';
  const lead = twinLeads(units.map((u, i) => twinKey(storyOfUnit(i) ?? '', (sentences[u.sentence] as Sentence).text, u.segment, u.profile.terms)));
  // A copy is compared through its lead (twins.ts): only leads need candidate pairs.
  const termsOf = units.map((u, i) => (lead[i] === i ? u.profile.terms : []));
  const blocks = candidatePairs(storyOf ? storyScoped(termsOf, storyOfUnit) : termsOf, maxBlock);
  // A source no story holds may restate any story's facts: its units are also keyed across the corpus.
  const unplaced = (i: number) => storyOfUnit(i) === null;
  if (storyOf && units.some((_, i) => unplaced(i))) {
    for (const k of candidatePairs(termsOf, maxBlock).pairs.keys()) {
      const [i, j] = unpair(k);
      if ((unplaced(i) || unplaced(j)) && !blocks.pairs.has(k)) blocks.pairs.set(k, 0);
    }
  }
  for (const k of neighbourPairs(termsOf, storyOfUnit)) if (!blocks.pairs.has(k)) blocks.pairs.set(k, 0);
  const edges: [number, number, number][] = [];
  for (const k of blocks.pairs.keys()) {
    const [i, j] = unpair(k);
    const s = sim(i, j);
    if (s !== null && s >= threshold) edges.push([i, j, s]);
  }
  return { units, sentenceAnchors, vectors, edges, lead, sim, candidatePairs: blocks.pairs.size, compared: () => compared };
}
