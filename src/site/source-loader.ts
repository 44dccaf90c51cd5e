import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { datingsOf, sourceEntryOf, sourceFiles, storiesOf } from '../emit/source-mdx.ts';
import { runPipeline } from '../pipeline/run.ts';
import { timed } from '../pipeline/timings.ts';
import { siteDirs } from './config.ts';
import { watchInputs } from './watch-inputs.ts';
import { keyedFilesPresent, syncGeneratedFolder } from './generate.ts';
import { inputsKey, markStored, storedFrom } from './stored-inputs.ts';

/**
 * The sources collection: one generated MDX page body per source in
 * `.generated/sources/`, compiled by @astrojs/mdx when the page renders, and
 * the source's metadata stored as the entry's data straight from the pipeline.
 * The metadata is not written as the MDX file's front matter: the build would
 * then parse it back from YAML and also compile it into every page's module,
 * which at 10,000 sources is some 19 MB of YAML the bundler holds twice.
 * An entry whose inputs are unchanged (its page's key) is not validated again.
 */
export function sourcesLoader(): Loader {
  const dirs = siteDirs();
  const outDir = path.join(dirs.generated, 'sources');
  return {
    name: 'briefing-sources',
    async load(ctx: LoaderContext) {
      const root = fileURLToPath(ctx.config.root);
      const sync = async (key = inputsKey(dirs)) => {
        const result = runPipeline(dirs.sources, dirs.content, { cacheDir: dirs.cache });
        const files = sourceFiles(result);
        const datings = datingsOf(result);
        const stories = storiesOf(result);
        timed('emit', () => syncGeneratedFolder(outDir, files, '.mdx'));
        const keep = new Set<string>();
        for (const record of result.records) {
          const id = record.raw.id;
          const name = `${id}.mdx`;
          const file = path.join(outDir, name);
          // Relative to the site root with forward slashes, as Astro's own glob loader stores it.
          const filePath = path.relative(root, file).split(path.sep).join('/');
          const digest = files.get(name)!.key;
          keep.add(id);
          if (ctx.store.get(id)?.digest === digest) {
            // Unchanged: the entry stays, but its page module must still be part of this build.
            ctx.store.addModuleImport(filePath);
            continue;
          }
          const data = await ctx.parseData({ id, data: sourceEntryOf(record, datings.get(id), stories.get(id) ?? null), filePath: file });
          ctx.store.set({ id, data, filePath, digest, deferredRender: true });
        }
        for (const id of ctx.store.keys()) if (!keep.has(id)) ctx.store.delete(id);
        markStored(ctx, key);
      };
      const key = inputsKey(dirs);
      if (storedFrom(ctx, key, keyedFilesPresent(outDir))) {
        // Every entry is stored as the inputs would make it; its page module must still be part of this build.
        for (const entry of ctx.store.values()) if (entry.filePath) ctx.store.addModuleImport(entry.filePath);
      } else await sync(key);
      watchInputs(ctx, dirs, () => sync());
    },
  };
}
