import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { afterQuotes, locate, splitSentences } from '../../src/sentences/split.ts';
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
  it('ends a sentence at a quotation that ends one, when the next starts with a capital', () => {
    const block = 'Crowds gathered. Lena Varga said: "The water came very fast." The mayor declared a day of mourning.';
    expect(splitSentences(block)).toEqual(['Crowds gathered.', 'Lena Varga said: "The water came very fast."', 'The mayor declared a day of mourning.']);
    expect(splitSentences('He said “We will win!” “Never,” she said.')).toEqual(['He said “We will win!”', '“Never,” she said.']);
    expect(splitSentences('He said "no sir." and left.')).toEqual(['He said "no sir." and left.']);
    expect(afterQuotes('“We will win,” he said. Then he left.')).toEqual(['“We will win,” he said. Then he left.']);
  });
  it("splits where compromise's full tokenizer does, then after quotations (seed paragraphs and hard cases)", () => {
    const blocks = [
      ...seedDocs().flatMap((d) => d.sentences.map((s) => s.text)),
      'Mr. Putin met Dr. Rahmon at 9 a.m. on Oct. 9. They spoke for 2.5 hours… Then they left!',
      'He said "no sir." and left. Was it (really?) over? Yes.',
      'She said: "It is over." Talks resumed (briefly.) The end.',
      'Prices rose 3.4% in Q3; e.g. food. Rents did not.',
    ];
    // The seed sentences joined into paragraphs, so real boundaries are tested too.
    for (let i = 0; i < blocks.length; i += 4) blocks.push(blocks.slice(i, i + 4).join(' '));
    for (const block of blocks) {
      const viaTokenizer = (nlp.tokenize(block.trim()).out('array') as string[]).flatMap(afterQuotes).map((p) => p.trim()).filter(Boolean);
      expect(splitSentences(block), block).toEqual(viaTokenizer);
    }
  });
  it('splits every seed into sentences that all occur in the source text', () => {
    const docs = seedDocs();
    expect(docs).toHaveLength(5);
    for (const d of docs) expect(d.sentences.length).toBeGreaterThan(5);
  });
});

describe('locate (where the splitter pieces lie)', () => {
  const cut = (text: string, pieces: string[]) => locate(text, pieces).map(([a, b]) => text.slice(a, b).trim());

  it('keeps text the splitter skipped with the sentence before it, or with the first', () => {
    expect(cut('One. ## Two. Three.', ['One.', 'Two.', 'Three.'])).toEqual(['One. ##', 'Two.', 'Three.']);
    expect(cut('>> One. Two.', ['One.', 'Two.'])).toEqual(['>> One.', 'Two.']);
    expect(cut('One. Two. tail', ['One.', 'Two.'])).toEqual(['One.', 'Two. tail']);
  });

  it('starts a last sentence with the rest when a piece is not in the text verbatim', () => {
    expect(cut('One.  Two three. Four.', ['One.', 'Two three.', 'Four.'].map((p) => p.replace('Two three', 'Two  three')))).toEqual(['One.', 'Two three. Four.']);
    expect(cut('Whole text', [])).toEqual(['Whole text']);
  });
});

describe('splitSentences on fuzzed text', () => {
  it('returns exact substrings and loses no character, over 20,000 random texts', () => {
    const pieces = ['Mr. Smith went.', ' ', '  ', '\n', '\t', 'Hello!', '?', '...', '…', 'U.S.', 'e.g.', '"Quote."', '“Yes.”', '\u00a0', '\u200b', '$4.5 bn', 'A', 'b', '—', '.', ' .', 'Dr.', '(x).', '!!', '\r\n', '3.', 'No', '\u2028', '\ufeff', 'é', '🙂', '<b>', '{x}'];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const strip = (s: string) => s.replace(/\s+/g, '');
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let i = 1 + Math.floor(rnd() * 12); i > 0; i--) text += pieces[Math.floor(rnd() * pieces.length)];
      const out = splitSentences(text);
      for (const s of out) expect(text.includes(s), JSON.stringify(text)).toBe(true);
      expect(strip(out.join('')), JSON.stringify(text)).toBe(strip(text.trim()));
    }
  });
});
