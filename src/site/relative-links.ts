import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { timed } from '../pipeline/timings.ts';
import { relativizeHtml } from './relativize.ts';

/** Astro integration: after the build, make every page's own URLs relative (see relativize.ts). */
export function relativeLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'briefing:relative-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => timed('relative-links', () => {
        const out = fileURLToPath(dir);
        for (const file of fs.readdirSync(out, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const abs = path.join(out, file);
          const route = file.split(path.sep).join('/');
          fs.writeFileSync(abs, relativizeHtml(fs.readFileSync(abs, 'utf8'), route, base));
        }
      }),
    },
  };
}
