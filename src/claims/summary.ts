/**
 * Building the output shapes: quotes, anchor summaries, stable ids.
 */
import type { Sentence } from '../model/types.ts';
import type { AnchorSummary, Anchors, Quote } from './types.ts';
import { sameFigure } from './numbers.ts';
import { shortHash } from './hash.ts';
import { writtenDays } from './anchors.ts';

/** A value to find in a sentence: the words it is written in, else (a day) the date the sentence writes. */
export interface ValueToFind {
  /** As the value is written ("Thursday", "$45 billion", "two-day"); found as whole words, in any case. */
  words?: string;
  /** The day it is (YYYY-MM-DD), found as the date the sentence writes when the sentence does not write `words`. */
  day?: string;
}

/**
 * Quote a sentence, with the supporting clauses when they are only part of it,
 * and the values it gives (an event's day or place, a disputed figure) as it writes them.
 */
export function quoteOf(s: Sentence, clauses: string[] = [], values: ValueToFind[] = []): Quote {
  const parts = [...new Set(clauses)].filter((c) => c && c !== s.text && s.text.includes(c));
  const written = [...new Set(values.map((v) => writtenIn(s.text, v)).filter((v): v is string => v !== null))];
  return {
    sourceId: s.sourceId,
    sentenceId: s.id,
    text: s.text,
    ...(parts.length ? { clauses: parts } : {}),
    ...(written.length ? { values: written } : {}),
  };
}

/**
 * `value` as `text` writes it: its words as a whole word or words ("thursday" finds "Thursday",
 * "second" is not found in "secondary"), else its day as the date the sentence writes
 * ("October 28, 2023"), else null.
 */
export function writtenIn(text: string, value: ValueToFind): string | null {
  if (value.words) {
    const escaped = value.words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
    if (m) return m[0];
  }
  const iso = value.day;
  if (!iso) return null;
  // The date with its year first ("October 28, 2023", not a dateline's "Oct 28"); a day without its year is the same day.
  const days = writtenDays(text);
  return (days.find((d) => d.day === iso) ?? days.find((d) => d.day === `-${iso.slice(4)}`))?.text ?? null;
}

const uniq = <T>(xs: T[], key: (x: T) => string) => {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
};

/**
 * Anchors of the supporting clauses, deduplicated; hook entities (or fallback
 * names) kept when at least two supports share them — or all of them for a
 * single support.
 */
export function summarise(anchors: Anchors[], entities: string[][], dates: string[][]): AnchorSummary {
  const amounts = anchors.flatMap((a) => a.amounts).filter((x, i, all) => all.findIndex((y) => sameFigure(x, y)) === i);
  const counts = new Map<string, number>();
  const useNames = entities.every((e) => e.length === 0);
  const per = useNames ? anchors.map((a) => a.names) : entities;
  for (const list of per) for (const e of new Set(list)) counts.set(e, (counts.get(e) ?? 0) + 1);
  const need = per.length > 1 ? 2 : 1;
  return {
    amounts,
    percents: uniq(anchors.flatMap((a) => a.percents), (p) => String(p.value)),
    years: uniq(anchors.flatMap((a) => a.years), (y) => `${y.from}-${y.to}`),
    weekdays: [...new Set(anchors.flatMap((a) => a.weekdays))],
    days: [...new Set(anchors.flatMap((a) => a.days))],
    durations: uniq(anchors.flatMap((a) => a.durations), (d) => `${d.value}${d.unit}`),
    dates: [...new Set(dates.flat())].sort(),
    entities: [...counts].filter(([, n]) => n >= need).map(([e]) => e).sort(),
  };
}

/**
 * Claim id from what makes it itself — basis, facets, the representative
 * sentence and clause — not from its supports, so the id survives a new
 * source joining. `seen` counts each base so far: a repeat (wire copy is
 * common) gets the next counter, `c-…-2`, `c-…-3` (a base never ends in `-n`).
 */
export function claimId(basis: string, facets: string[], text: string, seen: Map<string, number>): string {
  const base = `c-${shortHash(`${basis}|${facets.join(';')}|${text}`)}`;
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}
