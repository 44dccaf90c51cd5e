// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// `site` and `base` only shape canonical URLs and feeds; every internal link is
// relative, so the same dist/ works under any sub-path and from file://.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://briefing.example.org',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'ignore',
  build: { format: 'file', assets: 'assets', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
