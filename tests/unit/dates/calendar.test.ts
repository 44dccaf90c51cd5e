import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/dates/calendar.ts';

describe('daysBetween', () => {
  it('counts whole days either way, across months, leap days and years', () => {
    expect(daysBetween('2025-10-09', '2025-10-16')).toBe(7);
    expect(daysBetween('2025-10-16', '2025-10-09')).toBe(7);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-10-09', '2025-10-09')).toBe(0);
  });

  it('refuses what is not a calendar day, naming it', () => {
    expect(() => daysBetween('2025-02-30', '2025-03-01')).toThrow('2025-02-30');
  });
});
