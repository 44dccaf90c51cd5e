#!/usr/bin/env node
// The `astro build` half of `npm run build`. scripts/build.mjs runs it as a child process, so
// that all the memory Astro held is returned before the search index and the offline zip are
// made (src/site/post-build.ts). Usage: node scripts/build-astro.mjs <outDir> <timingsFile>.
// On failure: exit 1 after one line "Build failed: …" (the file and the problem for bad input).
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const [outDir, timingsFile] = process.argv.slice(2);
if (!outDir || !timingsFile) {
  console.error('usage: node scripts/build-astro.mjs <outDir> <timingsFile> (run by scripts/build.mjs)');
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

const { build } = await import('astro');
try {
  // Each sources folder gets its own Astro cache (content data store) beside its generated MDX:
  // builds of different corpora (tests, benchmarks) must never read each other's entries.
  await build({ root, outDir, cacheDir: path.join(generated, 'astro-cache'), logLevel: process.env.BRIEFING_LOG ?? 'warn' });
} catch (err) {
  const bad = inputError(err);
  console.error(`\nBuild failed: ${bad ? bad.message : String(err?.message ?? err)}`);
  process.exit(1);
}
// Stage timings of this process (src/pipeline/timings.ts); the wrapper adds its own.
const { writeTimings } = await import(pathToFileURL(path.join(root, 'src/pipeline/timings.ts')).href);
writeTimings(timingsFile);
