// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { relativeLinks } from './src/site/relative-links.ts';
import { searchIndex } from './src/search/integration.ts';
import { sitemap } from './src/site/sitemap.ts';
import { offlineZip } from './src/site/offline-zip.ts';
import { siteCsp } from './src/site/csp.ts';
import { cspGuard } from './src/site/csp-guard.ts';
import { releasePipelineMemory } from './src/site/release-memory.ts';
import { briefingDataFile } from './src/site/briefing-data-file.ts';
import { postBuildOutside } from './src/site/post-build-env.ts';

// `site` and `base` only shape canonical URLs and feeds; every internal link is
// relative, so the same dist/ works under any sub-path and from file://.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://briefing.example.org',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'ignore',
  // build.concurrency: pages rendered at once. With one, the render step waited on file writes a third of
  // its time: 4 took it from 14.0 to 11.0 s at 5,000 sources (8 did no better), with byte-identical pages.
  build: { format: 'file', assets: 'assets', inlineStylesheets: 'never', concurrency: 4 },
  // Quotes are evidence: never let typography rewrite a source's ' into ’. No syntax highlighting:
  // Shiki colours code with style attributes, which the policy (src/site/csp.ts) forbids.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: false },
  // Search indexes over the pages as they will be served (links already relative, policy checked);
  // the offline zip comes last, so it holds the finished site, search index included. Under `npm run build`
  // both run in the wrapper once this process has exited (src/site/post-build.ts), not here.
  // The MDX we generate (src/emit) is serialised for CommonMark + MDX only, so it is parsed with exactly that
  // grammar: with GFM on, a URL in source text became an autolink that swallowed the escape of a following
  // `<` (the briefing then failed to compile on a URL like `https://x/"><script>`), and bare URLs became links.
  integrations: [
    releasePipelineMemory(), mdx({ gfm: false }), briefingDataFile(), relativeLinks(), cspGuard(), sitemap(),
    ...(postBuildOutside() ? [] : [searchIndex(), offlineZip()]),
  ],
  // Content-Security-Policy on every page (a <meta>), scripts allowed by hash: see src/site/csp.ts.
  security: { csp: siteCsp() },
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
