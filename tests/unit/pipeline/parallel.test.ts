import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listSourceFiles, readManifest, readSourceFile } from '../../../src/ingest/index.ts';
import { SourceInputError } from '../../../src/model/errors.ts';
import type { RawSource } from '../../../src/model/types.ts';
import { processSources } from '../../../src/pipeline/corpus.ts';
import { JOBS } from '../../../src/pipeline/jobs.ts';
import { openPool, ThreadPool } from '../../../src/pipeline/parallel.ts';
import { sentenceNlp } from '../../../src/pipeline/sentence-nlp.ts';
import { analyseSentence } from '../../../src/pipeline/sentence-nlp.ts';
import { processRecord, type SourceResult } from '../../../src/pipeline/source-stage.ts';
import { takeTimings } from '../../../src/pipeline/timings.ts';
import { SEEDS_DIR } from '../../helpers/gold.ts';

const manifest = readManifest(SEEDS_DIR) ?? undefined;
const seeds = listSourceFiles(SEEDS_DIR).map((f) => readSourceFile(path.join(SEEDS_DIR, f), f, manifest));
// Ten sources (each seed twice under another id), so a worker gets batches too.
const raws: RawSource[] = [...seeds, ...seeds.map((r) => ({ ...r, id: `${r.id}-copy`, file: `copy-${r.file}` }))];
// The reference: every source processed here, one by one, every sentence parsed.
const processSource = (raw: RawSource): SourceResult => {
  const record = processRecord(raw);
  return { record, nlp: Object.fromEntries(record.sentences.map((s) => [s.text, analyseSentence(s.text)])) };
};
const serial = raws.map((r) => processSource(r));

describe('a thread pool', () => {
  const pool = new ThreadPool(1);
  afterAll(() => pool.close());

  it('gives the same records, in input order, as this thread alone, and the worker takes part', () => {
    let here = 0;
    const records = pool.map('record', raws, (r) => (here++, JOBS.record(r)));
    expect(records).toEqual(serial.map((s) => s.record));
    expect(here).toBeLessThan(raws.length);
  });

  it('gives the same sentence parses as this thread alone, reusing its workers for a second round', () => {
    const texts = [...new Set(serial.flatMap((s) => s.record.sentences.map((x) => x.text)))];
    let here = 0;
    const answers = pool.map('analyse', texts, (t) => (here++, JOBS.analyse(t)));
    expect(answers).toEqual(texts.map((t) => serial.find((s) => t in s.nlp)!.nlp[t]));
    expect(here).toBeLessThan(texts.length);
  });

  it('redoes an item a worker failed on here, so the caller sees the real input error', () => {
    // Index 1 is in the worker's first batch (it is sent before this thread takes any); the worker crashes on it.
    const bad = { ...raws[1]!, file: 'bad.txt', text: null as unknown as string };
    const tried: string[] = [];
    const local = (r: RawSource) => {
      tried.push(r.file);
      if (r.file === 'bad.txt') throw new SourceInputError('bad.txt', 'is not an article');
      return JOBS.record(r);
    };
    expect(() => pool.map('record', [raws[0]!, bad, ...raws.slice(2)], local)).toThrow(/bad\.txt: is not an article/);
    expect(tried).toContain('bad.txt');
  });
});

describe('processing sources across threads', () => {
  it('equals processing them one by one, and parses each distinct sentence once', () => {
    sentenceNlp.clear();
    takeTimings();
    expect(processSources(raws, { min: 2, threads: 2 })).toEqual(serial);
    const spans = takeTimings();
    // Every source was cleaned once, wherever it ran; the copies' sentences were not parsed again.
    for (const stage of ['clean', 'metadata', 'sentences']) expect(spans[stage]?.calls, stage).toBe(raws.length);
    const distinct = new Set(serial.flatMap((s) => s.record.sentences.map((x) => x.text))).size;
    expect(spans.parses?.calls).toBe(distinct);
  });

  it('does not parse sentences already known (from cached sources)', () => {
    sentenceNlp.clear();
    sentenceNlp.add(serial.slice(0, 5).flatMap((s) => Object.entries(s.nlp)));
    takeTimings();
    // The copies repeat the seeds word for word: nothing is left to parse.
    expect(processSources(raws.slice(5), { min: 2, threads: 2 })).toEqual(serial.slice(5));
    expect(takeTimings().parses).toBeUndefined();
  });

  it('stays on this thread for few sources', () => {
    expect(openPool(3, { threads: 2 })).toBeNull();
    const pool = openPool(8, { threads: 2, min: 2 });
    expect(pool).toBeInstanceOf(ThreadPool);
    pool?.close();
  });
});
