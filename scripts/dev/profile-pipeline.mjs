#!/usr/bin/env node
// Time the text pipeline stage by stage, without Astro:
// `BRIEFING_SOURCES=<dir> npx node scripts/dev/profile-pipeline.mjs`.
// Stages are timed by wrapping the pipeline's own functions, so this never drifts from the build.
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = process.cwd();
const sources = path.resolve(root, process.env.BRIEFING_SOURCES ?? 'content/sources');
const content = path.resolve(root, process.env.BRIEFING_CONTENT ?? 'content');
const imp = (p) => import(path.join(root, p));

const t = {};
const time = (name, fn) => {
  const s = performance.now();
  const out = fn();
  t[name] = (t[name] ?? 0) + performance.now() - s;
  return out;
};

const { runPipeline } = await imp('src/pipeline/run.ts');
const { sourceMdx } = await imp('src/emit/source-mdx.ts');
const { briefingMdx } = await imp('src/emit/briefing-mdx.ts');
const ce = await imp('src/emit/corpus-entries.ts');

const start = performance.now();
const cacheDir = process.env.BRIEFING_CACHE;
const r = time('pipeline (read+analyse)', () => runPipeline(sources, content, cacheDir ? { cacheDir } : {}));
const dating = new Map(r.analysis.eventDates.map((d) => [d.sourceId, d]));
time('emit source mdx', () => r.records.map((x) => sourceMdx(x, dating.get(x.raw.id))));
time('emit briefing mdx', () => briefingMdx(r));
time('emit entries', () => [ce.topicEntries(r.records, r.analysis, r.config.taxonomy), ce.claimEntries(r.analysis), ce.eventEntries(r.records, r.analysis), ce.entityEntries(r.records, r.analysis)]);
t.total = performance.now() - start;
const stats = {
  sources: r.records.length,
  sentences: r.records.reduce((n, x) => n + x.sentences.length, 0),
  claims: r.analysis.claims.length,
  entities: r.analysis.entities.length,
  events: r.analysis.timeline.events.length,
  rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
};
const timings = globalThis.__briefingTimings ?? {};
console.log(JSON.stringify({ stats, ms: Object.fromEntries(Object.entries({ ...timings, ...t }).map(([k, v]) => [k, Math.round(v)])) }, null, 1));
