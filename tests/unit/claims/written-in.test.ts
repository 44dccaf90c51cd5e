import { describe, expect, it } from 'vitest';
import { writtenIn } from '../../../src/claims/summary.ts';

describe('writtenIn', () => {
  it('finds a value as the sentence writes it, whole words only', () => {
    expect(writtenIn('On Thursday, leaders met in Velm.', 'thursday')).toBe('Thursday');
    expect(writtenIn('On Thursday, leaders met in Velm.', 'Thursday (2025-10-09)')).toBe('Thursday');
    expect(writtenIn('Trade reached $45 billion last year.', '$45 billion')).toBe('$45 billion');
    expect(writtenIn('The two-day event opened.', 'two-day')).toBe('two-day');
    expect(writtenIn('A secondary school reopened, then the second summit.', 'second')).toBe('second');
  });

  it('gives null for a value the sentence does not write', () => {
    expect(writtenIn('A secondary school reopened.', 'second')).toBeNull();
    expect(writtenIn('Leaders met on 9 October.', '2025-10-09')).toBeNull();
    expect(writtenIn('Leaders met.', '')).toBeNull();
    expect(writtenIn('Costs (in $) rose.', '(in $)')).toBe('(in $)');
  });
});
