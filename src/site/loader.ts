import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { sourceMdx } from '../emit/source-mdx.ts';
import { SourceInputError } from '../model/errors.ts';
import { readSources } from '../pipeline/corpus.ts';
import { buildReport } from '../pipeline/report.ts';
import { siteDirs } from './config.ts';
import { syncGeneratedFolder } from './generate.ts';

/**
 * The `sources` collection: runs the framework-free pipeline over
 * `content/sources/`, writes one generated MDX page per source, and lets
 * Astro's own glob loader (digest-skipping, dev watching) load those pages.
 * All parsing lives in src/pipeline; this file only wires it to Astro.
 */
export function sourcesLoader(): Loader {
  const dirs = siteDirs();
  const outDir = path.join(dirs.generated, 'sources');
  const generate = () => {
    const records = readSources(dirs.sources);
    const files = new Map(records.map((r) => [`${r.raw.id}.mdx`, sourceMdx(r)]));
    const result = syncGeneratedFolder(outDir, files, '.mdx');
    // The build wrapper prints this after Astro finishes.
    syncGeneratedFolder(dirs.generated, new Map([['report.json', `${JSON.stringify(buildReport(records), null, 2)}\n`]]), '.none');
    return result;
  };
  const inner = glob({ pattern: '*.mdx', base: outDir, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });

  return {
    name: 'briefing-sources',
    async load(ctx: LoaderContext) {
      generate();
      await inner.load(ctx);
      // In dev, a new or edited source regenerates its page; the glob loader's own watcher reloads it.
      ctx.watcher?.add(dirs.sources);
      const onChange = (file: string) => {
        if (!file.startsWith(dirs.sources)) return;
        try {
          const { written, removed } = generate();
          if (written || removed) ctx.logger.info(`regenerated ${written} page(s), removed ${removed}`);
        } catch (err) {
          ctx.logger.error(err instanceof SourceInputError ? err.message : String(err));
        }
      };
      ctx.watcher?.on('add', onChange);
      ctx.watcher?.on('change', onChange);
      ctx.watcher?.on('unlink', onChange);
    },
  };
}
