// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { relativeLinks } from './src/site/relative-links.ts';
import { searchIndex } from './src/search/integration.ts';
import { sitemap } from './src/site/sitemap.ts';
import { offlineZip } from './src/site/offline-zip.ts';
import { releasePipelineMemory } from './src/site/release-memory.ts';

// `site` and `base` only shape canonical URLs and feeds; every internal link is
// relative, so the same dist/ works under any sub-path and from file://.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://briefing.example.org',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'ignore',
  build: { format: 'file', assets: 'assets', inlineStylesheets: 'never' },
  // Quotes are evidence: never let typography rewrite a source's ' into ’.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  // Search indexes over the pages as they will be served (links already relative);
  // the offline zip comes last, so it holds the finished site, search index included.
  integrations: [releasePipelineMemory(), mdx(), relativeLinks(), sitemap(), searchIndex(), offlineZip()],
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() gives a cacheKey (sources, entities, topics) and whose code is
  // unchanged are copied from the previous build's cache instead of rendered again.
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's notice about it is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
