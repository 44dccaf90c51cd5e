import { describe, expect, it } from 'vitest';
import { claimExcerpt, excerptCuts } from '../../../src/site/excerpt.ts';

describe('excerptCuts', () => {
  const s = 'Millions of workers send remittances home, but tightened migrant controls after a deadly attack last year ripple through those economies.';

  it('marks words cut before and after a window, not punctuation', () => {
    expect(excerptCuts('tightened migrant controls after a deadly attack last year', [s])).toEqual({ before: true, after: true });
    expect(excerptCuts('tightened migrant controls after a deadly attack last year ripple through those economies', [s])).toEqual({ before: true, after: false });
    expect(excerptCuts('Millions of workers send remittances home', [s])).toEqual({ before: false, after: true });
    expect(excerptCuts('“The summit ended on Friday', ['“The summit ended on Friday.”'])).toEqual({ before: false, after: false });
  });

  it('uses the first sentence holding the label, and claims no cut when none does', () => {
    expect(excerptCuts('the talks', ['Nothing here.', 'Later the talks resumed.'])).toEqual({ before: true, after: true });
    expect(excerptCuts('absent', ['Nothing here.'])).toEqual({ before: false, after: false });
  });
});

describe('claimExcerpt', () => {
  const text = 'The summit concluded with the adoption of a joint communiqué and a multi-year action plan designed to guide cooperation through 2027.';

  it('labels a claim by the clauses it rests on, with an ellipsis where the sentence goes on', () => {
    expect(claimExcerpt({ text, clauses: ['The summit concluded with the adoption of a joint communiqué'] })).toEqual({
      text: 'The summit concluded with the adoption of a joint communiqué',
      before: false,
      after: true,
    });
    expect(claimExcerpt({ text, clauses: ['and a multi-year action plan designed to guide cooperation through 2027.'] })).toEqual({
      text: 'and a multi-year action plan designed to guide cooperation through 2027.',
      before: true,
      after: false,
    });
  });

  it('gives a clause of a few words the words before it, whole', () => {
    const drugs = 'Putin reiterated his commitment to supporting the region in combating extremism, drug trafficking, and organized crime.';
    const x = claimExcerpt({ text: drugs, clauses: ['drug trafficking,'] });
    expect(x.text).toBe('in combating extremism, drug trafficking,');
    expect(x.text.length).toBeGreaterThanOrEqual(40);
    expect(drugs).toContain(x.text);
    expect(x).toMatchObject({ before: true, after: true });
  });

  it('falls back to the sentence, cut at a word within the length', () => {
    const whole = claimExcerpt({ text }, 60);
    expect(whole.text).toBe('The summit concluded with the adoption of a joint');
    expect(whole).toMatchObject({ before: false, after: true });
    expect(claimExcerpt({ text, clauses: ['not in this sentence'] }, 200).text).toBe(text);
    expect(claimExcerpt({ text: 'Trade rose.' })).toEqual({ text: 'Trade rose.', before: false, after: false });
  });
});
