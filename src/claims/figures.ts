/**
 * Figure disagreements: two sources give different numbers for the same
 * quantity ("trade … $45 billion last year" vs "trade … $40 billion last
 * year"). The quantity is identified by the ordinary words around the figure
 * in its clause (names removed) and its time reference; mentions are paired
 * through an index on those words, never all against all.
 */
import type { StoryOf } from '../stories/index.ts';
import type { Sentence } from '../model/types.ts';
import type { Anchors, Qualifier } from './types.ts';
import { anchorsOf, findYears } from './anchors.ts';
import { figuresConflict, relativeGap, sameFigure, unitsAgree } from './numbers.ts';
import { isHistory } from './history.ts';
import { contrastsMeet, type FigureContrasts } from './concepts.ts';
import { segmentsOf, withoutAttribution } from './segments.ts';
import { contentWords, fold, stem, tokenize } from './text.ts';
import { joinStrongestFirst } from '../model/unionfind.ts';

export type FigureKind = 'number' | 'percent' | 'year';

/** One figure in one clause. */
export interface FigureMention {
  sentence: number;
  clause: string;
  kind: FigureKind;
  value: number;
  /** The unit as compared: a count's noun through the lexicon ("~residents" for "people" and "residents"). */
  unit: string | null;
  qualifier: Qualifier;
  /** As written. */
  text: string;
  /** Ordinary content stems saying what the figure measures. */
  subject: string[];
  /** Years, relative years ("last-year"), deadlines ("by-2029") the clause refers to, and "history" (history.ts). */
  time: string[];
  /** What the figure's words say it counts among the lexicon's contrasts (concepts.ts contrastsOf): "casualties:injured". */
  contrasts: string[];
  /** Name stems the clause writes ("gankent", "selland"): whose figure it is. */
  names: string[];
  /** The figure is what someone asked for ("had demanded a 26 percent increase"), not what happened. */
  asked: boolean;
}

// Verbs of level and change, time words and hedges ("at least", "nearly"): they say how a figure moved,
// when, or how sure it is, not what it measures.
const NOT_SUBJECT = new Set(
  (
    'least nearly almost roughly approximately ' +
    'reach reached reaching stood stand stands exceed exceeded surpass surpassed rose rise rises risen fell fall falls fallen ' +
    'hit hits top topped total totalled totaled amount amounted grow grew grown increase increased decrease decreased decline declined ' +
    'drop dropped climb climbed jump jumped double doubled record recorded estimate estimated worth value valued impressive ' +
    'last past next previous year years month months week weeks day days quarter decade current'
  )
    .split(' ')
    .map((w) => stem(w)),
);

/** Verbs that make a figure a demand: "asked for 26 percent more pay" is not the 10 percent rise won. */
const ASKED = new Set('ask asked asking asks demand demanded demanding demands seek seeking seeks sought'.split(' ').map((w) => stem(w)));
const isAsked = (context: string[]) => context.some((w) => ASKED.has(w));

/** How figureMentions reads units and dates. */
export interface MentionOptions {
  /** A count's unit as compared (the lexicon's concept: "residents" and "people" count one thing). Default: as written. */
  unitKey?: (unit: string) => string;
  /** When a source was written (ISO, dates/written.ts), to tell history from news (history.ts). Default: unknown. */
  writtenOn?: (sourceId: string) => string | null;
  /** What a figure's words say it counts (concepts.ts contrastsOf). Default: nothing set apart. */
  contrasts?: FigureContrasts;
}

/** Every figure mention of the corpus. `isName` tells name stems (not subjects). */
export function figureMentions(sentences: Sentence[], isName: (stem: string) => boolean, options: MentionOptions = {}): FigureMention[] {
  const unitKey = options.unitKey ?? ((u: string) => u);
  const contrasts = options.contrasts ?? (() => []);
  const out: FigureMention[] = [];
  sentences.forEach((s, si) => {
    for (const seg of segmentsOf(s.text, (t) => t.capital && isName(stem(t.lower)))) {
      // What the figure measures and whose it is are in what was said, not in who said it.
      const said = withoutAttribution(seg.text);
      const a: Anchors = anchorsOf(said);
      const names = [...new Set(tokenize(said).filter((t) => t.capital && isName(stem(t.lower))).map((t) => stem(t.lower)))];
      const subject = (ctx: string[]) => ctx.filter((w) => !isName(w) && !NOT_SUBJECT.has(w));
      const years = a.years.filter((y) => y.from === y.to).map((y) => String(y.to));
      // A deadline ("to $31.7 billion by 2029") makes the figure a target: "by-2029".
      const deadlines = a.years.filter((y) => y.from === null).map((y) => `by-${y.to}`);
      const history = isHistory(years.map(Number), options.writtenOn?.(s.sourceId)) ? ['history'] : [];
      const time = [...years, ...a.relative.filter((r) => r.endsWith('-year')), ...deadlines, ...history];
      for (const x of a.amounts) out.push({ sentence: si, clause: seg.text, kind: 'number', value: x.value, unit: x.unit === null ? null : unitKey(x.unit), qualifier: x.qualifier, text: x.text, subject: subject(x.context), time, contrasts: contrasts(x.context), names, asked: isAsked(x.context) });
      for (const p of a.percents) out.push({ sentence: si, clause: seg.text, kind: 'percent', value: p.value, unit: '%', qualifier: p.qualifier, text: p.text, subject: subject(p.context), time, contrasts: contrasts(p.context), names, asked: isAsked(p.context) });
      // Only spans and deadlines ("for 2025-2027", "through 2027") can disagree; a bare year just dates a statement.
      for (const y of findYears(fold(said))) {
        if (y.from === y.to) continue;
        const words = subject(contentWords(said));
        out.push({ sentence: si, clause: seg.text, kind: 'year', value: y.to, unit: 'year', qualifier: 'exact', text: y.text, subject: words, time: [], contrasts: [], names, asked: isAsked(words) });
      }
    }
  });
  return out;
}

/** Two figures that cannot measure one quantity: other kinds or units, other things counted (a flood's dead, a landslide's), other named subjects, a demand against an outcome, other years or relative times, a target against a level, or history against a count that names no year. */
function measureApart(a: FigureMention, b: FigureMention): boolean {
  if (a.kind !== b.kind || !unitsAgree(a.unit, b.unit) || !contrastsMeet(a.contrasts, b.contrasts)) return true;
  // Both name someone or something, and nothing in common: "Gankent lies about 420 km from the border with Selland" is not Vopol's distance from Arova.
  if (a.names.length > 0 && b.names.length > 0 && !a.names.some((n) => b.names.includes(n))) return true;
  // What was asked for is not what was given.
  if (a.asked !== b.asked) return true;
  const years = (m: FigureMention) => m.time.filter((t) => /^\d{4}$/.test(t));
  const rel = (m: FigureMention) => m.time.filter((t) => /^[a-z]+-year$/.test(t));
  const target = (m: FigureMention) => m.time.filter((t) => t.startsWith('by-')).sort().join();
  const clash = (x: string[], y: string[]) => x.length > 0 && y.length > 0 && !x.some((t) => y.includes(t));
  // History is not today's count that names no year.
  const history = (m: FigureMention) => m.time.includes('history');
  const undated = (m: FigureMention) => years(m).length === 0;
  // A target is not a level reached, nor a target for another year.
  return clash(years(a), years(b)) || clash(rel(a), rel(b)) || target(a) !== target(b) || (history(a) && undated(b)) || (history(b) && undated(a));
}

/**
 * How surely two figures measure one quantity: 0 when they are measured apart
 * (kind, unit, time), else the IDF mass of their shared subject words over the
 * lighter subject (so "trade" matches "bilateral trade", not "investment").
 */
function quantityOverlap(a: FigureMention, b: FigureMention, idf: (w: string) => number): number {
  if (measureApart(a, b)) return 0;
  const mass = (ws: string[]) => [...new Set(ws)].reduce((sum, w) => sum + idf(w), 0);
  const sb = new Set(b.subject);
  const shared = mass(a.subject.filter((w) => sb.has(w)));
  const lighter = Math.min(mass(a.subject), mass(b.subject));
  return lighter > 0 ? shared / lighter : 0;
}

/** Two mentions state the same value (hedges aside). */
export function sameValue(a: FigureMention, b: FigureMention): boolean {
  if (a.kind === 'year') return a.value === b.value;
  if (a.kind === 'percent') return relativeGap(a.value, b.value) <= 0.03;
  return sameFigure(a, b);
}

/**
 * Two mentions cannot both be right: hedged ranges that do not meet, or two
 * plain figures that are not the same figure (sameValue already allows for
 * rounding: "$45bn" and "$46bn" are two readings, not one rounded).
 */
export function valuesConflict(a: FigureMention, b: FigureMention): boolean {
  if (a.kind === 'year') return a.value !== b.value;
  if (sameValue(a, b)) return false;
  return (a.qualifier === 'exact' && b.qualifier === 'exact') || figuresConflict(a, b);
}

/**
 * Groups of mentions about one quantity (connected through same-quantity
 * pairs from different sources of one story) that hold at least two conflicting values.
 */
export function conflictingGroups(
  sentences: Sentence[],
  mentions: FigureMention[],
  storyOf: StoryOf = () => null,
  minOverlap = 0.5,
  maxBlock = 64,
): FigureMention[][] {
  const df = new Map<string, number>();
  for (const m of mentions) for (const w of new Set(m.subject)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log((mentions.length + 1) / (df.get(w) ?? 1));
  const postings = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    // Keyed by story too: two stories' figures measure two things, however alike their words.
    const story = storyOf((sentences[m.sentence] as Sentence).sourceId) ?? '';
    for (const w of new Set(m.subject)) {
      const key = `${story}|${m.kind}|${w}`;
      const list = postings.get(key) ?? [];
      postings.set(key, list);
      if (list.length <= maxBlock) list.push(i);
    }
  });
  const edges: [number, number, number][] = [];
  const tried = new Set<number>();
  for (const list of postings.values()) {
    if (list.length > maxBlock) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] as number;
        const b = list[y] as number;
        const key = a * 0x200000 + b;
        if (tried.has(key)) continue;
        tried.add(key);
        const ma = mentions[a] as FigureMention;
        const mb = mentions[b] as FigureMention;
        if ((sentences[ma.sentence] as Sentence).sourceId === (sentences[mb.sentence] as Sentence).sourceId) continue;
        const overlap = quantityOverlap(ma, mb, idf);
        if (overlap >= minOverlap) edges.push([a, b, overlap]);
      }
    }
  }
  const out: FigureMention[][] = [];
  for (const members of linkApart(mentions, edges)) {
    const ms = members.map((i) => mentions[i] as FigureMention);
    const sources = new Set(ms.map((m) => (sentences[m.sentence] as Sentence).sourceId));
    if (sources.size > 1 && ms.some((a) => ms.some((b) => valuesConflict(a, b)))) out.push(ms);
  }
  return out;
}

/**
 * Groups of two or more mentions linked by same-quantity edges, strongest
 * first. Linked pair by pair, a figure with no unit ("17 million") would chain
 * rescuers to kilometres, one with no year 2022 to 2023, and a sentence of two
 * clauses two quantities; so two groups are joined only if no figures of them
 * are measured apart and some subject word is in every figure of both.
 */
function linkApart(mentions: FigureMention[], edges: [number, number, number][]): number[][] {
  type Group = { members: number[]; common: Set<string> };
  const find = joinStrongestFirst<Group>(
    mentions.length,
    edges,
    (i) => ({ members: [i], common: new Set((mentions[i] as FigureMention).subject) }),
    (ga, gb) => {
      const common = new Set([...ga.common].filter((w) => gb.common.has(w)));
      if (common.size === 0) return null;
      if (ga.members.some((x) => gb.members.some((y) => measureApart(mentions[x] as FigureMention, mentions[y] as FigureMention)))) return null;
      return { members: [...ga.members, ...gb.members], common };
    },
  );
  const groups = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const list = groups.get(find(i));
    if (list) list.push(i);
    else groups.set(find(i), [i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Surface words of `clause` whose stems are in `stems`, in clause order: the readable "about" of a quantity. */
export function surfaceOf(clause: string, stems: Set<string>): string[] {
  const out: string[] = [];
  for (const t of tokenize(clause)) {
    const st = stem(t.lower);
    if (stems.has(st) && !out.includes(t.lower)) out.push(t.lower);
  }
  return out;
}
