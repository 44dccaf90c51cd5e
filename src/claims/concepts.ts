/**
 * Concept mapping for claim matching: a content-word stem listed in the
 * lexicon is compared as its concept, so "hydropower stations" and
 * "hydroelectric power plants", or "war in X" and "conflict in X", share
 * terms. The concept is added next to the word, not in its place: two words
 * of one concept in one clause ("drug trafficking") must stay two pieces of
 * evidence, and the concept weighs CONCEPT_WEIGHT (compare.ts) so a shared
 * idea outweighs the two unshared words that express it.
 */
import type { Lexicon } from './conceptSchema.ts';
import { fold, stem } from './text.ts';

/** Prefix of concept terms (content stems never start with it). */
export const CONCEPT_PREFIX = '~';

/** Stem → its concept term (`~id`), or the stem itself when the lexicon does not list it. */
export type ConceptMap = (stem: string) => string;

/**
 * Build the stem mapping of a validated lexicon (identity without one): for a
 * sentence's words (`words`), or for what a figure counts (`units`), which
 * also uses the concepts that are one thing only when counted.
 */
export function conceptMap(lexicon?: Lexicon, use: 'words' | 'units' = 'words'): ConceptMap {
  if (!lexicon) return (s) => s;
  const exact = new Map<string, string>();
  const prefixes: [string, string][] = [];
  for (const c of lexicon.concepts) {
    if (c.counted && use === 'words') continue;
    for (const w of c.words) {
      if (w.endsWith('*')) prefixes.push([fold(w.slice(0, -1)), CONCEPT_PREFIX + c.id]);
      else exact.set(stem(w), CONCEPT_PREFIX + c.id);
    }
  }
  // Longest prefix first, so a more specific entry wins.
  prefixes.sort((a, b) => b[0].length - a[0].length);
  const cache = new Map<string, string>();
  return (s) => {
    let hit = cache.get(s);
    if (hit === undefined) {
      hit = exact.get(s) ?? prefixes.find(([p]) => s.startsWith(p))?.[1] ?? s;
      cache.set(s, hit);
    }
    return hit;
  };
}

/** What a figure's words say it counts, as `contrast:concept` ("casualties:injured"); none when the lexicon sets nothing apart. */
export type FigureContrasts = (context: string[]) => string[];

/**
 * The contrasting concepts (conceptSchema's `contrast`) a figure's context words
 * name: "Another 157 people were injured" → ["casualties:injured"].
 */
export function contrastsOf(lexicon?: Lexicon): FigureContrasts {
  const contrasted = lexicon?.concepts.filter((c) => c.contrast) ?? [];
  if (!contrasted.length) return () => [];
  const concept = conceptMap({ concepts: contrasted }, 'units');
  const kind = new Map(contrasted.map((c) => [CONCEPT_PREFIX + c.id, `${c.contrast}:${c.id}`]));
  // Asked for every pair of figures compared: read each figure's words once.
  const seen = new WeakMap<string[], string[]>();
  return (context) => {
    let hit = seen.get(context);
    if (!hit) seen.set(context, (hit = [...new Set(context.map((w) => kind.get(concept(w))).filter((k): k is string => k !== undefined))]));
    return hit;
  };
}

/** Two figures may count one thing: for every contrast both name, they name a concept in common. */
export function contrastsMeet(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  const groupOf = (k: string) => k.slice(0, k.indexOf(':'));
  const shared = new Set(a.map(groupOf).filter((g) => b.some((y) => groupOf(y) === g)));
  return [...shared].every((g) => a.some((x) => groupOf(x) === g && b.includes(x)));
}
