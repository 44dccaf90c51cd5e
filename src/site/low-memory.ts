/**
 * Large corpora trade build speed for memory. Astro's bundling of thousands of
 * page modules is the build's peak, and it varies from run to run: at 10,000
 * bench sources the `astro build` child alone peaked at 3,585-4,929 MB over six
 * runs of one unchanged store, 3,091-3,128 MB over three with V8's
 * `--optimize-for-size`; whole builds went from 4,267-4,300 MB in 129-135 s to
 * 2,980-3,035 MB in 166-173 s. At 5,000 sources the flag cost as much (72 to
 * 96 s) for a peak (2,652 MB) that needs no saving, so it starts where the
 * peak without it reaches about 3 GB (5,000: 2.5-2.7 GB; 10,000: 3.7-4.3 GB).
 * Dependency-free: scripts/build.mjs reads it before any child starts.
 */
import fs from 'node:fs';

/** Source files from which the build child runs in low-memory mode. Env BRIEFING_LOW_MEMORY=1 forces it, =0 turns it off. */
export const LOW_MEMORY_FROM = 6000;

/** Files in the sources folder, roughly (hidden files left out); 0 when it is missing (the build then says so). */
export function countSourceFiles(dir: string): number {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.')).length;
  } catch {
    return 0;
  }
}

/** Node flags for the `astro build` child of a corpus of `files` source files. */
export function astroBuildFlags(files: number, setting: string | undefined = process.env.BRIEFING_LOW_MEMORY): string[] {
  const low = setting === '1' ? true : setting === '0' ? false : files >= LOW_MEMORY_FROM;
  return low ? ['--optimize-for-size'] : [];
}
