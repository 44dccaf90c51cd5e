import { describe, expect, it } from 'vitest';
import { measuredPhrase } from '../../../src/claims/figure-phrase.ts';
import { stem } from '../../../src/claims/text.ts';

const stems = (...words: string[]) => new Set(words.map(stem));

describe('measuredPhrase', () => {
  it('cuts the clause from the first to the last word that says what is measured, the figure elided', () => {
    expect(measuredPhrase('The ministry said 900 emergency workers had been deployed.', stems('ministry', 'emergency', 'workers', 'deployed'), '900')).toBe('ministry said … emergency workers had been deployed');
    expect(measuredPhrase('The national currency lost 5 percent of its value against the dollar last year.', stems('national', 'currency', 'lost', 'against'), '5 percent')).toBe('national currency lost … of its value against');
  });

  it('keeps the words between as the source writes them, the figure outside left alone', () => {
    expect(measuredPhrase("The death toll from the flood that struck Ten on Tuesday rose to 10, the ministry said.", stems('death', 'toll', 'flood', 'struck'), '10')).toBe('death toll from the flood that struck');
    expect(measuredPhrase('Turnout was 47 percent.', stems('turnout'), '47 percent')).toBe('Turnout');
  });

  it('gives none when the words are scattered over the clause, absent, or the clause cannot be cut verbatim', () => {
    const long = 'Trade between the member states, which the council said had weathered the crisis of the previous years, reached $25.8 billion.';
    expect(measuredPhrase(long, stems('trade', 'reached'), '$25.8 billion')).toBeNull();
    expect(measuredPhrase('Turnout was 47 percent.', stems('deployed'), '47 percent')).toBeNull();
    // "ﬁ" folds to two letters: offsets in the folded text no longer fall on the clause.
    expect(measuredPhrase('The ﬁnal toll rose to 12.', stems('final', 'toll'), '12')).toBeNull();
  });
});
