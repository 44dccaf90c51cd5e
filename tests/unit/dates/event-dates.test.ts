import { describe, expect, it } from 'vitest';
import { inferEventDates } from '../../../src/dates/event-dates.ts';
import type { SourceDating } from '../../../src/dates/types.ts';
import { gold, shortId } from '../../helpers/gold.ts';
import { seedDocs } from '../../helpers/seed-sentences.ts';
import { doc, nonSeedDocs } from './helpers.ts';

const byShort = (datings: SourceDating[]) => new Map(datings.map((d) => [d.sourceId.slice(0, 3), d]));

describe('inferEventDates on the seeds', () => {
  const docs = seedDocs();
  const datings = byShort(inferEventDates(docs));
  const event = gold.corpus.event.date;
  const stated = gold.sources.filter((s) => s.published).map((s) => shortId(s.file));

  it('the dated source states the event date (its weekday read against its publication date)', () => {
    expect(stated.length).toBeGreaterThan(0);
    for (const id of ['002']) {
      expect(datings.get(id)).toMatchObject({ date: event, provenance: 'stated' });
      expect(datings.get(id)?.reference?.date).toBe(docs.find((d) => d.sourceId.startsWith(id))?.published);
    }
  });

  it('003 and 004 share its weekday and are inferred from it', () => {
    for (const id of ['003', '004']) {
      const d = datings.get(id);
      expect(d).toMatchObject({ date: event, provenance: 'inferred', via: 'weekday' });
      expect(d?.fromSource?.startsWith('002')).toBe(true);
      expect(d?.basis).toMatch(/Thursday/);
      expect(d?.reference?.date).toBe(event);
    }
  });

  it('000 and 001 name no day: the corpus event date, marked as such', () => {
    for (const id of ['000', '001']) {
      const d = datings.get(id);
      expect(d).toMatchObject({ date: event, provenance: 'inferred', via: 'shared-terms' });
      expect(d?.basis).toMatch(/names no day/);
      // The words it shares with the sentence it takes the day from, as written: 'Putin', not the stem 'putin'.
      expect(d?.basis).toMatch(/rare ones weighing more: .*\bPutin\b/);
      // It names the source it took the day from and itself, each after "source" for pages to name their outlets.
      expect(d?.reference?.basis).toMatch(new RegExp(`^event date taken from source 002\\w*, which tells the same story; source ${id}\\w* names no day$`));
    }
  });
});

describe('inferEventDates on non-seed articles', () => {
  const datings = new Map(inferEventDates(nonSeedDocs()).map((d) => [d.sourceId, d]));

  it('a dated article keeps its own dates (2019-03-14 is a Thursday; "on Monday" is 2019-03-11)', () => {
    expect(datings.get('harbour')).toMatchObject({ date: '2019-03-11', provenance: 'stated', reference: { date: '2019-03-14' } });
  });

  it('an undated article about another story does not borrow a date, even sharing nothing but a weekday pattern', () => {
    expect(datings.get('museum')).toMatchObject({ date: null, provenance: 'unknown', reference: null });
  });

  it('an undated follow-up with the same weekday and story is inferred', () => {
    expect(datings.get('harbour-followup')).toMatchObject({ date: '2019-03-11', provenance: 'inferred', via: 'weekday', fromSource: 'harbour' });
  });

  it('an undated report that names its own weekday never borrows a day on another weekday, however alike the words', () => {
    // Two mudslides in one valley with the same minister, 2023-10-01 (a Sunday) and 2024-03-12 (a Tuesday); only the second has a dated report.
    const text = (day: string) => `A mudslide in the Quiville valley of Loobesh killed 83 people on ${day}, Minister Lissha Quisen said. Heavy rain had fallen for three days before the mudslide.`;
    const [, other] = inferEventDates([doc('a', '2024-03-12', [text('Tuesday')]), doc('b', null, [text('Sunday')])]);
    expect(other).toMatchObject({ date: null, provenance: 'unknown' });
    const [, , sunday] = inferEventDates([doc('a', '2024-03-12', [text('Tuesday')]), doc('c', '2023-10-02', [text('Sunday')]), doc('b', null, [text('Sunday')])]);
    expect(sunday).toMatchObject({ date: '2023-10-01', provenance: 'inferred', fromSource: 'c' });
  });

  it('the same weekday alone is not enough', () => {
    const d = inferEventDates([
      doc('a', '2025-10-09', ['On Thursday, the central bank raised its main interest rate to 4.5 percent.']),
      doc('b', null, ['On Thursday, the football club unveiled its new stadium to supporters.']),
    ]);
    expect(d[1]).toMatchObject({ date: null, provenance: 'unknown' });
  });

  it('"yesterday" in a dated report is the day before publication, stated by the text', () => {
    const [d] = inferEventDates([doc('a', '2025-03-01', ['The mudslide that struck the valley yesterday killed nine people.'])]);
    expect(d).toMatchObject({ date: '2025-02-28', provenance: 'stated', via: 'text' });
    expect(d?.basis).toMatch(/'yesterday' read against the publication date 1 March 2025/);
  });

  it('"tomorrow" is no event day: the publication date stands, marked as such', () => {
    const [d] = inferEventDates([doc('a', '2025-03-01', ['Talks on the border will resume tomorrow in the capital.'])]);
    expect(d).toMatchObject({ date: '2025-03-01', via: 'publication' });
  });

  it('the same weekday and the same common words, but other names, are another event', () => {
    const dated = doc('a', '2024-02-17', ['The Harbour Workers Union called off its strike at Vela Shipping on Thursday, after 17 days, in return for a pay rise.']);
    const d = inferEventDates([dated, doc('b', null, ['The Metro Drivers Union called off its strike at City Transit on Thursday, after 17 days, in return for a pay rise.'])]);
    expect(d[1]).toMatchObject({ date: null, provenance: 'unknown' });
    const same = inferEventDates([dated, doc('c', null, ['Vela Shipping workers went back on Thursday after the union called off its 17-day strike in return for a pay rise.'])]);
    expect(same[1]).toMatchObject({ date: '2024-02-15', via: 'weekday', fromSource: 'a' });
  });

  it('words every report of every event uses weigh little: another disaster on the same weekday is another event', () => {
    // Forty other storms make "region", "killed", "people", "officials" and the country's name common words.
    const storms = Array.from({ length: 40 }, (_, i) => doc(`f${i}`, '2025-02-14', [`A storm in Loesh's District ${i + 1} region killed ${i + 3} people on Tuesday, officials said.`]));
    const flood = doc('a', '2024-09-06', ["A flood in Loesh's Loville region killed 110 people on Wednesday, officials said."]);
    const other = inferEventDates([flood, ...storms, doc('x', null, ["A landslide in Loesh's Lohulgrad region killed 79 people on Wednesday, officials said."])]);
    expect(other.at(-1)).toMatchObject({ date: null, provenance: 'unknown' });
    const same = inferEventDates([flood, ...storms, doc('y', null, ['The flood that hit Loville in Loesh on Wednesday killed at least 110 people in the region.'])]);
    expect(same.at(-1)).toMatchObject({ date: '2024-09-04', via: 'weekday', fromSource: 'a' });
  });

  it('another edition of the same series is another event, whatever else the two share', () => {
    const dated = doc('a', '2024-08-16', ['Leaders of five countries met in Tepol on Wednesday for the eighth summit of the Caspian Cooperation Council.']);
    const other = inferEventDates([dated, doc('b', null, ['Leaders of five countries met in Tepol on Wednesday for the second summit of the Caspian Cooperation Council.'])]);
    expect(other[1]).toMatchObject({ date: null, provenance: 'unknown' });
    const same = inferEventDates([dated, doc('c', null, ['The eighth Caspian Cooperation Council summit opened in Tepol on Wednesday with leaders of five countries.'])]);
    expect(same[1]).toMatchObject({ date: '2024-08-14', via: 'weekday', fromSource: 'a' });
  });

  it('an undated source stating a full date is dated by its own text', () => {
    const [d] = inferEventDates([doc('a', null, ['The treaty was signed on 14 March 2019 in Geneva.'])]);
    expect(d).toMatchObject({ date: '2019-03-14', provenance: 'stated', via: 'text' });
  });
});
