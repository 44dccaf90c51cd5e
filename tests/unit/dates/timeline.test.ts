import { describe, expect, it } from 'vitest';
import { inferEventDates } from '../../../src/dates/event-dates.ts';
import { buildTimeline, formatWhen, statedDays } from '../../../src/dates/timeline.ts';
import { DETERMINER, MAX_WORDS } from '../../../src/dates/label.ts';
import type { DatedDoc, Timeline, TimelineEvent } from '../../../src/dates/types.ts';
import { gold } from '../../helpers/gold.ts';
import { seedDocs } from '../../helpers/seed-sentences.ts';
import { doc, nonSeedDocs } from './helpers.ts';
import { nameWords } from '../../../src/claims/index.ts';

const short = (id: string) => id.slice(0, 3);
const sentenceText = (docs: readonly DatedDoc[], sourceId: string, sentenceId: string) =>
  docs.find((d) => d.sourceId === sourceId)?.sentences.find((s) => s.id === sentenceId)?.text ?? '';
const citedText = (docs: readonly DatedDoc[], e: TimelineEvent) => e.citations.map((c) => sentenceText(docs, c.sourceId, c.sentenceId)).join(' ');

/** Pair each gold event with a distinct timeline event of the same date and precision citing at least its sources. */
function matchGold(events: TimelineEvent[]): (TimelineEvent | null)[] {
  const expected = gold.corpus.timeline.expected;
  const fits = (g: (typeof expected)[number], e: TimelineEvent) =>
    formatWhen(e.date) === g.when && e.date.precision === g.precision && g.sources.every((s) => e.sourceIds.some((id) => short(id) === s));
  const chosen: (TimelineEvent | null)[] = expected.map(() => null);
  const assign = (i: number, used: Set<TimelineEvent>): boolean => {
    const g = expected[i];
    if (!g) return true;
    for (const e of events) {
      if (used.has(e) || !fits(g, e)) continue;
      chosen[i] = e;
      if (assign(i + 1, new Set([...used, e]))) return true;
    }
    chosen[i] = null;
    return false;
  };
  assign(0, new Set());
  return chosen;
}

describe('buildTimeline on the seeds', () => {
  const docs = seedDocs();
  const timeline = buildTimeline(docs, inferEventDates(docs));

  it('has each gold event, with the gold date, precision and at least the gold sources', () => {
    const matched = matchGold(timeline.events);
    gold.corpus.timeline.expected.forEach((g, i) => {
      expect(matched[i], `${g.when} ${g.precision}: ${g.what}`).not.toBeNull();
    });
  });

  it('keeps the trade figure and the attack apart, and the summit apart from its communiqué', () => {
    const y2024 = timeline.events.filter((e) => formatWhen(e.date) === '2024' && e.date.precision === 'year');
    expect(y2024).toHaveLength(2);
    expect(y2024.filter((e) => /\$45 billion/.test(citedText(docs, e)) && !/attack/.test(citedText(docs, e)))).toHaveLength(1);
    expect(y2024.filter((e) => /attack/.test(citedText(docs, e)))).toHaveLength(1);

    const day = timeline.events.filter((e) => formatWhen(e.date) === gold.corpus.event.date);
    const communique = day.filter((e) => e.citations.every((c) => /communiq/i.test(sentenceText(docs, c.sourceId, c.sentenceId))));
    expect(communique).toHaveLength(1);
    expect(day.filter((e) => /summit/i.test(e.label) && !communique.includes(e))).toHaveLength(1);
  });

  it('contains none of the forbidden dates', () => {
    const dates = timeline.events.flatMap((e) => [e.date.start, e.date.end ?? '']);
    for (const f of gold.corpus.timeline.forbidden) expect(dates.filter((d) => d.startsWith(f.when))).toEqual([]);
  });

  it('labels are verbatim words of a cited sentence, at most MAX_WORDS (+1 for an opening determiner)', () => {
    for (const e of timeline.events) {
      expect(e.citations.some((c) => sentenceText(docs, c.sourceId, c.sentenceId).includes(e.label)), e.label).toBe(true);
      expect(e.label.split(/\s+/).length, e.label).toBeLessThanOrEqual(MAX_WORDS + (DETERMINER.test(e.label.split(' ')[0]!) ? 1 : 0));
    }
  });

  it('is sorted chronologically with unique, stable ids', () => {
    const starts = timeline.events.map((e) => e.date.start);
    expect([...starts].sort()).toEqual(starts);
    const ids = timeline.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(buildTimeline(docs, inferEventDates(docs)).events.map((e) => e.id)).toEqual(ids);
  });

  it('every citation points at an input sentence, and each mention says how it was dated', () => {
    for (const e of timeline.events) {
      for (const c of e.citations) expect(sentenceText(docs, c.sourceId, c.sentenceId)).not.toBe('');
      expect(e.mentions.length).toBeGreaterThanOrEqual(e.citations.length);
      for (const m of e.mentions) expect(m.basis).not.toBe('');
      expect(e.sourceIds).toEqual([...new Set(e.citations.map((c) => c.sourceId))].sort());
    }
  });
});

describe('buildTimeline reads sentences only', () => {
  it('page furniture carried next to the sentences cannot reach the timeline', () => {
    const docs = seedDocs();
    const furniture = ['date 10 November 2025', 'Established in December 2008', 'Read also: events of 1965'];
    // Anything a doc carries besides `sentences` (raw text, removed lines) is invisible to the builder.
    const dirty = docs.map((d) => ({ ...d, text: furniture.join('\n'), removed: furniture.map((text, line) => ({ line, text, rule: 'test' })) }));
    const clean = buildTimeline(docs, inferEventDates(docs));
    const withFurniture: Timeline = buildTimeline(dirty, inferEventDates(dirty));
    expect(withFurniture).toEqual(clean);
  });

  it('the same furniture as a sentence would be dated: the guarantee is the cleaner, so the builder takes Sentence[] only', () => {
    const t = buildTimeline([doc('x', null, ['Established in December 2008.'])], inferEventDates([doc('x', null, [])]));
    expect(t.events.map((e) => e.date.start)).toEqual(['2008-12']);
  });
});

describe('buildTimeline on an undated report of a dated story', () => {
  const docs = [
    doc('dated', '2024-09-29', ['A flood struck Risabad in Quiland on Saturday, killing 11 people, the emergency ministry said.']),
    doc('undated', null, ['The flood that struck Risabad in Quiland yesterday killed 11 people, the emergency ministry said.']),
  ];
  const datings = inferEventDates(docs);
  const timeline = buildTimeline(docs, datings);

  it('takes the story day as its event day, but does not count its yesterday from that day', () => {
    expect(datings.find((d) => d.sourceId === 'undated')).toMatchObject({ date: '2024-09-28', provenance: 'inferred' });
    expect(timeline.events.some((e) => e.mentions.some((m) => m.sourceId === 'undated' && m.text === 'yesterday'))).toBe(false);
    const left = timeline.unresolved.find((u) => u.sourceId === 'undated');
    expect(left).toMatchObject({ text: 'yesterday', kind: 'relative' });
    expect(left?.reason).toMatch(/counts from the day it was written; undated has no publication date, and its event day 2024-09-28 is not that day/);
  });
});

describe('buildTimeline over several stories', () => {
  const docs = [
    doc('a1', '2023-01-22', ['Leaders of five countries met in Drakoville on January 21, 2023.', 'Quiland, home to some 46 million people, became independent in 1995.']),
    doc('a2', '2023-01-22', ['Leaders of five countries met in Drakoville on January 21, 2023, the foreign ministry said.', 'Quiland became independent in 1995.']),
    doc('b1', '2023-01-22', ['Leaders of four countries met in Velm on January 21, 2023.', 'Norland, home to some 5 million people, became independent in 1995.']),
  ];
  const datings = inferEventDates(docs);
  const storyOf = (id: string) => (id.startsWith('a') ? 'a1' : 'b1');
  const sourcesOn = (t: ReturnType<typeof buildTimeline>, start: string) => t.events.filter((e) => e.date.start === start).map((e) => e.sourceIds);

  it('merges same-day mentions of two stories without stories (the failure this prevents)', () => {
    expect(sourcesOn(buildTimeline(docs, datings), '2023-01-21')).toEqual([['a1', 'a2', 'b1']]);
  });

  it('makes one entry of a background fact restated word for word in two stories, but not of a day or a nameless fact', () => {
    const same = (id: string, published: string) =>
      doc(id, published, [
        'Quiland, home to some 46 million people, became independent in 1995.',
        'Leaders of five countries met in Velm, the capital of Quiland, on 21 January 2023.',
        'The national currency lost 7 percent of its value in 2022.',
        'Officials expected the economy to grow 3 percent in 2021.',
        'Prices rose, officials said.',
      ]);
    const two = [same('a', '2023-01-22'), same('b', '2023-01-22')];
    const isName = nameWords(two.flatMap((d) => d.sentences));
    const t = buildTimeline(two, inferEventDates(two), { storyOf: (id) => id, isName });
    expect(sourcesOn(t, '1995')).toEqual([['a', 'b']]);
    expect(sourcesOn(t, '2023-01-21')).toEqual([['a'], ['b']]);
    // "Officials" opens its sentence and the corpus writes "officials" too: it names no one.
    expect(sourcesOn(t, '2021')).toEqual([['a'], ['b']]);
    expect(sourcesOn(t, '2022')).toEqual([['a'], ['b']]);
    // Without the corpus test, a capitalised first word is not taken for a name.
    expect(sourcesOn(buildTimeline(two, inferEventDates(two), { storyOf: (id) => id }), '1995')).toEqual([['a'], ['b']]);
  });

  it('never merges mentions of different stories, and still merges within one', () => {
    const t = buildTimeline(docs, datings, { storyOf });
    expect(sourcesOn(t, '2023-01-21')).toEqual([['a1', 'a2'], ['b1']]);
    expect(sourcesOn(t, '1995')).toEqual([['a1', 'a2'], ['b1']]);
    expect(new Set(t.events.map((e) => e.id)).size).toBe(t.events.length);
  });
});

describe('statedDays', () => {
  it('gives the one days sentences state, not weeks, bounds or event dates lent to them', () => {
    const docs = [doc('x', '2023-11-09', ['The strike ended on Thursday.', 'Members will vote on the deal next week.', 'The union wants a deal by Friday.', 'The strike concluded with a vote.'])];
    const days = statedDays(buildTimeline(docs, inferEventDates(docs)));
    expect(days).toEqual([['x#s-0', '2023-11-09']]);
  });
});

describe('buildTimeline on a non-seed article', () => {
  const docs = nonSeedDocs();
  const timeline = buildTimeline(docs, inferEventDates(docs));
  const find = (sourceId: string, text: string) =>
    timeline.events.find((e) => e.mentions.some((m) => m.sourceId === sourceId && m.text === text));

  it('resolves against its own date, not the seed corpus: Monday → 2019-03-11, last year → 2018', () => {
    expect(find('harbour', 'on Monday')?.date).toEqual({ start: '2019-03-11', precision: 'day' });
    expect(find('harbour', 'last year')?.date).toEqual({ start: '2018', precision: 'year' });
    expect(find('harbour', 'between 2015 and 2018')?.date).toEqual({ start: '2015', end: '2018', precision: 'year-range' });
    expect(find('harbour', 'by 2030')?.date).toEqual({ start: '2030', precision: 'year', bound: 'by' });
  });

  it('merges the follow-up into the same Monday event', () => {
    expect(find('harbour', 'on Monday')?.sourceIds).toEqual(['harbour', 'harbour-followup']);
  });

  it('exposes what it cannot resolve instead of dropping it', () => {
    expect(timeline.unresolved.map((u) => [u.sourceId, u.text, u.kind])).toEqual([
      ['museum', 'on Thursday', 'weekday'],
      ['museum', 'next month', 'relative'],
    ]);
    // The decade needs no reference, so it is on the timeline even for the undated museum piece.
    expect(find('museum', 'the 1890s')?.date).toEqual({ start: '1890', end: '1899', precision: 'decade' });
  });
});
