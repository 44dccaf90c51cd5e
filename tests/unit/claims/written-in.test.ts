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

  it('finds a day as the sentence writes its date, with or without the year', () => {
    expect(writtenIn('The summit opened in Zangrad on October 28, 2023.', 'Saturday (2023-10-28)')).toBe('October 28, 2023');
    expect(writtenIn('Leaders met in Zangrad on 4 July 2024 for the summit.', '2024-07-04')).toBe('4 July 2024');
    expect(writtenIn('Leaders met in Zangrad on 4 July for the summit.', '2024-07-04')).toBe('4 July');
    expect(writtenIn('Leaders met in Zangrad on 5 July for the summit.', '2024-07-04')).toBeNull();
    expect(writtenIn('ZANGRAD, Oct 28 (Ka Agency) - The summit opened on October 28, 2023.', '2023-10-28')).toBe('October 28, 2023');
  });

  it('gives null for a value the sentence does not write', () => {
    expect(writtenIn('A secondary school reopened.', 'second')).toBeNull();
    expect(writtenIn('Leaders met on Friday.', '2025-10-09')).toBeNull();
    expect(writtenIn('Leaders met.', '')).toBeNull();
    expect(writtenIn('Costs (in $) rose.', '(in $)')).toBe('(in $)');
  });
});
