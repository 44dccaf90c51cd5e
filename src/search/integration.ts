/**
 * Astro integration: after `astro build` has written every page, index the
 * output with Pagefind and add the offline bundle and the search runtime.
 * Usage in astro.config.mjs: `integrations: [..., searchIndex()]` (last, so it
 * indexes pages after other build:done rewrites).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearch } from './build.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** The search build step as an Astro integration. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'briefing:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // `dir` is the folder this build writes (scripts/build.mjs builds into a temp folder, then swaps it in).
        const s = await buildSearch(fileURLToPath(dir));
        logger.info(
          `indexed ${s.indexedPages} pages: bundle ${kb(s.bundleBytes)}, offline bundle ${s.offline.files} files ${kb(s.offline.bytes)}, runtime ${kb(s.runtime.scriptBytes)}`,
        );
      },
    },
  };
}
