import type { Loader, LoaderContext } from 'astro/loaders';
import { runPipeline, type PipelineResult } from '../pipeline/run.ts';
import { timed } from '../pipeline/timings.ts';
import { siteDirs } from './config.ts';
import { inputsKey, markStored, storedFrom } from './stored-inputs.ts';
import { watchInputs } from './watch-inputs.ts';

/**
 * A collection derived from the whole corpus (topics, entities, …). Thin:
 * `entries` maps the pipeline result to plain entries; the pipeline is
 * memoised, so several collections share one analysis.
 */
export function corpusLoader(name: string, entries: (r: PipelineResult) => { id: string }[]): Loader {
  const dirs = siteDirs();
  return {
    name: `briefing-${name}`,
    async load(ctx: LoaderContext) {
      const sync = async (key = inputsKey(dirs)) => {
        const result = runPipeline(dirs.sources, dirs.content, { cacheDir: dirs.cache });
        const list = timed('emit', () => entries(result));
        const keep = new Set<string>();
        for (const entry of list) {
          keep.add(entry.id);
          const digest = ctx.generateDigest(entry as unknown as Record<string, unknown>);
          if (ctx.store.get(entry.id)?.digest === digest) continue;
          const data = await ctx.parseData({ id: entry.id, data: entry as unknown as Record<string, unknown> });
          ctx.store.set({ id: entry.id, data, digest });
        }
        for (const id of ctx.store.keys()) if (!keep.has(id)) ctx.store.delete(id);
        markStored(ctx, key);
      };
      const key = inputsKey(dirs);
      if (!storedFrom(ctx, key)) await sync(key);
      watchInputs(ctx, dirs, () => sync());
    },
  };
}
