import { describe, expect, it } from 'vitest';
import { auditFacts, figuresOf } from '../../../scripts/bench/audit-facts.ts';
import type { GeneratedSource } from '../../../scripts/bench/corpus/index.ts';

// Three sources of one flood: fact e1/0 (the toll) and e1/1 (the shelters), in their own words.
const said = {
  a: [
    ['FLOODTOWN, Mar 2 (Wire) - At least 9 people were killed when a flood hit Floodtown on Friday.', 'e1/0'],
    ['Some 3,500 residents have been moved to temporary shelters.', 'e1/1'],
  ],
  b: [
    ['A flood in the Floodtown region killed nine people on 28 February, officials said.', 'e1/0'],
    ['About 3500 people were forced from their homes.', 'e1/1'],
  ],
  c: [['The death toll from the flood that struck Floodtown rose to 11, the ministry said.', 'e1/0']],
};
const truth = Object.entries(said).map(([id, st]) => ({ file: `${id}.txt`, statements: st.map(([text, fact]) => ({ text, fact })) }) as GeneratedSource);
const sources = ['a', 'b', 'c'].map((id) => ({ id, file: `${id}.txt` }));
const quote = (sourceId: keyof typeof said, k: number) => ({ sourceId, text: (said[sourceId][k] as string[])[0] as string });

describe('figuresOf', () => {
  it('keeps the figures a sentence gives, in digits, and leaves dates and years out', () => {
    expect(figuresOf('A flood killed nine people on 28 February 2025, officials said.')).toBe('9');
    expect(figuresOf('Some 3,500 residents were moved on March 2.')).toBe('3500');
    expect(figuresOf('The toll rose to 11.')).toBe('11');
    expect(figuresOf('Nine people died in Ten, the capital.')).toBe('9');
    expect(figuresOf('The quake had a magnitude of 7.2.')).toBe('7p2');
  });
});

describe('auditFacts', () => {
  it('scores claims against the facts the generator wrote, figures apart', () => {
    const f = auditFacts(
      {
        sources,
        claims: [
          // The toll of nine, from a (dateline dropped by the build) and b: right. c's 11 is another figure: its own claim.
          { supports: [{ sourceId: 'a', text: 'At least 9 people were killed when a flood hit Floodtown on Friday.' }, quote('b', 0)] },
          { supports: [quote('c', 0)] },
          // The shelters from a, wrongly with b's toll; b's shelters alone.
          { supports: [quote('a', 1), quote('b', 0)] },
          { supports: [quote('b', 1)] },
        ],
      },
      truth,
    );
    // Known facts with figures quoted by two sources: toll|9 (a, b) and shelters|3500 (a, b); only the first is gathered.
    expect(f).toEqual({ facts: 2, gathered: 1, pairPrecision: 1 / 2, pairRecall: 1 / 2, otherFigures: 0 });
  });

  it('counts a claim citing one fact with two figures, and leaves event claims out', () => {
    const toll9 = { sourceId: 'a', text: 'At least 9 people were killed when a flood hit Floodtown on Friday.' };
    const f = auditFacts({ sources, claims: [{ supports: [toll9, quote('c', 0)] }, { basis: 'event', supports: [quote('b', 0), quote('c', 0)] }] }, truth);
    expect(f.otherFigures).toBe(1);
    expect(f.pairPrecision).toBe(1);
  });
});
