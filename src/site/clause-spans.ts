/**
 * Words to mark in a quoted sentence, the sentence's words kept as they are:
 * the part a claim rests on (claims are made of clauses, so one sentence can
 * stand for two facts, "…a joint communiqué and a multi-year action plan…",
 * which would otherwise read as one claim told twice), or the value a
 * disagreement's quote gives ("two-day" against "Thursday").
 */

/** A run of the sentence, marked or not. */
export interface QuotePart {
  text: string;
  marked: boolean;
}

/** Where each part sits in the sentence, in sentence order, or null when there is nothing to mark. */
export function clauseSpans(sentence: string, parts: readonly string[]): [number, number][] | null {
  const spans: [number, number][] = [];
  for (const words of parts) {
    const part = words.trim();
    const start = part ? sentence.indexOf(part) : -1;
    if (start < 0) return null;
    spans.push([start, start + part.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  // Clauses of one sentence never overlap; if parts did, marking them would repeat words.
  if (spans.some(([start], i) => i > 0 && start < (spans[i - 1] as [number, number])[1])) return null;
  // Marks covering all but punctuation and spaces cover the whole sentence: nothing to set apart.
  return spans.length && /[\p{L}\p{N}]/u.test(unmarked(sentence, spans)) ? spans : null;
}

/**
 * The sentence as runs, `marked` words marked. A part not found in the sentence
 * (never expected), or parts covering all of it, leave it one unmarked run.
 */
export function quoteParts(text: string, marked: readonly string[] = []): QuotePart[] {
  const spans = clauseSpans(text, marked);
  if (!spans) return [{ text, marked: false }];
  const out: QuotePart[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** What a claim's quote marks: the clauses it rests on when they set part of the sentence apart, else the event values it states. */
export function claimMarks(q: { text: string; clauses?: readonly string[] | undefined; values?: readonly string[] | undefined }): readonly string[] | undefined {
  return q.clauses && clauseSpans(q.text, q.clauses) ? q.clauses : q.values;
}

function unmarked(sentence: string, spans: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += sentence.slice(at, s);
    at = e;
  }
  return out + sentence.slice(at);
}
