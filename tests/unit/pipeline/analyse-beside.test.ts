import { afterAll, describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../../src/pipeline/analyse.ts';
import { datesStage } from '../../../src/pipeline/dates-stage.ts';
import { ThreadPool } from '../../../src/pipeline/parallel.ts';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { reportChecksOf, sentenceNlp } from '../../../src/pipeline/sentence-nlp.ts';
import { takeTimings } from '../../../src/pipeline/timings.ts';
import { SEEDS_DIR } from '../../helpers/gold.ts';

// The dates stage runs on its own thread beside the claims for large corpora; the analysis must not change.
const { records, config, analysis } = runPipeline(SEEDS_DIR, `${SEEDS_DIR}/..`);
const docs = records.map((r) => ({ sourceId: r.raw.id, published: r.meta.published.value, sentences: r.sentences }));
const names = records.map((r) => analysis.entities.filter((e) => e.sources.includes(r.raw.id)).map((e) => e.id));

describe('the dates stage beside the claims', () => {
  it('gives the same analysis with its own thread as without', () => {
    takeTimings();
    const { writtenOn, ...beside } = analyseCorpus(records, config, { datesBesideMin: 1 });
    const { writtenOn: writtenHere, ...here } = analysis;
    expect(beside).toEqual(here);
    const ids = records.map((r) => r.raw.id);
    expect(ids.map(writtenOn)).toEqual(ids.map(writtenHere));
    expect(ids.map(writtenOn).filter(Boolean).length).toBeGreaterThan(0);
    expect(beside.timeline.events.length).toBeGreaterThan(0);
    // The thread's time is not added to this thread's dates time a second time.
    expect(takeTimings().dates?.calls).toBe(2);
  });

  it('answers the report checks from sent answers as the shared parses do', () => {
    const texts = records.flatMap((r) => r.sentences.map((s) => s.text));
    const sent = sentenceNlp.eventNouns(texts);
    expect(sent.length).toBeGreaterThan(0);
    expect(datesStage(docs, names, reportChecksOf(sent))).toEqual(datesStage(docs, names, sentenceNlp.reportChecks));
  });
});

describe('one item started on a helper', () => {
  const pool = new ThreadPool(1);
  afterAll(() => pool.close());

  it('returns the helper result, and the helper sits out a map while busy', () => {
    const texts = records.flatMap((r) => r.sentences.map((s) => s.text));
    const wait = pool.start('dates', { docs, names, eventNouns: sentenceNlp.eventNouns(texts) });
    let here = 0;
    // While the helper is busy, a map runs on this thread alone.
    const parses = pool.map('analyse', texts.slice(0, 3), (t) => (here++, sentenceNlp.get(t)));
    expect(here).toBe(3);
    expect(parses).toHaveLength(3);
    expect(wait()).toEqual({ eventDates: analysis.eventDates, stories: analysis.stories, timeline: analysis.timeline });
  });

  it('redoes the item here when the helper fails on it', () => {
    // A doc the worker cannot read (no sentences list) makes the job throw there; here too, with the same error.
    const bad = [{ sourceId: 'x', published: null, sentences: null as unknown as [] }];
    const wait = pool.start('dates', { docs: bad, names: [[]], eventNouns: [] });
    expect(() => wait()).toThrow(TypeError);
  });
});
