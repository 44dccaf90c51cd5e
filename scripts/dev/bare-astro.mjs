#!/usr/bin/env node
// Reference point for the perf targets: a bare Astro build of the same N sources as
// plain MDX pages (one page per source file, its text as paragraphs, no pipeline).
// `npx node scripts/dev/bare-astro.mjs <sourcesDir> <projectDir>` then time `npx astro build --root <projectDir>`.
import fs from 'node:fs';
import path from 'node:path';

const [sources, project] = process.argv.slice(2).map((p) => path.resolve(p));
fs.rmSync(project, { recursive: true, force: true });
fs.mkdirSync(path.join(project, 'src/pages/sources'), { recursive: true });
fs.symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'));
fs.writeFileSync(path.join(project, 'package.json'), '{"type":"module"}\n');
fs.writeFileSync(path.join(project, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], build: { format: 'file' } });\n");
const escape = (t) => t.replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`);
let n = 0;
for (const file of fs.readdirSync(sources).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
  const lines = fs.readFileSync(path.join(sources, file), 'utf8').split('\n').filter((l) => l.trim());
  const body = lines.map((l) => escape(l.replace(/^[-#*>\s]+/, ''))).join('\n\n');
  fs.writeFileSync(path.join(project, 'src/pages/sources', `${file.replace(/\.\w+$/, '')}.mdx`), `---\ntitle: "${file}"\n---\n\n# ${file}\n\n${body}\n`);
  n++;
}
console.log(`wrote ${n} MDX pages to ${project}`);
