import type { Taxonomy } from './schema.ts';
import { tokenize, type Token } from './tokenize.ts';
import { pushTo } from '../model/multimap.ts';

/**
 * Term matching compiled once per taxonomy: an index from a sentence word to
 * the terms that can start there, so tagging is a single pass over the words
 * of a sentence instead of a loop over every term.
 */

interface TermWord {
  /** Folded word (or prefix when `prefix`). */
  w: string;
  prefix: boolean;
}

interface CompiledTerm {
  topicId: string;
  /** The term as written in the taxonomy. */
  term: string;
  words: TermWord[];
}

/** A compiled taxonomy: pass it to `matchTerms` (and `tagSentences`). */
export interface TermIndex {
  /** Terms whose first word is plain, keyed by every inflected form that word accepts. */
  exact: Map<string, CompiledTerm[]>;
  /** Terms whose first word is a prefix (`word*`), keyed by the prefix. */
  prefix: Map<string, CompiledTerm[]>;
  /** Longest prefix key, to bound the per-word prefix lookups. */
  maxPrefix: number;
}

/** One occurrence of a term in a text. */
export interface TermMatch {
  topicId: string;
  /** The taxonomy term that matched (e.g. `sanction*`). */
  term: string;
  /** The words of the text it matched, verbatim. */
  text: string;
  /** Character offsets in the text. */
  start: number;
  end: number;
  /** Token span, used to keep matches of one topic from overlapping. */
  firstToken: number;
  tokenCount: number;
}

/** Accents never decide a topic: "communiqué" and "communique" are the same word. */
export const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** Plain words accept their regular plurals, so editors write "river", not "river*". */
function inflections(w: string): string[] {
  const out = [w, `${w}s`, `${w}es`];
  if (/[^aeiou]y$/.test(w)) out.push(`${w.slice(0, -1)}ies`);
  return out;
}

function wordMatches(tw: TermWord, norm: string): boolean {
  return tw.prefix ? norm.startsWith(tw.w) : inflections(tw.w).includes(norm);
}

function compileTerm(topicId: string, term: string): CompiledTerm {
  const words: TermWord[] = [];
  // A `*` belongs to the word it ends; hyphens/apostrophes split words as the tokenizer does.
  for (const part of term.trim().split(/\s+/)) {
    const prefix = part.endsWith('*');
    const toks = tokenize(part.replace(/\*$/, ''));
    toks.forEach((t, i) => words.push({ w: fold(t.norm), prefix: prefix && i === toks.length - 1 }));
  }
  return { topicId, term, words };
}

/** Compile every term of the taxonomy into a lookup index. */
export function compileTaxonomy(taxonomy: Taxonomy): TermIndex {
  const index: TermIndex = { exact: new Map(), prefix: new Map(), maxPrefix: 0 };
  for (const topic of taxonomy.topics) {
    for (const term of topic.terms) {
      const ct = compileTerm(topic.id, term);
      const first = ct.words[0];
      if (!first) continue;
      if (first.prefix) {
        pushTo(index.prefix, first.w, ct);
        index.maxPrefix = Math.max(index.maxPrefix, first.w.length);
      } else for (const form of new Set(inflections(first.w))) pushTo(index.exact, form, ct);
    }
  }
  return index;
}

/** Phrase words may be joined by spaces, hyphens or apostrophes, never across other punctuation. */
const JOINS = new Set([' ', '-', "'"]);

/**
 * Every term occurrence in `text`, per topic without overlaps: where two terms
 * of one topic overlap ("power plant" and "power"), the longer one wins, so a
 * phrase counts once.
 */
export function matchTerms(text: string, index: TermIndex): TermMatch[] {
  const tokens: Token[] = tokenize(text);
  const norms = tokens.map((t) => fold(t.norm));
  const found: TermMatch[] = [];
  norms.forEach((norm, i) => {
    const candidates = [...(index.exact.get(norm) ?? [])];
    for (let k = 1; k <= Math.min(norm.length, index.maxPrefix); k++) candidates.push(...(index.prefix.get(norm.slice(0, k)) ?? []));
    for (const ct of candidates) {
      const n = ct.words.length;
      let ok = i + n <= tokens.length;
      for (let j = 1; ok && j < n; j++) {
        ok = JOINS.has(tokens[i + j]!.sep) && wordMatches(ct.words[j]!, norms[i + j]!);
      }
      if (!ok) continue;
      const start = tokens[i]!.start;
      const end = tokens[i + n - 1]!.end;
      found.push({ topicId: ct.topicId, term: ct.term, text: text.slice(start, end), start, end, firstToken: i, tokenCount: n });
    }
  });
  // Longest first, then leftmost: greedy selection keeps the most specific reading per topic.
  found.sort((a, b) => b.tokenCount - a.tokenCount || a.firstToken - b.firstToken);
  const taken = new Map<string, boolean[]>();
  const kept: TermMatch[] = [];
  for (const m of found) {
    const used = taken.get(m.topicId) ?? [];
    taken.set(m.topicId, used);
    let free = true;
    for (let t = m.firstToken; t < m.firstToken + m.tokenCount; t++) if (used[t]) free = false;
    if (!free) continue;
    for (let t = m.firstToken; t < m.firstToken + m.tokenCount; t++) used[t] = true;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.topicId.localeCompare(b.topicId));
}
