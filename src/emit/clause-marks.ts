import type { PhrasingContent } from 'mdast';
import type { Quote } from '../claims/index.ts';
import { inline, text } from './mdast-build.ts';

/**
 * A quoted sentence with the part a claim rests on marked (`<mark>`), when
 * it rests on part of it: "The summit concluded with the adoption of a
 * joint communiqué [and a multi-year action plan …]" is one claim for the
 * communiqué and another for the plan, and without the mark the two read
 * as one claim told twice. The words stay the sentence's, in order; only
 * the mark is added. A clause not found in its sentence (never expected)
 * leaves the sentence unmarked rather than marking the wrong words.
 */
export function markedQuote(q: Pick<Quote, 'text' | 'clauses'>): PhrasingContent[] {
  const spans = clauseSpans(q.text, q.clauses ?? []);
  if (!spans) return [text(q.text)];
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) out.push(text(q.text.slice(at, start)));
    out.push(inline('mark', { class: 'claim-part' }, [text(q.text.slice(start, end))]));
    at = end;
  }
  if (at < q.text.length) out.push(text(q.text.slice(at)));
  return out;
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

function unmarked(sentence: string, spans: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += sentence.slice(at, s);
    at = e;
  }
  return out + sentence.slice(at);
}
