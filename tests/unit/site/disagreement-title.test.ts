import { describe, expect, it } from 'vitest';
import { disagreementTitle } from '../../../src/site/disagreement-title.ts';

describe('disagreementTitle', () => {
  it('says which aspect of an event sources disagree on, in words', () => {
    expect(disagreementTitle({ kind: 'duration', about: 'summit: length' })).toBe('Sources disagree on how long the summit lasted');
    expect(disagreementTitle({ kind: 'date', about: 'summit: day' })).toBe('Sources disagree on the day of the summit');
    expect(disagreementTitle({ kind: 'weekday', about: 'strike: day' })).toBe('Sources disagree on the day of the strike');
    expect(disagreementTitle({ kind: 'edition', about: 'summit: edition' })).toBe('Sources disagree on which summit this was');
  });

  it('names a figure by the words that say what it measures', () => {
    expect(disagreementTitle({ kind: 'number', about: 'death toll flood struck, 2025' })).toBe('Sources give different figures: death toll flood struck, 2025');
    expect(disagreementTitle({ kind: 'percent', about: 'turnout' })).toBe('Sources give different percentages: turnout');
    expect(disagreementTitle({ kind: 'year', about: 'plan' })).toBe('Sources give different years: plan');
  });
});
