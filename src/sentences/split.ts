import nlp from 'compromise';

/**
 * compromise's own sentence splitter, the first step of its tokenizer: it
 * returns the sentences as raw text without building term objects for every
 * word, which the rest of tokenize() does and we never read (most of its cost).
 */
type SplitSentences = (text: string, world: unknown) => string[];
const world = nlp.world() as { methods: { one: { tokenize: { splitSentences: SplitSentences } } } };
const compromiseSplit: SplitSentences = world.methods.one.tokenize.splitSentences;

/**
 * Split one block of cleaned text into sentences, verbatim: the returned
 * strings are exact substrings of `text` (trimmed), so citations quote the
 * source word for word.
 */
export function splitSentences(text: string): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  // Splitting is done by compromise's sentence splitter alone; tagging (5-10x the cost) never changes
  // where sentences end, so the tagger is skipped.
  const parts = compromiseSplit(trimmed, world);
  const out: string[] = [];
  let cursor = 0;
  for (const part of parts) {
    const piece = part.trim();
    if (!piece) continue;
    const at = trimmed.indexOf(piece, cursor);
    if (at < 0) {
      // compromise normalised something; fall back to the rest of the text as one sentence.
      out.push(trimmed.slice(cursor).trim());
      cursor = trimmed.length;
      break;
    }
    // Anything skipped between pieces (rare) joins the previous sentence so no text is lost.
    if (at > cursor && out.length) out[out.length - 1] = trimmed.slice(cursorStart(out, trimmed, cursor), at).trim();
    out.push(trimmed.slice(at, at + piece.length));
    cursor = at + piece.length;
  }
  if (cursor < trimmed.length) {
    const rest = trimmed.slice(cursor).trim();
    if (rest) {
      if (out.length) out[out.length - 1] = `${out[out.length - 1]} ${rest}`.trim();
      else out.push(rest);
    }
  }
  return out.filter(Boolean);
}

function cursorStart(out: string[], text: string, cursor: number): number {
  const last = out[out.length - 1] ?? '';
  return text.lastIndexOf(last, cursor);
}
