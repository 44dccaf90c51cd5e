#!/usr/bin/env node
// `npm run bench`: build synthetic corpora of N sources and write docs/benchmarks.md.
//   --n 100,1000,5000   corpus sizes (default; add 10000 for the memory target)
//   --out FILE          markdown report (default docs/benchmarks.md)
//   --quick             CI smoke run: N=10 unless --n is given
//   --work DIR          working folder (default .bench/)
//   --seed K            corpus seed (default 1)
//   --no-search         skip the Chromium search-bytes measurement
//   --from FILE         only render the report from an earlier run's results.json (no builds)
//   --max-rss-gb G      stop a build whose process tree goes over G GB (default 12; the machine may be shared)
//   --repeat K          run each build K times, alternating, and report the fastest (default 1)
// Needs Node 24 (it imports TypeScript modules); `npm run bench` provides it.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { runBench } from './bench.ts';
import { renderReport } from './report.ts';

const root = path.resolve(import.meta.dirname, '../..');
let args;
try {
  ({ values: args } = parseArgs({
    options: {
      n: { type: 'string' },
      out: { type: 'string', default: 'docs/benchmarks.md' },
      quick: { type: 'boolean', default: false },
      work: { type: 'string', default: '.bench' },
      seed: { type: 'string', default: '1' },
      'no-search': { type: 'boolean', default: false },
      'max-rss-gb': { type: 'string', default: '12' },
      repeat: { type: 'string', default: '1' },
      from: { type: 'string' },
    },
  }));
} catch (err) {
  console.error(`bench: ${err.message}`);
  process.exit(2);
}

if (args.from) {
  // Re-render a recorded run (e.g. after a change to the report's layout): the figures are the run's own.
  const out = path.resolve(root, args.out);
  const results = JSON.parse(fs.readFileSync(path.resolve(args.from), 'utf8'));
  results.failures ??= [];
  results.note = `Report re-rendered from the run's recorded results (${path.basename(args.from)}); the figures are that run's.`;
  fs.writeFileSync(out, renderReport(results));
  console.log(`Wrote ${path.relative(process.cwd(), out)} from ${args.from}`);
  process.exit(0);
}

const ns = (args.n ?? (args.quick ? '10' : '100,1000,5000')).split(',').map((s) => Number(s.trim().replace(/[_,]/g, '')));
if (ns.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench: --n must be positive whole numbers separated by commas, got "${args.n}"`);
  process.exit(2);
}
const seed = Number(args.seed);
if (!Number.isInteger(seed)) {
  console.error(`bench: --seed must be a whole number, got "${args.seed}"`);
  process.exit(2);
}

const maxRssGb = Number(args['max-rss-gb']);
if (!(maxRssGb > 0)) {
  console.error(`bench: --max-rss-gb must be a positive number, got "${args['max-rss-gb']}"`);
  process.exit(2);
}
const repeat = Number(args.repeat);
if (!Number.isInteger(repeat) || repeat < 1) {
  console.error(`bench: --repeat must be a positive whole number, got "${args.repeat}"`);
  process.exit(2);
}
const out = path.resolve(root, args.out);
const work = path.resolve(root, args.work);
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, '');
try {
  const results = await runBench({ root, ns, work, seed, search: !args['no-search'], maxRss: maxRssGb * 2 ** 30, repeat, command, log: (l) => console.log(l) });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, renderReport(results));
  fs.mkdirSync(work, { recursive: true });
  fs.writeFileSync(path.join(work, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), out)} (raw results: ${path.relative(process.cwd(), path.join(work, 'results.json'))})`);
  // A run with a failed N still writes its report, and says so in the exit code.
  if (results.failures.length) process.exit(1);
} catch (err) {
  console.error(`\nbench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
