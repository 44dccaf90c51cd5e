import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSourceFiles, readManifest, readSourceFile } from '../../../src/ingest/index.ts';
import { SourceInputError } from '../../../src/model/errors.ts';
import type { RawSource } from '../../../src/model/types.ts';
import { processAll } from '../../../src/pipeline/parallel.ts';
import { processSource } from '../../../src/pipeline/source-stage.ts';
import { takeTimings } from '../../../src/pipeline/timings.ts';
import { SEEDS_DIR } from '../../helpers/gold.ts';

const manifest = readManifest(SEEDS_DIR) ?? undefined;
const seeds = listSourceFiles(SEEDS_DIR).map((f) => readSourceFile(path.join(SEEDS_DIR, f), f, manifest));
// Ten sources (each seed twice under another id), so a worker gets batches too.
const raws: RawSource[] = [...seeds, ...seeds.map((r) => ({ ...r, id: `${r.id}-copy`, file: `copy-${r.file}` }))];

describe('processing sources across threads', () => {
  it('gives the same results, in input order, as processing them one by one here', () => {
    let here = 0;
    const serial = raws.map((r) => processSource(r));
    const parallel = processAll(raws, (r) => (here++, processSource(r)), { min: 2, threads: 2 });
    expect(parallel).toEqual(serial);
    // The worker took part: this thread did not process everything itself.
    expect(here).toBeLessThan(raws.length);
  });

  it('adds the stage times measured on worker threads to the calling thread', () => {
    takeTimings();
    let here = 0;
    processAll(raws, (r) => (here++, processSource(r)), { min: 2, threads: 2 });
    const spans = takeTimings();
    // Every source was cleaned once, wherever it ran.
    for (const stage of ['clean', 'metadata', 'sentences', 'parses']) expect(spans[stage]?.calls, stage).toBe(raws.length);
    expect(here).toBeLessThan(raws.length);
  });

  it('redoes a source a worker failed on here, so the caller sees the real input error', () => {
    // Index 1 is in the worker's first batch (it is sent before this thread takes any); the worker crashes on it.
    const bad = { ...raws[1]!, file: 'bad.txt', text: null as unknown as string };
    const tried: string[] = [];
    const local = (r: RawSource) => {
      tried.push(r.file);
      if (r.file === 'bad.txt') throw new SourceInputError('bad.txt', 'is not an article');
      return processSource(r);
    };
    expect(() => processAll([raws[0]!, bad, ...raws.slice(2)], local, { min: 2, threads: 2 })).toThrow(/bad\.txt: is not an article/);
    expect(tried).toContain('bad.txt');
  });

  it('stays on this thread for few sources', () => {
    let here = 0;
    processAll(raws.slice(0, 3), (r) => (here++, processSource(r)), { threads: 2 });
    expect(here).toBe(3);
  });
});
