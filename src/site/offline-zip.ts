import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routes } from './paths.ts';
import { zipFiles } from './zip.ts';

/** Every file under `dir` (except `skip`) as zip entries with `/`-separated names. */
function filesOf(dir: string, skip: string) {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f !== skip && fs.statSync(path.join(dir, f)).isFile())
    .map((name) => ({ name, data: fs.readFileSync(path.join(dir, name)) }));
}

/**
 * Astro integration: write the downloadable edition, a zip of the whole built
 * site. Add it last, so the archive holds what every other build:done hook
 * wrote (the search index included).
 */
export function offlineZip(): AstroIntegration {
  return {
    name: 'briefing:offline-zip',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const name = routes.offlineZip();
        const entries = filesOf(out, name);
        const zip = zipFiles(entries);
        fs.writeFileSync(path.join(out, name), zip);
        logger.info(`${name}: ${entries.length} files, ${(zip.length / 1024).toFixed(1)} KiB`);
      },
    },
  };
}
