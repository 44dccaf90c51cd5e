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
  it('splits every seed into sentences that all occur in the source text', () => {
    const docs = seedDocs();
    expect(docs).toHaveLength(5);
    for (const d of docs) expect(d.sentences.length).toBeGreaterThan(5);
  });
});
