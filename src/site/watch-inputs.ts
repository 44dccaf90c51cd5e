import type { LoaderContext } from 'astro/loaders';
import { SourceInputError } from '../model/errors.ts';
import type { SiteDirs } from './config.ts';

/**
 * In dev, run `sync` again when a source or an editor file (taxonomy,
 * gazetteer, lexicon) changes; a bad file is logged, never thrown, so the dev
 * server keeps the last good pages. A build has no watcher: nothing happens.
 */
export function watchInputs(ctx: LoaderContext, dirs: SiteDirs, sync: () => Promise<void>): void {
  ctx.watcher?.add([dirs.sources, dirs.content]);
  ctx.watcher?.on('all', async (_event: string, file: string) => {
    if (!file.startsWith(dirs.sources) && !file.startsWith(dirs.content)) return;
    try {
      await sync();
    } catch (err) {
      ctx.logger.error(err instanceof SourceInputError ? err.message : String(err));
    }
  });
}
