import fs from 'node:fs';
import path from 'node:path';

/**
 * Wall-time spans of the build's own stages, for the benchmark (scripts/bench).
 * One store per process on `globalThis`: Astro loads the content config and the
 * integrations through separate module graphs, so each gets its own copy of
 * this module, and all of them must add to the same totals.
 */

/** Accumulated time of one stage. */
export interface StageSpan {
  /** Total wall time in milliseconds, summed over calls. */
  ms: number;
  /** How many times the stage ran (per source, per collection…). */
  calls: number;
}

const KEY = Symbol.for('briefing.stage-timings');

function store(): Record<string, StageSpan> {
  const g = globalThis as { [KEY]?: Record<string, StageSpan> };
  return (g[KEY] ??= {});
}

function add(stage: string, ms: number): void {
  const s = (store()[stage] ??= { ms: 0, calls: 0 });
  s.ms += ms;
  s.calls++;
}

/** Run `fn`, adding its wall time to `stage`. */
export function timed<T>(stage: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    add(stage, performance.now() - t0);
  }
}

/** Await `fn`, adding its wall time to `stage`. */
export async function timedAsync<T>(stage: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    add(stage, performance.now() - t0);
  }
}

/** The spans recorded so far in this process, by stage. */
export function stageTimings(): Record<string, StageSpan> {
  return structuredClone(store());
}

/** The spans recorded so far, emptying the store: a worker thread sends these back with each reply. */
export function takeTimings(): Record<string, StageSpan> {
  const taken = stageTimings();
  for (const key of Object.keys(store())) delete store()[key];
  return taken;
}

/**
 * Add spans measured on another thread. Summed over threads, so a stage run on
 * several cores at once can add up to more than the wall time it took.
 */
export function mergeTimings(spans: Record<string, StageSpan>): void {
  for (const [stage, { ms, calls }] of Object.entries(spans)) {
    const s = (store()[stage] ??= { ms: 0, calls: 0 });
    s.ms += ms;
    s.calls += calls;
  }
}

/** Write the spans as JSON (the build wrapper calls this once the build is done). */
export function writeTimings(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ version: 1, stages: stageTimings() }, null, 2)}\n`);
}
