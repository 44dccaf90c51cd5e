/**
 * One benchmark run: for each N, generate the corpus, build it cold exactly
 * as `npm run build` does, add one source and rebuild, build the bare Astro
 * baseline, measure sizes and search bytes, and audit what the build read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { auditBuild } from './audit.ts';
import { addBarePage, bareBuildArgs, writeBareProject } from './bare.ts';
import { addSource, writeCorpus } from './corpus/index.ts';
import { machineInfo } from './machine.ts';
import { measure, type Measured } from './measure.ts';
import { fastest, type BareRun, type BuildRun, type Found, type NFailure, type NResult, type RunResults, type StageSpan } from './results.ts';
import { searchCost } from './search-bytes.ts';
import { siteSizes, type SiteSizes } from './sizes.ts';

export interface BenchOptions {
  /** Repository root (where scripts/build.mjs and node_modules are). */
  root: string;
  ns: number[];
  /** Working folder; each N gets `<work>/<N>/`. */
  work: string;
  seed: number;
  /** Measure search bytes in Chromium. */
  search: boolean;
  /** How the run was invoked, for the report. */
  command: string;
  /** Stop a build whose process tree goes over this many bytes (the machine may be shared). */
  maxRss?: number;
  /** How many times each build runs (cold, rebuild and bare in turn); the report takes the fastest. Default 1. */
  repeat?: number;
  log: (line: string) => void;
}

function failed(what: string, m: Measured, maxRss?: number): Error {
  const after = `after ${(m.ms / 1000).toFixed(0)} s, peak ${(m.peakRss / 2 ** 20).toFixed(0)} MB`;
  if (m.overMemory) return new Error(`${what} stopped ${after}: its processes went over the ${(maxRss! / 2 ** 30).toFixed(1)} GB memory cap`);
  const tail = `${m.stdout}\n${m.stderr}`.trim().split('\n').slice(-15).join('\n');
  return new Error(`${what} failed ${after} (exit ${m.code}):\n${tail}`);
}

function readStages(generated: string): Record<string, StageSpan> {
  const file = path.join(generated, 'timings.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: the build did not write its stage timings`);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { stages: Record<string, StageSpan> }).stages;
}

async function buildSite(o: BenchOptions, dirs: { sources: string; generated: string; dist: string }, what: string): Promise<BuildRun> {
  const env = { ...process.env, BRIEFING_SOURCES: dirs.sources, BRIEFING_GENERATED: dirs.generated, BRIEFING_OUT: dirs.dist, ASTRO_TELEMETRY_DISABLED: '1' };
  // The same Node that runs the bench (Node 24 under `npm run bench`).
  const m = await measure(process.execPath, [path.join(o.root, 'scripts/build.mjs')], { cwd: o.root, env, maxRss: o.maxRss });
  if (m.code !== 0 || m.overMemory) throw failed(what, m, o.maxRss);
  return { ms: m.ms, peakRss: m.peakRss, cpuMs: m.cpuMs, stages: readStages(dirs.generated) };
}

/** What the build found, from briefing.json. */
function foundIn(dist: string, sizes: SiteSizes): Found {
  const b = JSON.parse(fs.readFileSync(path.join(dist, 'briefing.json'), 'utf8')) as {
    claims: { sourceIds: string[] }[];
    disagreements: unknown[];
    entities: unknown[];
    timeline: unknown[];
  };
  return {
    claims: b.claims.length,
    corroborated: b.claims.filter((c) => new Set(c.sourceIds).size >= 2).length,
    disagreements: b.disagreements.length,
    entities: b.entities.length,
    timeline: b.timeline.length,
    largestPage: sizes.largest,
  };
}

async function measureBare(o: BenchOptions, bareDir: string, what: string): Promise<BareRun> {
  const bare = await measure(process.execPath, bareBuildArgs(o.root, bareDir), { cwd: o.root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxRss: o.maxRss });
  if (bare.code !== 0 || bare.overMemory) throw failed(what, bare, o.maxRss);
  return { ms: bare.ms, peakRss: bare.peakRss, cpuMs: bare.cpuMs };
}

/** The bare build cold, then rebuilt with one more page (its cache kept, as our rebuild keeps ours): what Astro alone needs. */
async function bareBuild(o: BenchOptions, bareDir: string, n: number): Promise<{ cold: BareRun; rebuild: BareRun }> {
  // Cold every time: no cache, no output, no generated types from an earlier repeat.
  for (const d of ['.astro-cache', '.astro', 'dist']) fs.rmSync(path.join(bareDir, d), { recursive: true, force: true });
  const cold = await measureBare(o, bareDir, `bare Astro build at N=${n}`);
  o.log(`N=${n}: bare Astro ${(cold.ms / 1000).toFixed(1)} s, peak ${(cold.peakRss / 2 ** 20).toFixed(0)} MB`);
  const added = addBarePage(bareDir);
  try {
    const rebuild = await measureBare(o, bareDir, `bare Astro rebuild with one more page at N=${n}`);
    o.log(`N=${n}: bare Astro rebuild +1 page ${(rebuild.ms / 1000).toFixed(1)} s`);
    return { cold, rebuild };
  } finally {
    fs.rmSync(added);
  }
}

async function benchOne(o: BenchOptions, n: number): Promise<NResult> {
  const base = path.join(o.work, String(n));
  const dirs = { sources: path.join(base, 'sources'), generated: path.join(base, 'generated'), dist: path.join(base, 'dist') };
  const t0 = performance.now();
  const { plan, sources } = writeCorpus(dirs.sources, n, o.seed);
  const generateMs = performance.now() - t0;
  o.log(`N=${n}: generated ${n} sources in ${(generateMs / 1000).toFixed(1)} s`);
  const bareDir = path.join(base, 'bare');
  writeBareProject(o.root, bareDir, sources.map((src) => ({ id: src.file.replace(/\.[^.]+$/, ''), title: src.headline, paragraphs: src.paragraphs })));

  const runs: { cold: BuildRun[]; incremental: BuildRun[]; bare: BareRun[]; bareRebuild: BareRun[] } = { cold: [], incremental: [], bare: [], bareRebuild: [] };
  let measured: Pick<NResult, 'sentences' | 'found' | 'sizes' | 'search' | 'audit'> | null = null;
  // Repeats alternate the builds (cold, rebuild, bare, cold, …), so a slow spell of a shared machine hits all of them.
  let added: string | null = null;
  for (let i = 0; i < (o.repeat ?? 1); i++) {
    // Each cold build reads the same N sources: the previous repeat's extra one goes (the last one stays, with its site).
    if (added) fs.rmSync(added);
    for (const d of [dirs.generated, dirs.dist]) fs.rmSync(d, { recursive: true, force: true });
    const cold = await buildSite(o, dirs, `cold build at N=${n}`);
    runs.cold.push(cold);
    o.log(`N=${n}: cold build ${(cold.ms / 1000).toFixed(1)} s, peak ${(cold.peakRss / 2 ** 20).toFixed(0)} MB`);
    if (!measured) {
      // The output is the same on every repeat: measure it once.
      const report = JSON.parse(fs.readFileSync(path.join(dirs.generated, 'report.json'), 'utf8')) as { sentences: number };
      const sizes = siteSizes(dirs.dist);
      let search: NResult['search'] = null;
      if (o.search) {
        search = await searchCost(dirs.dist, plan.queries);
        o.log(`N=${n}: search bytes measured (${plan.queries.length} queries)`);
      }
      measured = { sentences: report.sentences, found: foundIn(dirs.dist, sizes), sizes, search, audit: auditBuild(dirs.dist, sources) };
    }

    added = path.join(dirs.sources, addSource(plan, dirs.sources, n).file);
    const incremental = await buildSite(o, dirs, `rebuild with one more source at N=${n}`);
    runs.incremental.push(incremental);
    o.log(`N=${n}: rebuild +1 source ${(incremental.ms / 1000).toFixed(1)} s`);

    const bare = await bareBuild(o, bareDir, n);
    runs.bare.push(bare.cold);
    runs.bareRebuild.push(bare.rebuild);
  }

  return { n, generateMs, ...measured!, cold: fastest(runs.cold), incremental: fastest(runs.incremental), bare: fastest(runs.bare), bareRebuild: fastest(runs.bareRebuild), ...(runs.cold.length > 1 ? { runs } : {}) };
}

export async function runBench(o: BenchOptions): Promise<RunResults> {
  const machine = machineInfo(o.root);
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const results: NResult[] = [];
  const failures: NFailure[] = [];
  for (const n of o.ns) {
    try {
      results.push(await benchOne(o, n));
    } catch (err) {
      // One N failing (e.g. over the memory cap) must not lose the others' figures.
      const reason = err instanceof Error ? err.message : String(err);
      o.log(`N=${n}: FAILED: ${reason}`);
      failures.push({ n, reason });
    }
  }
  return { date, command: o.command, seed: o.seed, machine, results, failures };
}
