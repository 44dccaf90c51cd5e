/**
 * How `npm run build` runs Astro: large corpora trade build speed for memory.
 *
 * Below LOW_MEMORY_FROM source files, one `astro build` process syncs the content
 * (the text pipeline) and renders the pages, as any Astro site does. A second
 * Astro start costs about 2 s: over six alternating pairs of 1,000-source builds,
 * one process was 0.7-5.2 s faster (21.6-29.1 s against 25.6-30.5 s); at 5,000
 * sources 63.7 s against 67.3 s, with a peak of 2,841 MB against 2,536 MB (the
 * bench at 1,000: 1,532-1,647 MB, against 1,328-1,351 MB with two processes). Just
 * below the threshold, at 5,999 sources, one process took 87.5 s with a peak of
 * 3,195 MB; low-memory mode 109.7 s and 2,195 MB.
 *
 * From LOW_MEMORY_FROM, the content sync runs in a process of its own (the
 * pipeline's memory goes with it), and the `astro build` process then runs with
 * V8's `--optimize-for-size`. Astro's bundling of thousands of page modules is
 * the build's peak, and it varies from run to run: at 10,000 bench sources the
 * `astro build` child alone peaked at 3,585-4,929 MB over six runs of one
 * unchanged store, 3,091-3,128 MB over three with the flag; whole builds went
 * from 4,267-4,300 MB in 129-135 s to 2,980-3,035 MB in 166-173 s. At 5,000
 * sources the flag cost as much (72 to 96 s) for a peak that needs no saving, so
 * the mode starts where the peak without it reaches about 3 GB.
 * Framework-free: scripts/build.mjs reads it before any child starts.
 */
import fs from 'node:fs';
import { formatOf, isBesideSources } from '../ingest/formats.ts';
import { formatCount } from './format.ts';

/** Source files from which the build runs in low-memory mode. Env BRIEFING_LOW_MEMORY=1 forces it, =0 turns it off. */
export const LOW_MEMORY_FROM = 6000;

/** Source files in the sources folder (as src/ingest/list.ts reads them, without reading any); 0 when it is missing (the build then says so). */
export function countSourceFiles(dir: string): number {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && !isBesideSources(e.name) && formatOf(e.name) !== null).length;
  } catch {
    return 0;
  }
}

/** One Astro process of the build (scripts/build-astro.mjs `mode`), started with Node flags `nodeFlags`. */
export interface AstroStep {
  mode: 'sync' | 'build';
  nodeFlags: string[];
}

/** Whether a corpus of `files` source files builds in low-memory mode. */
function lowMemory(files: number, setting: string | undefined): boolean {
  return setting === '1' ? true : setting === '0' ? false : files >= LOW_MEMORY_FROM;
}

/** The Astro processes, in order, that build a corpus of `files` source files. */
export function astroSteps(files: number, setting: string | undefined = process.env.BRIEFING_LOW_MEMORY): AstroStep[] {
  if (!lowMemory(files, setting)) return [{ mode: 'build', nodeFlags: [] }];
  return [
    { mode: 'sync', nodeFlags: [] },
    { mode: 'build', nodeFlags: ['--optimize-for-size'] },
  ];
}

/**
 * What the build says before it starts in low-memory mode (null when it does not):
 * a build that is suddenly a quarter slower should say why, and how to choose.
 */
export function lowMemoryNotice(files: number, setting: string | undefined = process.env.BRIEFING_LOW_MEMORY): string | null {
  if (!lowMemory(files, setting)) return null;
  const why = setting === '1' ? 'BRIEFING_LOW_MEMORY=1' : `${formatCount(files)} source files, ${formatCount(LOW_MEMORY_FROM)} or more`;
  return `Building in low-memory mode (${why}): slower, with less memory at its peak. BRIEFING_LOW_MEMORY=0 turns it off.`;
}
