/**
 * Timeline labels: verbatim words from a cited sentence, never written prose.
 * The label is the clause around the date expression (or around the event
 * noun for undated reports), cut to a window of at most MAX_WORDS words, so it
 * is always an exact substring of the sentence.
 */

export const MAX_WORDS = 14;
/** A clause shorter than this ("On Thursday") borrows the next clause. */
const MIN_WORDS = 5;
/** Words kept after the focus when the window has to be cut. */
const TAIL = 3;

interface Span {
  start: number;
  end: number;
}

/** Label for the part of `sentence` around `focus` (character offsets). */
export function labelAround(sentence: string, focus: Span): string {
  const clause = clauseAround(sentence, focus);
  const words = [...sentence.slice(clause.start, clause.end).matchAll(/\S+/g)].map((m) => ({
    start: clause.start + (m.index ?? 0),
    end: clause.start + (m.index ?? 0) + m[0].length,
  }));
  if (!words.length) return sentence.trim();
  const first = Math.max(0, words.findIndex((w) => w.end > focus.start));
  const lastIdx = words.findLastIndex((w) => w.start < focus.end);
  const last = lastIdx < 0 ? first : lastIdx;
  let from = 0;
  if (words.length > MAX_WORDS) {
    // Keep the focus and a few words after it; fill the rest with what precedes (the subject and verb, in English).
    const to = Math.min(words.length, last + 1 + TAIL);
    from = Math.min(first, Math.max(0, to - MAX_WORDS));
  }
  const chosen = words.slice(from, from + MAX_WORDS);
  const a = chosen[0]?.start ?? 0;
  const b = chosen.at(-1)?.end ?? sentence.length;
  return tidy(sentence.slice(a, b));
}

/** Clause boundaries: commas, semicolons, colons and dashes between words. */
function clauseAround(sentence: string, focus: Span): Span {
  const cuts = [0];
  for (const m of sentence.matchAll(/[,;:]\s+|\s+[—–-]\s+|\s*[()]\s*/g)) cuts.push(m.index ?? 0, (m.index ?? 0) + m[0].length);
  cuts.push(sentence.length);
  const clauses: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 2) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? sentence.length;
    if (end > start) clauses.push({ start, end });
  }
  let i = clauses.findIndex((c) => c.end > focus.start);
  if (i < 0) return { start: 0, end: sentence.length };
  let span = clauses[i] as Span;
  const size = (s: Span) => sentence.slice(s.start, s.end).split(/\s+/).filter(Boolean).length;
  // Short clauses borrow the next one, then the previous one.
  let j = i;
  while (size(span) < MIN_WORDS && (j + 1 < clauses.length || i > 0)) {
    const next = clauses[j + 1];
    if (next) {
      span = { start: span.start, end: next.end };
      j++;
    } else {
      i--;
      span = { start: (clauses[i] as Span).start, end: span.end };
    }
  }
  return span;
}

/** Drop punctuation hanging at either end (still a substring of the sentence). */
function tidy(text: string): string {
  const trimmed = text.replace(/^[\s,;:(“"‘'—–-]+/, '').replace(/[\s,;:)”"’'—–-]+$/, '').replace(/(?<=[a-z0-9])\.$/, '');
  // A window cut at the word limit must not end on a dangling function word ("… balance in the").
  const cut = trimmed.replace(DANGLING, '');
  return cut.length > 0 ? cut : trimmed;
}

/** Function words a label should not end on. */
const DANGLING = /(?:\s+(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or|but|as|that|which|its|their|his|her))+$/i;
