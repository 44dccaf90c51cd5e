/**
 * The part of a quoted sentence a claim rests on. Claims are made of clauses,
 * so one sentence can stand for two facts ("…a joint communiqué and a
 * multi-year action plan…"); pages mark the claim's part so the two do not read
 * as one claim told twice. The words stay the sentence's, in order.
 */

/** A run of the sentence, marked when the claim rests on it. */
export interface QuotePart {
  text: string;
  marked: boolean;
}

/** Where each clause sits in the sentence, in sentence order, or null when there is nothing to mark. */
export function clauseSpans(sentence: string, clauses: readonly string[]): [number, number][] | null {
  const spans: [number, number][] = [];
  for (const clause of clauses) {
    const part = clause.trim();
    const start = part ? sentence.indexOf(part) : -1;
    if (start < 0) return null;
    spans.push([start, start + part.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  // Clauses of one sentence never overlap; if they did, marking them would repeat words.
  if (spans.some(([start], i) => i > 0 && start < (spans[i - 1] as [number, number])[1])) return null;
  // Marks covering all but punctuation and spaces cover the whole sentence: nothing to set apart.
  return spans.length && /[\p{L}\p{N}]/u.test(unmarked(sentence, spans)) ? spans : null;
}

/**
 * The sentence as runs, the claim's clauses marked. A clause not found in its
 * sentence (never expected), or clauses covering all of it, leave it one unmarked run.
 */
export function quoteParts(q: { text: string; clauses?: readonly string[] | undefined }): QuotePart[] {
  const spans = clauseSpans(q.text, q.clauses ?? []);
  if (!spans) return [{ text: q.text, marked: false }];
  const out: QuotePart[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) out.push({ text: q.text.slice(at, start), marked: false });
    out.push({ text: q.text.slice(start, end), marked: true });
    at = end;
  }
  if (at < q.text.length) out.push({ text: q.text.slice(at), marked: false });
  return out;
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
