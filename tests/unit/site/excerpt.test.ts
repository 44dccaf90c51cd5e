import { describe, expect, it } from 'vitest';
import { excerptCuts } from '../../../src/site/excerpt.ts';

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
