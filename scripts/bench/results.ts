/** What one benchmark run measured, and the derived figures the report shows. */
import type { Audit } from './audit.ts';
import type { QueryCost } from './search-bytes.ts';
import type { SiteSizes } from './sizes.ts';
import type { MachineInfo } from './machine.ts';

/** Accumulated time of one build stage (as src/pipeline/timings.ts writes it). */
export interface StageSpan {
  ms: number;
  calls: number;
}

export interface BuildRun {
  ms: number;
  peakRss: number;
  /** CPU time of the whole process tree (null where it could not be read). */
  cpuMs: number | null;
  /** Stage spans from `<generated>/timings.json`. */
  stages: Record<string, StageSpan>;
}

/** A bare Astro build: wall time, peak memory, CPU time. */
export interface BareRun {
  ms: number;
  peakRss: number;
  cpuMs: number | null;
}

export interface NResult {
  n: number;
  /** Sentences the build read (from report.json). */
  sentences: number;
  generateMs: number;
  /** The fastest cold build of the run (with --repeat; else the only one). */
  cold: BuildRun;
  /** The fastest rebuild after adding one source. */
  incremental: BuildRun;
  /** The fastest bare Astro build. */
  bare: BareRun;
  /** The fastest bare Astro rebuild after adding one page (missing in results recorded before it was measured). */
  bareRebuild?: BareRun;
  /** Every sample, in the order they ran, when each build ran more than once (--repeat). */
  runs?: { cold: BuildRun[]; incremental: BuildRun[]; bare: BareRun[]; bareRebuild?: BareRun[] };
  /** What the build found in the corpus (from briefing.json). */
  found: Found;
  sizes: SiteSizes;
  search: { first: QueryCost[]; followUp: QueryCost[] } | null;
  audit: Audit;
}

export interface Found {
  claims: number;
  /** Claims reported by two or more sources. */
  corroborated: number;
  disagreements: number;
  entities: number;
  timeline: number;
  /** The largest page of dist/, as a path relative to it, and its size in bytes. */
  largestPage: { path: string; bytes: number };
}

/** An N whose run did not complete (a build failed, or went over the memory cap). */
export interface NFailure {
  n: number;
  reason: string;
}

export interface RunResults {
  date: string;
  command: string;
  seed: number;
  machine: MachineInfo;
  results: NResult[];
  failures: NFailure[];
  /** Set when the report was re-rendered from recorded results (`--from`). */
  note?: string;
}

/** Report columns → the spans they add up. The text pipeline is everything from reading files to emitted MDX. */
export const PIPELINE_STAGES: Record<string, string[]> = {
  read: ['read'],
  'clean, metadata, sentences, parses (all cores)': ['per-source'],
  entities: ['entities'],
  dates: ['dates'],
  topics: ['topics'],
  stories: ['stories'],
  claims: ['claims'],
  'MDX emit': ['emit'],
};
/** Our own post-build steps, in Astro's build:done hooks. */
export const POST_STAGES: Record<string, string[]> = {
  'relative links': ['relative-links'],
  'CSP check': ['csp-guard'],
  Pagefind: ['pagefind'],
  'search runtime': ['search-runtime'],
  'offline bundle': ['offline-bundle'],
  'offline zip': ['offline-zip'],
};

export const spanMs = (run: BuildRun, keys: string[]) => keys.reduce((t, k) => t + (run.stages[k]?.ms ?? 0), 0);
export const pipelineMs = (run: BuildRun) => Object.values(PIPELINE_STAGES).reduce((t, keys) => t + spanMs(run, keys), 0);
export const postMs = (run: BuildRun) => Object.values(POST_STAGES).reduce((t, keys) => t + spanMs(run, keys), 0);
/** Astro's own share: the whole build (process start to exit) minus every stage we time. */
export const astroMs = (run: BuildRun) => Math.max(0, run.ms - pipelineMs(run) - postMs(run));

/**
 * The fastest of several runs of one build. Another tenant of a shared machine
 * can only slow a run down, so the fastest is the closest to the build's own cost.
 */
export function fastest<T extends { ms: number }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('fastest: no runs');
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}

/**
 * Peak memory of the full and bare builds: the highest of all runs. Memory is
 * not slowed down by other work, and a peak that shows up once can recur.
 */
export const peakFull = (r: NResult) => Math.max(r.cold.peakRss, ...(r.runs?.cold ?? []).map((c) => c.peakRss));
export const peakBare = (r: NResult) => Math.max(r.bare.peakRss, ...(r.runs?.bare ?? []).map((c) => c.peakRss));

/** The search cost the target is judged on: the costliest first query, gzip on the wire. */
export const firstQueryGzip = (r: NResult) => (r.search ? Math.max(...r.search.first.map((q) => q.gzip)) : null);
export const firstQueryRaw = (r: NResult) => (r.search ? Math.max(...r.search.first.map((q) => q.bytes)) : null);
export const followUpMax = (r: NResult) => (r.search && r.search.followUp.length ? Math.max(...r.search.followUp.map((q) => q.bytes)) : null);
