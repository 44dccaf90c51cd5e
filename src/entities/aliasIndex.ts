import { fold } from '../topics/terms.ts';
import { isPossessiveAt, tokenize, type Token } from '../topics/tokenize.ts';
import type { Gazetteer, GazetteerEntry } from './schema.ts';

/**
 * Gazetteer matching compiled once: every name, alias and demonym becomes a
 * token pattern indexed by its first word, so a sentence is matched in one
 * left-to-right pass, trying only the patterns that can start at each word,
 * longest first ("Central Asia" before "Asia").
 */

type Case = 'any' | 'capital' | 'acronym';

interface PatternWord {
  folded: string;
  /** 'any': lowercase connector ("of"); 'capital': text word must start uppercase; 'acronym': text word must be all capitals. */
  case: Case;
}

interface Pattern {
  /** The entry, or null for an `ignore` word. */
  entry: GazetteerEntry | null;
  /** A demonym or ignore word: recognised to block noise, never a mention. */
  blocking: boolean;
  words: PatternWord[];
  /** Separators between words (normalised, see tokenize). */
  seps: string[];
}

/** A compiled gazetteer. */
export interface AliasIndex {
  byFirst: Map<string, Pattern[]>;
  entries: Map<string, GazetteerEntry>;
  /** Folded forms of every name and alias, to map NLP-found names back onto entries. */
  byForm: Map<string, GazetteerEntry>;
}

/** A gazetteer hit in a sentence. `entry` null / `blocking` true = demonym or ignore word (not a mention). */
export interface AliasMatch {
  entry: GazetteerEntry | null;
  blocking: boolean;
  text: string;
  start: number;
  end: number;
}

function caseOf(word: string): Case {
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return 'acronym';
  return /^\p{Lu}/u.test(word) ? 'capital' : 'any';
}

function compile(form: string, entry: GazetteerEntry | null, blocking: boolean): Pattern | null {
  const toks = tokenize(form);
  if (!toks.length) return null;
  return {
    entry,
    blocking,
    words: toks.map((t) => ({ folded: fold(t.norm), case: caseOf(t.text) })),
    seps: toks.map((t) => t.sep),
  };
}

/** Canonical folded key of a name, for alias-aware comparisons. */
export const formKey = (s: string): string => tokenize(s).map((t) => fold(t.norm)).join(' ');

/** Compile the gazetteer into a first-word index. */
export function compileGazetteer(gaz: Gazetteer): AliasIndex {
  const index: AliasIndex = { byFirst: new Map(), entries: new Map(), byForm: new Map() };
  const add = (p: Pattern | null) => {
    const first = p?.words[0];
    if (!p || !first) return;
    const list = index.byFirst.get(first.folded) ?? [];
    list.push(p);
    index.byFirst.set(first.folded, list);
  };
  for (const e of gaz.entries) {
    index.entries.set(e.id, e);
    for (const form of new Set([e.name, ...e.aliases])) {
      add(compile(form, e, false));
      index.byForm.set(formKey(form), e);
    }
    for (const d of e.demonyms) add(compile(d, e, true));
  }
  for (const w of gaz.ignore) add(compile(w, null, true));
  for (const list of index.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function wordOk(pw: PatternWord, t: Token): boolean {
  if (fold(t.norm) !== pw.folded) return false;
  if (pw.case === 'acronym') return t.text === t.text.toUpperCase();
  if (pw.case === 'capital') return /^[\p{Lu}\p{N}]/u.test(t.text);
  return true;
}

/** Spaces and hyphens are interchangeable inside names ("Asia-Pacific" = "Asia Pacific"). */
const sepOk = (want: string, got: string): boolean =>
  want === got || ((want === ' ' || want === '-') && (got === ' ' || got === '-'));

function matchAt(p: Pattern, tokens: readonly Token[], i: number): boolean {
  if (i + p.words.length > tokens.length) return false;
  for (let j = 0; j < p.words.length; j++) {
    const t = tokens[i + j]!;
    if (!wordOk(p.words[j]!, t)) return false;
    if (j > 0 && !sepOk(p.seps[j]!, t.sep)) return false;
  }
  return true;
}

/**
 * All gazetteer hits in `text`, left to right, longest first, non-overlapping.
 * A possessive "'s" after a name is skipped, so "Russia’s" is a mention of
 * Russia whose quoted text is "Russia".
 */
export function matchAliases(text: string, index: AliasIndex): AliasMatch[] {
  const tokens = tokenize(text);
  const out: AliasMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const cands = index.byFirst.get(fold(tokens[i]!.norm)) ?? [];
    const hit = cands.find((p) => matchAt(p, tokens, i));
    if (!hit) {
      i++;
      continue;
    }
    const last = i + hit.words.length - 1;
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    out.push({ entry: hit.entry, blocking: hit.blocking, text: text.slice(start, end), start, end });
    i = last + 1 + (isPossessiveAt(tokens, last) ? 1 : 0);
  }
  return out;
}
