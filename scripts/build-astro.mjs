#!/usr/bin/env node
// The Astro half of `npm run build`, run by scripts/build.mjs as a child process:
//   build: `astro build`, the content layer (the text pipeline, generated MDX, Astro's data store) included;
//   sync:  only the content layer, then exit. A large corpus (src/site/low-memory.ts) runs `sync`, then
//          `build`, whose loaders find the data store made from the same inputs (src/site/stored-inputs.ts)
//          and do not run the pipeline again, so the bundler and the page renderer start in a process
//          that never held the pipeline's memory.
// Each child returns all its memory on exit, before the search index and the offline zip are made
// (src/site/post-build.ts). Usage: node scripts/build-astro.mjs <sync|build> <outDir> <timingsFile>.
// On failure: exit 1 after one line "Build failed: …" (the file and the problem for bad input).
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const [mode, outDir, timingsFile] = process.argv.slice(2);
if (!['sync', 'build'].includes(mode) || !outDir || !timingsFile) {
  console.error('usage: node scripts/build-astro.mjs <sync|build> <outDir> <timingsFile> (run by scripts/build.mjs)');
  process.exit(2);
}
const root = process.cwd();
const generated = path.resolve(root, process.env.BRIEFING_GENERATED ?? '.generated');

/** Find our own input error anywhere in Astro's wrapping of it. */
function inputError(err) {
  for (let e = err, depth = 0; e && depth < 10; e = e.cause, depth++) {
    if (e.name === 'SourceInputError') return e;
    const m = /SourceInputError: (.*)/.exec(String(e.message ?? ''));
    if (m) return { message: m[1] };
  }
  return null;
}

const astro = await import('astro');
try {
  // Each sources folder gets its own Astro cache (content data store) beside its generated MDX:
  // builds of different corpora (tests, benchmarks) must never read each other's entries.
  // Both modes get the same config: Astro clears the data store when the config differs from the one it was made with.
  const config = { root, outDir, cacheDir: path.join(generated, 'astro-cache'), logLevel: process.env.BRIEFING_LOG ?? 'warn' };
  await (mode === 'sync' ? astro.sync(config) : astro.build(config));
} catch (err) {
  const bad = inputError(err);
  console.error(`\nBuild failed: ${bad ? bad.message : String(err?.message ?? err)}`);
  process.exit(1);
}
// Stage timings of this process (src/pipeline/timings.ts), added to an earlier sync child's; the wrapper adds its own.
const { mergeTimings, writeTimings } = await import(pathToFileURL(path.join(root, 'src/pipeline/timings.ts')).href);
if (fs.existsSync(timingsFile)) mergeTimings(JSON.parse(fs.readFileSync(timingsFile, 'utf8')).stages ?? {});
writeTimings(timingsFile);
