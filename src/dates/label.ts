/**
 * Timeline labels: verbatim words from a cited sentence, never written prose.
 * The label is the clause around the date expression (or around the event
 * noun for undated reports), cut to a window of at most MAX_WORDS words (one
 * more for the determiner of a noun the window would open on), so it is always
 * an exact substring of the sentence.
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
  let chosen = words.slice(from, from + MAX_WORDS);
  if (from + chosen.length < words.length) {
    // Cut mid-clause: end before the last function word after the focus, where a phrase ends
    // ("… a joint communiqué" rather than "… a joint communiqué and a multi-year action").
    // Only a short tail without figures or names goes ("at the second", "with a pay"), and not the
    // start of a clause ("killed when a flood"): those words say what happened.
    const word = (i: number) => (chosen[i] ? sentence.slice(chosen[i].start, chosen[i].end) : '');
    const k = chosen.findLastIndex(
      (_, i) =>
        from + i > last && i >= MIN_WORDS && chosen.length - i <= TAIL && PHRASE_START.test(word(i)) && !CLAUSE_START.test(word(i - 1)) &&
        !/[\dA-Z]/.test(sentence.slice(chosen[i]!.start, chosen.at(-1)!.end)),
    );
    if (k > 0) chosen = chosen.slice(0, k);
  }
  if (from > 0 && DETERMINER.test(sentence.slice(words[from - 1]!.start, words[from - 1]!.end))) {
    // A window opening on a noun takes its determiner ("The summit resulted …", not "summit resulted …"),
    // giving up a word after the focus for it when there is one, else going one word over.
    chosen = [words[from - 1]!, ...(from + chosen.length - 1 > last && chosen.length >= MAX_WORDS ? chosen.slice(0, -1) : chosen)];
  }
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
  // Short clauses borrow the next one, then the previous one; a clause describing the noun before it
  // ("The format, established a decade ago, serves …") borrows that noun's clause first.
  let j = i;
  const opening = /^\S+/.exec(sentence.slice(span.start, span.end))?.[0] ?? '';
  if (size(span) < MIN_WORDS && i > 0 && DESCRIBES_BEFORE.test(opening)) {
    // The whole noun phrase, even when a spaced hyphen cut it ("The 'Central Asia - Russia' format").
    do {
      i--;
      span = { start: (clauses[i] as Span).start, end: span.end };
    } while (i > 0 && size(clauses[i] as Span) < MIN_WORDS);
  }
  let borrowedBack = false;
  while (size(span) < MIN_WORDS && (j + 1 < clauses.length || i > 0)) {
    const next = clauses[j + 1];
    if (next) {
      span = { start: span.start, end: next.end };
      j++;
    } else {
      i--;
      borrowedBack = true;
      span = { start: (clauses[i] as Span).start, end: span.end };
    }
  }
  // Borrowing back may open on an aside ("Quiland, home to some 46 million people, became independent
  // in 1995"): when the sentence up to here fits the window, it starts where the sentence does.
  if (borrowedBack && span.start > 0 && size({ start: 0, end: span.end }) <= MAX_WORDS) span = { start: 0, end: span.end };
  return span;
}

/** Drop punctuation hanging at either end (still a substring of the sentence). */
function tidy(text: string): string {
  const trimmed = text.replace(/^[\s,;:(“"‘'—–-]+/, '').replace(/[\s,;:)”"’'—–-]+$/, '').replace(/(?<=[a-z0-9])\.$/, '');
  // A window cut at the word limit must not end on a dangling function word ("… balance in the"), and a clause
  // cut at a comma must not start on the conjunction that joined it ("but tightened controls … ripple").
  const cut = trimmed.replace(DANGLING, '').replace(LEADING, '');
  return cut.length > 0 ? cut : trimmed;
}

/** Determiners a noun phrase opens with. */
export const DETERMINER = /^(?:the|a|an|this|its|their|his|her|our)$/i;

/** Prepositions and determiners: a phrase can end before them. */
const PHRASE_START = /^(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or)$/i;
/** Words that open a clause of their own. */
const CLAUSE_START = /^(?:when|after|before|while|since|that|which|who|as|than|but)$/i;

/** First words of a clause that describes the noun just before it: a participle or a relative pronoun. */
const DESCRIBES_BEFORE = /^(?:which|who|whose|[a-z]{3,}ed)$/;

/** Conjunctions that open a clause cut off at its comma. */
const LEADING = /^(?:and|but|or|yet|so|while|whereas|although|though)\s+/i;

/** Function words a label should not end on. */
const DANGLING = /(?:\s+(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or|but|as|that|which|its|their|his|her|after|before|when|while|since|than))+$/i;
