import { describe, expect, it } from 'vitest';
import { measure, parseTimes, treeRss } from '../../../scripts/bench/measure.ts';
import { failureSummary, renderReport } from '../../../scripts/bench/report.ts';
import { fastest } from '../../../scripts/bench/results.ts';

describe('benchmark measurement', () => {
  it('sums the resident memory of a process tree', () => {
    expect(treeRss(process.pid)).toBeGreaterThan(10 * 2 ** 20);
  });

  it('times a child and sees the memory of its own children', async () => {
    // A child that spawns a grandchild holding ~200 MB: the tree's peak must include it.
    const script = `const { spawnSync } = require('node:child_process');
spawnSync(process.execPath, ['-e', 'const b = Buffer.alloc(200 * 2 ** 20, 1); setTimeout(() => b.length, 800);'], { stdio: 'inherit' });`;
    const m = await measure(process.execPath, ['-e', script], { cwd: process.cwd(), env: process.env });
    expect(m.code).toBe(0);
    expect(m.ms).toBeGreaterThan(700);
    expect(m.peakRss).toBeGreaterThan(200 * 2 ** 20);
    // Filling 200 MB takes CPU in the grandchild: the tree's CPU time counts it.
    expect(m.cpuMs).toBeGreaterThan(0);
  });

  it('stops a tree that goes over the memory cap', async () => {
    const m = await measure(process.execPath, ['-e', 'const b = Buffer.alloc(300 * 2 ** 20, 1); setTimeout(() => b.length, 20_000);'], {
      cwd: process.cwd(),
      env: process.env,
      maxRss: 150 * 2 ** 20,
    });
    expect(m.overMemory).toBe(true);
    expect(m.ms).toBeLessThan(15_000);
  });

  it('reads the children\'s CPU time from bash `times`', () => {
    expect(parseTimes('0m0.010s 0m0.020s\n1m2.500s 0m0.250s\n')).toBe(62_750);
    expect(parseTimes('garbage')).toBeNull();
  });

  it('sums up a failed build in one line: what failed and why, not the native stack', () => {
    const tail = 'cold build at N=5000 failed after 957 s, peak 4300 MB (exit 134):\n[1:0x1]  957262 ms: Mark-Compact 4078.3 -> 4078.3 MB\nFATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\n----- Native stack trace -----\n 1: 0x931db0 [node]';
    expect(failureSummary(tail)).toBe('cold build at N=5000 failed after 957 s, peak 4300 MB (exit 134): FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory');
    expect(failureSummary('one line')).toBe('one line');
  });

  it('takes the fastest of repeated runs (other work only slows a run down)', () => {
    const runs = [{ ms: 30, tag: 'a' }, { ms: 20, tag: 'b' }, { ms: 25, tag: 'c' }];
    expect(fastest(runs).tag).toBe('b');
    expect(fastest([{ ms: 5 }])).toEqual({ ms: 5 });
    expect(() => fastest([])).toThrow(/no runs/);
  });

  it('judges the targets from the measured values', () => {
    const run = (ms: number, bare: number) => ({
      n: 1000, sentences: 1, generateMs: 1,
      cold: { ms, peakRss: 1, cpuMs: ms, stages: { read: { ms: ms / 10, calls: 1 } } },
      incremental: { ms: ms / 2, peakRss: 1, cpuMs: null, stages: {} },
      bare: { ms: bare, peakRss: 1, cpuMs: bare },
      found: { claims: 1, corroborated: 1, disagreements: 0, entities: 1, timeline: 1, largestPage: { path: 'index.html', bytes: 1 } },
      sizes: { dist: 1, index: 1, offline: 1, zip: 1, pages: 1, largest: { path: 'index.html', bytes: 1 } },
      search: null,
      audit: { sources: 0, furniture: 0, leaked: 0, leakedExamples: [], paragraphs: 0, overRemoved: 0, overRemovedExamples: [], published: { right: 0, wrong: 0, missed: 0, notStated: 0, invented: 0 }, outlet: { right: 0, urlHost: 0, unknown: 0, wrong: 0 }, headlineRight: 0 },
    });
    const machine = { cpu: 'x', cores: 1, memBytes: 1, os: 'x', kernel: 'x', node: 'v24', versions: {}, load: 0 };
    const md = (ms: number, bare: number) => renderReport({ date: 'd', command: 'c', seed: 1, machine, results: [run(ms, bare)], failures: [{ n: 5000, reason: 'over the memory cap' }] });
    expect(md(14_000, 10_000)).toMatch(/\*\*PASS\*\* full build ≤ 1\.5× bare Astro at N=1000: 1\.40×/);
    expect(md(16_000, 10_000)).toMatch(/\*\*FAIL\*\* full build ≤ 1\.5× bare Astro at N=1000: 1\.60×/);
    expect(md(16_000, 10_000)).toMatch(/\*\*FAIL\*\* rebuild after adding one source ≤ 30% of cold build at N=1,000: 50\.0%/);
    // The bare Astro rebuild is reported beside it, when the run measured one (older results have none).
    expect(md(16_000, 10_000)).not.toMatch(/bare Astro build's own rebuild/);
    const withBare = renderReport({ date: 'd', command: 'c', seed: 1, machine, results: [{ ...run(16_000, 10_000), bareRebuild: { ms: 6_400, peakRss: 1, cpuMs: 6_400 } }], failures: [] });
    expect(withBare).toMatch(/50\.0% \(8\.00 s vs 16\.0 s\); the bare Astro build's own rebuild with one more page took 6\.40 s, 40\.0% of our cold build/);
    expect(withBare).toMatch(/\| 1000 \|.*\| 8\.00 \| 0\.50 \| 6\.40 \| 0\.40 \|$/m);
    expect(md(16_000, 10_000)).toMatch(/\*\*FAIL\*\* full build ≤ 1\.5× bare Astro at N=5000: the run did not complete: over the memory cap/);
    expect(md(16_000, 10_000)).toMatch(/\*\*NOT MEASURED\*\* peak memory < 4 GB at N=10,000: N not in this run/);
  });
});
