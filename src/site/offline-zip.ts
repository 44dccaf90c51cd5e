import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { timedAsync } from '../pipeline/timings.ts';
import { routes } from './paths.ts';
import { writeZip, type LazyZipEntry } from './zip.ts';

/** The footer's download link (Base.astro), and what the zipped pages say instead. */
const DOWNLOAD = /<span data-offline-download[^>]*>[\s\S]*?<\/span>/g;
const OFFLINE_NOTE = '<span data-offline-download>You are reading the offline edition.</span>';

/**
 * A page as the zip holds it: the archive cannot contain itself, so the
 * download link becomes a note (no dangling link in the unpacked copy).
 */
export function offlinePage(html: string): string {
  const out = html.replace(DOWNLOAD, OFFLINE_NOTE);
  if (out.includes(routes.offlineZip())) throw new Error('offline zip: a page links to the zip outside the footer download link');
  return out;
}

/** Every file under `dir` (except `skip`) as zip entries with `/`-separated names; pages as offlinePage makes them. */
function filesOf(dir: string, skip: string): LazyZipEntry[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f !== skip && fs.statSync(path.join(dir, f)).isFile())
    .map((name) => ({
      name,
      load: () => {
        const data = fs.readFileSync(path.join(dir, name));
        return name.endsWith('.html') ? Buffer.from(offlinePage(data.toString('utf8')), 'utf8') : data;
      },
    }));
}

/** Write the downloadable edition into the built site at `out`: a zip of everything in it. */
export async function writeOfflineZip(out: string): Promise<{ name: string; files: number; bytes: number }> {
  const name = routes.offlineZip();
  const { files, bytes } = await timedAsync('offline-zip', () => writeZip(path.join(out, name), filesOf(out, name)));
  return { name, files, bytes };
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
      'astro:build:done': async ({ dir, logger }) => {
        const { name, files, bytes } = await writeOfflineZip(fileURLToPath(dir));
        logger.info(`${name}: ${files} files, ${(bytes / 1024).toFixed(1)} KiB`);
      },
    },
  };
}
