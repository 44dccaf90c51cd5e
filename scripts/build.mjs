#!/usr/bin/env node
// `npm run build`: build the site into a temporary folder and swap it into
// dist/ only when everything succeeded, so a failed build never leaves a
// half-built site. Input problems end with one line naming the file.
// Astro builds in a child process (scripts/build-astro.mjs), a large corpus in two (src/site/low-memory.ts);
// the search index and the offline zip are made here once they have exited and returned their memory.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const root = process.cwd();
const outDir = path.resolve(root, process.env.BRIEFING_OUT ?? 'dist');
const tmpDir = `${outDir}.tmp-${process.pid}`;
const generated = path.resolve(root, process.env.BRIEFING_GENERATED ?? '.generated');
process.env.ASTRO_TELEMETRY_DISABLED = '1';

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

let child = null;
let interrupted = false;
// Interrupted: leave no half-built folder behind (the previous dist/ is untouched until the swap).
// The Astro child is stopped first and awaited (5 s at most), so it writes nothing after the clean-up.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    interrupted = true;
    const running = child;
    if (running) {
      running.kill(signal);
      await new Promise((resolve) => {
        running.once('exit', resolve);
        setTimeout(resolve, 5000).unref();
      });
    }
    fs.rmSync(tmpDir, { recursive: true, force: true });
    console.error(`\nBuild interrupted (${signal}); ${fs.existsSync(outDir) ? 'the previous site was left untouched' : 'no site was written'}.`);
    process.exit(130);
  });
}

/** Give up: no half-built folder, and say what happened to the previous site. */
function fail(message) {
  fs.rmSync(tmpDir, { recursive: true, force: true });
  if (message) console.error(`\nBuild failed: ${message}`);
  console.error(fs.existsSync(outDir) ? `The previous site in ${path.relative(root, outDir)}/ was left untouched.` : 'No site was written.');
  process.exit(1);
}

sweepStale();
fs.rmSync(tmpDir, { recursive: true, force: true });
const timingsFile = path.join(generated, 'timings.json');
fs.rmSync(timingsFile, { force: true });
const { POST_BUILD_OUTSIDE } = await import(pathToFileURL(path.join(root, 'src/site/post-build-env.ts')).href);
const { astroSteps, countSourceFiles, lowMemoryNotice } = await import(pathToFileURL(path.join(root, 'src/site/low-memory.ts')).href);
const { siteDirs } = await import(pathToFileURL(path.join(root, 'src/site/config.ts')).href);
const sourceFiles = countSourceFiles(siteDirs(root).sources);
const notice = lowMemoryNotice(sourceFiles);
if (notice) console.log(notice);
/** Run scripts/build-astro.mjs in `step.mode` (see there); resolves to its exit code. */
const runAstro = (step) =>
  new Promise((resolve) => {
    child = spawn(process.execPath, [...step.nodeFlags, path.join(root, 'scripts/build-astro.mjs'), step.mode, tmpDir, timingsFile], {
      stdio: 'inherit',
      env: { ...process.env, ...POST_BUILD_OUTSIDE },
    });
    child.on('error', (err) => {
      console.error(`\nBuild failed: could not start the Astro ${step.mode} (${err.message})`);
      resolve(1);
    });
    child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
// One `astro build` process; a large corpus syncs its content (the text pipeline) in a process of its
// own first, whose memory goes with it, and builds the pages in low-memory mode (src/site/low-memory.ts).
for (const step of astroSteps(sourceFiles)) {
  const code = await runAstro(step);
  child = null;
  // The signal handler finishes and exits with 130.
  if (interrupted) await new Promise(() => {});
  // The child has printed what went wrong.
  if (code !== 0) fail(null);
}

// Stage timings (src/pipeline/timings.ts): the child's, then this process's post-build steps, for `npm run bench`.
const timings = await import(pathToFileURL(path.join(root, 'src/pipeline/timings.ts')).href);
if (fs.existsSync(timingsFile)) timings.mergeTimings(JSON.parse(fs.readFileSync(timingsFile, 'utf8')).stages ?? {});
try {
  const { finishSite } = await import(pathToFileURL(path.join(root, 'src/site/post-build.ts')).href);
  const done = await finishSite(tmpDir);
  if (process.env.BRIEFING_LOG === 'info') {
    const { search: s, zip } = done;
    console.log(`search: indexed ${s.indexedPages} pages, bundle ${s.bundleBytes} bytes; ${zip.name}: ${zip.files} files, ${zip.bytes} bytes`);
  }
} catch (err) {
  fail(String(err?.message ?? err));
}

const old = `${outDir}.old-${process.pid}`;
if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
fs.renameSync(tmpDir, outDir);
fs.rmSync(old, { recursive: true, force: true });

timings.writeTimings(timingsFile);

const reportFile = path.join(generated, 'report.json');
if (fs.existsSync(reportFile)) {
  const { formatReport } = await import(pathToFileURL(path.join(root, 'src/pipeline/report.ts')).href);
  console.log(`\n${formatReport(JSON.parse(fs.readFileSync(reportFile, 'utf8')), path.relative(root, reportFile)).join('\n')}`);
}
const rel = path.relative(root, outDir) || '.';
console.log(`\nBuilt ${rel}/. Open ${rel}/index.html in a browser, or run \`npm run preview\` and visit http://localhost:4321/`);
