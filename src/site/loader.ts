import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { buildReport } from '../pipeline/report.ts';
import { runPipeline, type PipelineResult } from '../pipeline/run.ts';
import { timed } from '../pipeline/timings.ts';
import { siteDirs } from './config.ts';
import { keyedFilesPresent, syncGeneratedFolder, type KeyedFile } from './generate.ts';
import { inputsKey, markStored, storedFrom } from './stored-inputs.ts';
import { watchInputs } from './watch-inputs.ts';

/**
 * A collection of generated MDX pages: runs the framework-free pipeline,
 * writes one `.mdx` file per entry into `.generated/<name>/` (only files whose
 * content changed), and lets Astro's own glob loader (digest-skipping, dev
 * watching) load them, so @astrojs/mdx compiles them like any MDX page.
 * All parsing lives in src/pipeline; this file only wires it to Astro.
 */
export function generatedMdxLoader(name: string, files: (r: PipelineResult) => Map<string, string | KeyedFile>): Loader {
  const dirs = siteDirs();
  const outDir = path.join(dirs.generated, name);
  const generate = () => {
    const result = runPipeline(dirs.sources, dirs.content, { cacheDir: dirs.cache });
    return timed('emit', () => {
      const written = syncGeneratedFolder(outDir, files(result), '.mdx');
      // The build wrapper prints this after Astro finishes.
      syncGeneratedFolder(dirs.generated, new Map([['report.json', `${JSON.stringify(buildReport(result.records), null, 2)}\n`]]), '.none');
      return written;
    });
  };
  // retainBody: false: no page reads entry.body (MDX renders from its file), and the data store, which the
  // build bundles into its server code, would otherwise hold every page's text a second time.
  const inner = glob({ pattern: '*.mdx', base: outDir, generateId: ({ entry }) => entry.replace(/\.mdx$/, ''), retainBody: false });

  return {
    name: `briefing-${name}`,
    async load(ctx: LoaderContext) {
      const key = inputsKey(dirs);
      if (!storedFrom(ctx, key, keyedFilesPresent(outDir))) {
        generate();
        markStored(ctx, key);
      }
      await inner.load(ctx);
      // In dev, a new or edited source regenerates the pages; the glob loader's own watcher reloads them.
      watchInputs(ctx, dirs, async () => {
        const now = inputsKey(dirs);
        const { written, removed } = generate();
        markStored(ctx, now);
        if (written || removed) ctx.logger.info(`regenerated ${written} page(s), removed ${removed}`);
      });
    },
  };
}
