import { describe, expect, it } from 'vitest';
import { claimMarks, clauseSpans, quoteParts } from '../../../src/site/clause-spans.ts';

const sentence = 'The summit concluded with the adoption of a joint communiqué and a multi-year action plan designed to guide cooperation through 2027.';
const communique = 'The summit concluded with the adoption of a joint communiqué';
const plan = 'and a multi-year action plan designed to guide cooperation through 2027.';

describe('clause spans', () => {
  it('finds where each clause sits, in sentence order', () => {
    expect(clauseSpans(sentence, [plan])).toEqual([[sentence.indexOf(plan), sentence.length]]);
    expect(clauseSpans('Trade rose, officials said, and prices fell.', ['and prices fell.', 'Trade rose,'])).toEqual([[0, 11], [28, 44]]);
  });

  it('marks nothing when the clauses are the whole sentence, absent, or not in it', () => {
    expect(clauseSpans(sentence, [])).toBeNull();
    expect(clauseSpans(sentence, [`${communique} ${plan}`])).toBeNull();
    // What is left is punctuation: the clauses cover the sentence.
    expect(clauseSpans('“Trade rose,” he said.', ['“Trade rose,”', 'he said.'])).toBeNull();
    expect(clauseSpans(sentence, ['a clause of another sentence'])).toBeNull();
  });

  it('cuts the sentence into runs, the clauses marked, the words unchanged', () => {
    const parts = quoteParts(sentence, [plan]);
    expect(parts).toEqual([
      { text: `${communique} `, marked: false },
      { text: plan, marked: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(sentence);
    expect(quoteParts(sentence)).toEqual([{ text: sentence, marked: false }]);
  });

  it('marks the clauses a claim rests on, or else the event values its sentence states', () => {
    expect(claimMarks({ text: sentence, clauses: [plan], values: ['2027'] })).toEqual([plan]);
    // Clauses covering the whole sentence set nothing apart: the value the event claim rests on is marked.
    expect(claimMarks({ text: sentence, clauses: [communique, plan], values: ['2027'] })).toEqual(['2027']);
    expect(claimMarks({ text: sentence })).toBeUndefined();
  });
});
