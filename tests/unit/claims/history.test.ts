import { describe, expect, it } from 'vitest';
import { HISTORY_YEARS, isHistory, yearOf } from '../../../src/claims/history.ts';

describe('history', () => {
  it('reads the year of an ISO date, or none', () => {
    expect(yearOf('2025-10-09')).toBe(2025);
    expect(yearOf('2025-10-09T08:00:00Z')).toBe(2025);
    expect(yearOf(null)).toBeNull();
    expect(yearOf('unknown')).toBeNull();
  });
  it(`is years all ${HISTORY_YEARS} or more before publication; last year is news`, () => {
    expect(isHistory([2014], '2025-03-02')).toBe(true);
    expect(isHistory([2023], '2025-03-02')).toBe(true);
    expect(isHistory([2024], '2025-03-02')).toBe(false);
    expect(isHistory([2014, 2025], '2025-03-02')).toBe(false);
    expect(isHistory([], '2025-03-02')).toBe(false);
    expect(isHistory([2014], null)).toBe(false);
  });
});
