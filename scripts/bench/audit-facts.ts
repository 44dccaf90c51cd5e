/**
 * Claims against the generator's facts: each generated sentence that states
 * a fact of its event is known (GeneratedSource.statements), so the audit can
 * tell whether a claim's quotes state one fact (precision), whether the
 * sources stating one fact are cited together (recall), and how many facts
 * one claim gathers from every source that states them (what the seeds' gold
 * test asks of the five real articles).
 */
import type { GeneratedSource } from './corpus/index.ts';

export interface FactAudit {
  /** Facts of the corpus the build quotes from two or more sources. */
  facts: number;
  /** Of those, the facts one claim cites from every source quoted stating them. */
  gathered: number;
  /** Pairs of quotes from two sources in one claim, both stating a known fact: the share stating the same one. */
  pairPrecision: number;
  /** Pairs of sources quoted stating one fact with the same figures: the share some claim cites together with that fact. */
  pairRecall: number;
  /** Pairs of quotes from two sources in one claim that state one fact, both with figures, other ones (a disagreement passed off as corroboration); event claims, which cite every sentence naming an event's day or place, are not counted. */
  otherFigures: number;
}

interface Built {
  sources: { id: string; file: string }[];
  claims: { basis?: string; supports: { sourceId: string; text: string }[] }[];
}

/** Letters and digits only: the build's sentence may have lost a dateline, quotes or spacing. */
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
/** Shorter quotes ("he said") could sit inside any sentence. */
const MIN_MATCH = 20;
const pairs = (n: number) => (n * (n - 1)) / 2;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const DATE = new RegExp(`\\b\\d{1,2}\\s${MONTH}\\b|\\b${MONTH}\\s\\d{1,2}\\b|\\b(?:19|20)\\d\\d\\b`, 'g');

/**
 * The figures a sentence gives, dates and years left out: outlets that print
 * different tolls or amounts for one fact are a disagreement, which the build
 * must keep apart, so only pairs giving the same figures are owed a claim.
 */
export function figuresOf(text: string): string {
  // Decimal points survive norm as "p" ("7.2" is one figure, not 7 and 2). Number words count in lower case
  // or opening the sentence: "Ten" mid-sentence is a place.
  const spelled = text.replace(/\b[A-Za-z][a-z]*\b/g, (w, at: number) => {
    const k = NUMBER_WORDS.indexOf(w.toLowerCase());
    return k >= 0 && (at === 0 || w === w.toLowerCase()) ? String(k) : w;
  });
  const t = norm(spelled.replace(/(\d),(?=\d{3}\b)/g, '$1').replace(/(\d)\.(\d)/g, '$1p$2')).replace(DATE, ' ');
  return [...new Set(t.match(/\d+(?:p\d+)?/g) ?? [])].sort().join(',');
}

export function auditFacts(built: Built, truth: GeneratedSource[]): FactAudit {
  const byFile = new Map(truth.map((t) => [t.file, t.statements.map((s) => ({ text: norm(s.text), fact: `${s.fact}|${figuresOf(s.text)}` }))]));
  const statementsOf = new Map(built.sources.map((s) => [s.id, byFile.get(s.file) ?? []]));
  // A fact is known here with the figures its source gives: "e12/3|9" (nine killed) and "e12/3|11" are owed two claims.
  const factOf = (sourceId: string, text: string): string | null => {
    const t = norm(text);
    if (t.length < MIN_MATCH) return null;
    return statementsOf.get(sourceId)?.find((s) => s.text.includes(t) || t.includes(s.text))?.fact ?? null;
  };
  const sourcesOf = new Map<string, Set<string>>();
  const together = new Set<string>();
  const gathered = new Set<string>();
  let same = 0;
  let known = 0;
  let otherFigures = 0;
  for (const c of built.claims) {
    const quoted = c.supports.map((q) => ({ source: q.sourceId, fact: factOf(q.sourceId, q.text) }));
    const perFact = new Map<string, Set<string>>();
    for (const q of quoted) {
      if (q.fact === null) continue;
      for (const m of [sourcesOf, perFact]) {
        if (!m.has(q.fact)) m.set(q.fact, new Set());
        m.get(q.fact)!.add(q.source);
      }
    }
    for (let i = 0; i < quoted.length; i++) {
      for (let j = i + 1; j < quoted.length; j++) {
        const a = quoted[i]!;
        const b = quoted[j]!;
        if (a.source === b.source || a.fact === null || b.fact === null) continue;
        known++;
        // Two figures of one fact in one claim are counted right here: whether they may share it is the figures' checks' business.
        if (a.fact.split('|')[0] === b.fact.split('|')[0]) {
          same++;
          const [fa, fb] = [a.fact.split('|')[1], b.fact.split('|')[1]];
          // One giving no figure ("Leaders met …" against "Leaders of 5 countries met …") is no contradiction.
          if (fa && fb && fa !== fb && c.basis !== 'event') otherFigures++;
        }
      }
    }
    for (const [fact, sources] of perFact) {
      const ids = [...sources].sort();
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) together.add(`${fact}|${ids[i]}|${ids[j]}`);
      if (ids.length > 1) gathered.add(`${fact}|${ids.join(',')}`);
    }
  }
  let facts = 0;
  let whole = 0;
  let truePairs = 0;
  for (const [fact, sources] of sourcesOf) {
    if (sources.size < 2) continue;
    facts++;
    truePairs += pairs(sources.size);
    if (gathered.has(`${fact}|${[...sources].sort().join(',')}`)) whole++;
  }
  return { facts, gathered: whole, pairPrecision: known ? same / known : 1, pairRecall: truePairs ? together.size / truePairs : 1, otherFigures };
}
