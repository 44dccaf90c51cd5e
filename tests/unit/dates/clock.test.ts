import { afterEach, describe, expect, it, vi } from 'vitest';
import { inferEventDates } from '../../../src/dates/event-dates.ts';
import { findTemporalExpressions } from '../../../src/dates/find.ts';
import { resolve } from '../../../src/dates/resolve.ts';
import { buildTimeline } from '../../../src/dates/timeline.ts';
import { seedDocs } from '../../helpers/seed-sentences.ts';
import { nonSeedDocs } from './helpers.ts';

/** Everything the stage produces for the seeds and the non-seed fixture, plus a few direct resolutions. */
function everything() {
  const docs = [...seedDocs(), ...nonSeedDocs()];
  const datings = inferEventDates(docs);
  const direct = ['It opened on October 9.', 'On Thursday it closed.', 'It grew last year.', 'They will meet on Friday.', 'It reopens next month.']
    .map((s) => findTemporalExpressions(s)[0])
    .map((e) => e && resolve(e, { date: '2025-10-09', basis: 'test' }));
  return { datings, timeline: buildTimeline(docs, datings), direct };
}

describe('no dependence on the machine clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same results when the system time is another year', () => {
    const real = everything();
    for (const now of ['1999-02-03T10:00:00Z', '2031-12-31T23:59:59Z']) {
      vi.useFakeTimers();
      vi.setSystemTime(new Date(now));
      expect(new Date().getUTCFullYear()).toBe(Number(now.slice(0, 4)));
      expect(everything()).toEqual(real);
      vi.useRealTimers();
    }
  });
});
