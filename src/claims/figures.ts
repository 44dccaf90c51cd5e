/**
 * Figure disagreements: two sources give different numbers for the same
 * quantity ("trade … $45 billion last year" vs "trade … $40 billion last
 * year"). The quantity is identified by the ordinary words around the figure
 * in its clause (names removed) and its time reference. This module reads the
 * mentions and says when two measure one quantity or cannot both be right;
 * figure-groups.ts pairs and groups them.
 */
import type { Sentence } from '../model/types.ts';
import type { Anchors, Qualifier } from './types.ts';
import { anchorsOf, findYears } from './anchors.ts';
import { figuresConflict, relativeGap, sameFigure, unitsAgree } from './numbers.ts';
import { isHistory } from './history.ts';
import { contrastsMeet, type FigureContrasts } from './concepts.ts';
import { segmentsOf, withoutAttribution } from './segments.ts';
import { contentWords, fold, stem, tokenize } from './text.ts';

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
  /** The subject as compared, word for word: a word the lexicon sets in a contrast as its concept ("killed", "dead" → "~dead"). */
  compared: string[];
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
  // "At least 119 people were killed" and "At least 100 people are reported dead" measure one toll; a figure
  // whose words name two concepts of one contrast ("87 people were killed and 515 were injured") keeps its words.
  // Read once per word: contrasts() is keyed by a figure's whole context.
  const contrastOfWord = new Map<string, string | undefined>();
  const contrastOf = (w: string) => {
    if (!contrastOfWord.has(w)) contrastOfWord.set(w, contrasts([w])[0]);
    return contrastOfWord.get(w);
  };
  const compared = (words: string[], keys: string[]) => {
    const group = (k: string) => k.slice(0, k.indexOf(':'));
    return words.map((w) => {
      const key = contrastOf(w);
      return key !== undefined && keys.filter((k) => group(k) === group(key)).length === 1 ? `~${key}` : w;
    });
  };
  const out: FigureMention[] = [];
  sentences.forEach((s, si) => {
    // "The region was hit in 2019, | when 14 people died": a clause without a year is as old as its sentence's (similar.ts reads history so too).
    const sentenceYears = findYears(fold(s.text)).filter((y) => y.from === y.to).map((y) => y.to);
    for (const seg of segmentsOf(s.text, (t) => t.capital && isName(stem(t.lower)))) {
      // What the figure measures and whose it is are in what was said, not in who said it.
      const said = withoutAttribution(seg.text);
      const a: Anchors = anchorsOf(said);
      const names = [...new Set(tokenize(said).filter((t) => t.capital && isName(stem(t.lower))).map((t) => stem(t.lower)))];
      const subject = (ctx: string[]) => ctx.filter((w) => !isName(w) && !NOT_SUBJECT.has(w));
      const years = a.years.filter((y) => y.from === y.to).map((y) => String(y.to));
      // A deadline ("to $31.7 billion by 2029") makes the figure a target: "by-2029".
      const deadlines = a.years.filter((y) => y.from === null).map((y) => `by-${y.to}`);
      const undated = a.years.length === 0 && !a.relative.some((r) => r.endsWith('-year'));
      const history = isHistory(undated ? sentenceYears : years.map(Number), options.writtenOn?.(s.sourceId)) ? ['history'] : [];
      const time = [...years, ...a.relative.filter((r) => r.endsWith('-year')), ...deadlines, ...history];
      for (const x of a.amounts) {
        const [words, keys] = [subject(x.context), contrasts(x.context)];
        out.push({ sentence: si, clause: seg.text, kind: 'number', value: x.value, unit: x.unit === null ? null : unitKey(x.unit), qualifier: x.qualifier, text: x.text, subject: words, compared: compared(words, keys), time, contrasts: keys, names, asked: isAsked(x.context) });
      }
      for (const p of a.percents) {
        const [words, keys] = [subject(p.context), contrasts(p.context)];
        out.push({ sentence: si, clause: seg.text, kind: 'percent', value: p.value, unit: '%', qualifier: p.qualifier, text: p.text, subject: words, compared: compared(words, keys), time, contrasts: keys, names, asked: isAsked(p.context) });
      }
      // Only spans and deadlines ("for 2025-2027", "through 2027") can disagree; a bare year just dates a statement.
      for (const y of findYears(fold(said))) {
        if (y.from === y.to) continue;
        const words = subject(contentWords(said));
        out.push({ sentence: si, clause: seg.text, kind: 'year', value: y.to, unit: 'year', qualifier: 'exact', text: y.text, subject: words, compared: words, time: [], contrasts: [], names, asked: isAsked(words) });
      }
    }
  });
  return out;
}

/** Two figures that cannot measure one quantity: other kinds or units, other things counted (a flood's dead, a landslide's), other named subjects, a demand against an outcome, other years or relative times, a target against a level, or history against a count that names no year. */
export function measureApart(a: FigureMention, b: FigureMention): boolean {
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

/** Surface words of `clause` whose stems are in `stems`, in clause order: the readable "about" of a quantity. */
export function surfaceOf(clause: string, stems: Set<string>): string[] {
  const out: string[] = [];
  for (const t of tokenize(clause)) {
    const st = stem(t.lower);
    if (stems.has(st) && !out.includes(t.lower)) out.push(t.lower);
  }
  return out;
}
