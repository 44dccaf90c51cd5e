/**
 * Synthetic corpus for scaling checks and calibration: many sources
 * restating generated facts in varied wording and word order, with
 * look-alike distractors (same countries and wording, different figure or
 * quantity) and filler. Deterministic for a given seed. Names are invented
 * syllable strings so nothing depends on real-world text.
 */
import type { Sentence } from '../model/types.ts';
import type { GroupingStats } from './types.ts';
import { mulberry32 } from '../model/prng.ts';
import { groupClaimsWithStats } from './group.ts';

/** The generator's PRNG (seeded, deterministic). */
export const rng = mulberry32;

const SYL = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'sha', 'dor', 'bel', 'nu', 'qui', 'zan', 'tor', 'mel', 'fa', 'ris', 'gan', 'hul', 'pe', 'sto'];
const QUANTITIES = [
  ['trade', 'trade turnover', 'bilateral trade'],
  ['investment', 'direct investment', 'cumulative investment'],
  ['exports', 'export sales', 'shipments abroad'],
  ['aid', 'development aid', 'assistance'],
  ['lending', 'loans', 'credit lines'],
];
const EVENTS = ['summit', 'conference', 'forum', 'meeting'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = ['tariff', 'energy', 'water', 'grain', 'transit', 'customs', 'visa', 'pension', 'fishing', 'mining', 'railway', 'banking'];
const FILLER = [
  'Analysts expect further {x} debate about regional {y} policy.',
  'The {x} ministry has not commented on the {y} proposal.',
  'Observers in {x} point to a long history of {y} ties.',
  'Critics in {x} say the {y} plan lacks detail.',
];

/** A generated corpus: sentences plus the fact each one states (null for filler). */
export interface SyntheticCorpus {
  sentences: Sentence[];
  factOf: Map<string, string | null>;
}

/** About `n` sentences spread over sources (ids `src-001`…), facts restated by 2–5 sources each. */
export function syntheticCorpus(n: number, seed = 1): SyntheticCorpus {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const word = (k = 2) => Array.from({ length: k }, () => pick(SYL)).join('');
  const name = (k = 2) => {
    const w = word(k);
    return w[0]?.toUpperCase() + w.slice(1);
  };
  // Name pools grow with n, as real corpora do.
  const places = Array.from({ length: Math.max(8, Math.round(n / 25)) }, () => name(3));
  const people = Array.from({ length: Math.max(6, Math.round(n / 40)) }, () => `${name(2)} ${name(3)}`);
  const sources = Array.from({ length: Math.max(5, Math.round(n / 40)) }, (_, i) => `src-${String(i + 1).padStart(3, '0')}`);
  const perSource = new Map<string, Sentence[]>();
  const factOf = new Map<string, string | null>();
  let count = 0;
  const emit = (sourceId: string, text: string, fact: string | null) => {
    const list = perSource.get(sourceId) ?? [];
    perSource.set(sourceId, list);
    const index = list.length;
    const id = `s-${sourceId}-${index}`;
    list.push({ id, sourceId, block: index, item: null, index, text });
    factOf.set(id, fact);
    count++;
  };
  let f = 0;
  while (count < n) {
    const id = `f${f++}`;
    const a = pick(places);
    let b = pick(places);
    if (b === a) b = `${b}ia`;
    const who = pick(people);
    const writers = [...sources].sort(() => r() - 0.5).slice(0, 2 + Math.floor(r() * 4));
    if (r() < 0.7) {
      const q = pick(QUANTITIES);
      // Figures as outlets print them: whole or one decimal, billions.
      const figure = r() < 0.4 ? Math.round((1 + r() * 98) * 10) / 10 : 5 + Math.floor(r() * 190);
      const year = 2015 + Math.floor(r() * 10);
      const forms = [
        () => `${pick(q)} between ${a} and ${b} reached $${figure} billion in ${year}.`,
        () => `${who} said ${a}'s ${pick(q)} with ${b} exceeded $${figure} billion in ${year}.`,
        () => `In ${year}, ${a} and ${b} recorded ${pick(q)} of more than $${figure}bn, according to ${who}.`,
        () => `The ${pick(q)} of ${a} with ${b} stood at about $${figure} billion in ${year}, ${who} noted.`,
      ];
      for (const w of writers) emit(w, pick(forms)(), id);
      // A look-alike: same pair and wording, another figure or quantity; it must never join the fact above.
      if (r() < 0.5) {
        const other = Math.round((figure * (1.1 + r())) * 10) / 10;
        emit(pick(sources), `${pick(pick(QUANTITIES))} between ${a} and ${b} reached $${other} billion in ${year}.`, `${id}-other`);
      }
    } else {
      const ev = pick(EVENTS);
      const weekday = pick(DAYS);
      const date = `${1 + Math.floor(r() * 28)} ${pick(MONTHS)}`;
      // Some outlets give the weekday only, others add the date.
      const day = () => (r() < 0.5 ? weekday : `${weekday}, ${date}`);
      const ord = pick(ORD);
      const forms = [
        () => `On ${day()}, ${who} attended the ${ord} ${a}-${b} ${ev} in ${a}.`,
        () => `${who} on ${day()} opened the ${ord} ${ev} of ${a} and ${b} leaders in ${a}.`,
        () => `The ${ord} ${a}-${b} ${ev} took place in ${a} on ${day()}, with ${who} attending.`,
      ];
      for (const w of writers) emit(w, pick(forms)(), id);
    }
    if (r() < 0.6) emit(pick(sources), pick(FILLER).replace('{x}', pick(places)).replace('{y}', pick(TOPICS)), null);
  }
  const sentences = [...perSource.values()].flat();
  return { sentences, factOf };
}

/** Grouping counters on a synthetic corpus of about `n` sentences. */
export function scalingStats(n: number, seed = 1): GroupingStats {
  return groupClaimsWithStats(syntheticCorpus(n, seed).sentences).stats;
}
