#!/usr/bin/env node
// `npm run build`: build the site into a temporary folder and swap it into
// dist/ only when everything succeeded, so a failed build never leaves a
// half-built site. Input problems end with one line naming the file.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const root = process.cwd();
const outDir = path.resolve(root, process.env.BRIEFING_OUT ?? 'dist');
const tmpDir = `${outDir}.tmp-${process.pid}`;
const generated = path.resolve(root, process.env.BRIEFING_GENERATED ?? '.generated');
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** Find our own input error anywhere in Astro's wrapping of it. */
function inputError(err) {
  for (let e = err, depth = 0; e && depth < 10; e = e.cause, depth++) {
    if (e.name === 'SourceInputError') return e;
    const m = /SourceInputError: (.*)/.exec(String(e.message ?? ''));
    if (m) return { message: m[1] };
  }
  return null;
}

/** Whether a process of this id still runs (EPERM: it does, as another user). */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/**
 * Folders left by a build that was killed (out of memory, Ctrl-C twice):
 * its half-built `dist.tmp-<pid>` is deleted; a `dist.old-<pid>` is the
 * previous site, put back if the kill came between the two renames.
 */
function sweepStale() {
  const parent = path.dirname(outDir);
  if (!fs.existsSync(parent)) return;
  const pattern = /^(?:tmp|old)-(\d+)$/;
  for (const name of fs.readdirSync(parent)) {
    const prefix = `${path.basename(outDir)}.`;
    const m = name.startsWith(prefix) ? pattern.exec(name.slice(prefix.length)) : null;
    if (!m || alive(Number(m[1]))) continue;
    const stale = path.join(parent, name);
    if (name.slice(prefix.length).startsWith('old') && !fs.existsSync(outDir)) fs.renameSync(stale, outDir);
    else fs.rmSync(stale, { recursive: true, force: true });
  }
}

// Interrupted: leave no half-built folder behind (the previous dist/ is untouched until the swap).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    console.error(`\nBuild interrupted (${signal}); ${fs.existsSync(outDir) ? 'the previous site was left untouched' : 'no site was written'}.`);
    process.exit(130);
  });
}

const { build } = await import('astro');
sweepStale();
fs.rmSync(tmpDir, { recursive: true, force: true });
try {
  // Each sources folder gets its own Astro cache (content data store) beside its generated MDX:
  // builds of different corpora (tests, benchmarks) must never read each other's entries.
  await build({ root, outDir: tmpDir, cacheDir: path.join(generated, 'astro-cache'), logLevel: process.env.BRIEFING_LOG ?? 'warn' });
} catch (err) {
  fs.rmSync(tmpDir, { recursive: true, force: true });
  const bad = inputError(err);
  console.error(`\nBuild failed: ${bad ? bad.message : String(err?.message ?? err)}`);
  console.error(fs.existsSync(outDir) ? `The previous site in ${path.relative(root, outDir)}/ was left untouched.` : 'No site was written.');
  process.exit(1);
}

const old = `${outDir}.old-${process.pid}`;
if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
fs.renameSync(tmpDir, outDir);
fs.rmSync(old, { recursive: true, force: true });

// Stage timings of this build (src/pipeline/timings.ts), for `npm run bench`.
const { writeTimings } = await import(pathToFileURL(path.join(root, 'src/pipeline/timings.ts')).href);
writeTimings(path.join(generated, 'timings.json'));

const reportFile = path.join(generated, 'report.json');
if (fs.existsSync(reportFile)) {
  const { formatReport } = await import(pathToFileURL(path.join(root, 'src/pipeline/report.ts')).href);
  console.log(`\n${formatReport(JSON.parse(fs.readFileSync(reportFile, 'utf8'))).join('\n')}`);
}
const rel = path.relative(root, outDir) || '.';
console.log(`\nBuilt ${rel}/. Open ${rel}/index.html in a browser, or run \`npm run preview\` and visit http://localhost:4321/`);
