import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/sentences/split.ts';
import { seedDocs } from '../helpers/seed-sentences.ts';

describe('splitSentences', () => {
  it('returns verbatim substrings of the block', () => {
    const text = '“Industrial cooperation is expanding dynamically. With Russia’s participation, parks are built,” Putin said. He added more.';
    const parts = splitSentences(text);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const p of parts) expect(text).toContain(p);
  });
  it('keeps abbreviations and amounts inside one sentence', () => {
    expect(splitSentences('Trade reached $45.5 billion in the U.S. market last year. Then it fell.')).toHaveLength(2);
  });
  it("splits exactly where compromise's full tokenizer does (seed paragraphs and hard cases)", () => {
    const blocks = [
      ...seedDocs().flatMap((d) => d.sentences.map((s) => s.text)),
      'Mr. Putin met Dr. Rahmon at 9 a.m. on Oct. 9. They spoke for 2.5 hours… Then they left!',
      'He said "no sir." and left. Was it (really?) over? Yes.',
      'Prices rose 3.4% in Q3; e.g. food. Rents did not.',
    ];
    // The seed sentences joined into paragraphs, so real boundaries are tested too.
    for (let i = 0; i < blocks.length; i += 4) blocks.push(blocks.slice(i, i + 4).join(' '));
    for (const block of blocks) {
      const viaTokenizer = (nlp.tokenize(block.trim()).out('array') as string[]).map((p) => p.trim()).filter(Boolean);
      expect(splitSentences(block), block).toEqual(viaTokenizer);
    }
  });
  it('splits every seed into sentences that all occur in the source text', () => {
    const docs = seedDocs();
    expect(docs).toHaveLength(5);
    for (const d of docs) expect(d.sentences.length).toBeGreaterThan(5);
  });
});
