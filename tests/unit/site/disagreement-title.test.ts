import { describe, expect, it } from 'vitest';
import { disagreementTitle } from '../../../src/site/disagreement-title.ts';

describe('disagreementTitle', () => {
  it('says which aspect of an event sources disagree on, in words', () => {
    expect(disagreementTitle({ kind: 'duration', subject: { event: 'summit', aspect: 'length' } })).toBe('Sources disagree on how long the summit lasted');
    expect(disagreementTitle({ kind: 'date', subject: { event: 'summit', aspect: 'day' } })).toBe('Sources disagree on the day of the summit');
    expect(disagreementTitle({ kind: 'weekday', subject: { event: 'strike', aspect: 'day' } })).toBe('Sources disagree on the day of the strike');
    expect(disagreementTitle({ kind: 'edition', subject: { event: 'summit', aspect: 'edition' } })).toBe('Sources disagree on which summit this was');
  });

  it('quotes the words of a source that say what a figure measures, with the time it refers to', () => {
    const subject = { words: ['death', 'toll', 'flood', 'struck'], phrase: 'death toll from the flood that struck', time: '2025' };
    expect(disagreementTitle({ kind: 'number', subject })).toBe('Sources give different figures for “death toll from the flood that struck” (2025)');
    expect(disagreementTitle({ kind: 'percent', subject: { words: ['turnout'], phrase: 'turnout', time: null } })).toBe('Sources give different percentages for “turnout”');
  });

  it('lists the shared words when they make no short phrase, and only the time when there are none', () => {
    expect(disagreementTitle({ kind: 'year', subject: { words: ['plan', 'completed'], phrase: null, time: null } })).toBe('Sources give different years: plan completed');
    expect(disagreementTitle({ kind: 'number', subject: { words: [], phrase: null, time: 'last year' } })).toBe('Sources give different figures (last year)');
  });
});
