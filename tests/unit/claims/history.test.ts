import { describe, expect, it } from 'vitest';
import { HISTORY_YEARS, historyApart, isHistory, yearOf } from '../../../src/claims/history.ts';
import { anchorsOf } from '../../../src/claims/anchors.ts';

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
  it('sets a sentence dated only to history apart from one that names no year, not from one dated to that year', () => {
    const texts = [
      'In 2016, a similar flood killed 29 people in the region.',
      'A flood killed 29 people in the region on Tuesday.',
      'Trade reached $23.1 billion in 2022.',
      'Trade reached $23.1 billion last year.',
      'A similar flood killed 29 people in the region in 2016.',
    ];
    const apart = historyApart(texts.map(anchorsOf), () => '2024-06-10');
    expect(apart(0, 1)).toBe(true);
    expect(apart(1, 0)).toBe(true);
    // Last year (2023) is not 2022.
    expect(apart(2, 3)).toBe(true);
    expect(apart(0, 4)).toBe(false);
    expect(historyApart(texts.map(anchorsOf), () => null)(0, 1)).toBe(false);
  });
});
