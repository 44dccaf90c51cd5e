/**
 * The baseline: the same N articles as plain MDX pages through a bare Astro
 * build (@astrojs/mdx only, one content collection, one page route), using
 * the astro in this repository's node_modules. What any Astro site of N MDX
 * pages costs; the briefing build is reported as a multiple of it.
 */
import fs from 'node:fs';
import path from 'node:path';

/** One page of the baseline. */
export interface BarePage {
  id: string;
  title: string;
  /** Paragraphs of the article text. */
  paragraphs: string[];
}

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()], build: { format: 'file' }, cacheDir: './.astro-cache' });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/articles' }),
    schema: z.object({ title: z.string() }),
  }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

/** Text as MDX reads it literally: braces and angle brackets would start expressions and JSX. */
const mdxText = (s: string) => s.replace(/[{}<>]/g, (c) => `\\${c}`);

/**
 * Write the baseline project into `dir` (emptied first). Its node_modules is a
 * link to the repository's, so the baseline resolves the same astro wherever
 * `dir` is; its cache stays inside `dir`.
 */
export function writeBareProject(root: string, dir: string, pages: BarePage[]): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const articles = path.join(dir, 'src/articles');
  fs.mkdirSync(articles, { recursive: true });
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  fs.writeFileSync(path.join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  fs.writeFileSync(path.join(dir, 'src/pages/[id].astro'), PAGE);
  for (const p of pages) {
    const body = p.paragraphs.map(mdxText).join('\n\n');
    fs.writeFileSync(path.join(articles, `${p.id}.mdx`), `---\ntitle: ${JSON.stringify(p.title)}\n---\n\n${body}\n`);
  }
}

/**
 * Add one more page to the baseline (a copy of its first article under a new
 * id), as the benchmark adds one source before rebuilding; returns its path.
 */
export function addBarePage(dir: string): string {
  const articles = path.join(dir, 'src/articles');
  const first = fs.readdirSync(articles).filter((f) => f.endsWith('.mdx')).sort()[0];
  if (!first) throw new Error(`addBarePage: ${articles} holds no article`);
  const added = path.join(articles, 'zz-added-page.mdx');
  fs.writeFileSync(added, fs.readFileSync(path.join(articles, first), 'utf8').replace(/^title: .*$/m, 'title: "Added page"'));
  return added;
}

/** Arguments to build the baseline with the repository's astro CLI, run by the same node. */
export function bareBuildArgs(root: string, dir: string): string[] {
  return [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir, '--silent'];
}
