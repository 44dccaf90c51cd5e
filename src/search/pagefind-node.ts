/**
 * Thin typed adapter over Pagefind's Node API (`import * as pagefind from 'pagefind'`).
 *
 * Pagefind reports most problems as `errors: string[]` instead of throwing; this
 * adapter turns them into thrown `Error`s (with the Pagefind messages kept as
 * `cause`) so a broken index fails the build instead of shipping a silent,
 * empty search. The Pagefind service is a child process: it is always closed
 * in `finally`, or the build would hang on it.
 */
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';

/** What indexing produced, for the build log and the cost report. */
export interface IndexSummary {
  /** HTML files Pagefind looked at (pages without `data-pagefind-body` are counted but not indexed). */
  pageCount: number;
  /** Absolute path of the written bundle directory. */
  outputPath: string;
}

/** Options for {@link indexSite}. */
export interface IndexSiteOptions {
  /** The built site folder to index (absolute path). */
  siteDir: string;
  /** Where to write the bundle (absolute path), normally `<siteDir>/pagefind`. */
  outputPath: string;
  /** Glob of pages to index, relative to `siteDir`. Default: every `.html` file. */
  glob?: string;
  /** Passed to `createIndex`. `keepIndexUrl` defaults to true: result links must name real files so they work from file://. */
  config?: PagefindServiceConfig;
}

/** Pagefind answered, but with errors (kept as `cause`). */
export class PagefindIndexError extends Error {
  override name = 'PagefindIndexError';
}

/** Throw if Pagefind answered with errors; `step` names what was being done. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new PagefindIndexError(`Pagefind failed to ${step}: ${errors.join('; ')}`, { cause: errors });
  }
}

/**
 * Index the built site and write the Pagefind bundle.
 * Throws with `cause` when Pagefind reports an error or indexes no page at all.
 */
export async function indexSite(opts: IndexSiteOptions): Promise<IndexSummary> {
  try {
    const created = await pagefind.createIndex({ keepIndexUrl: true, ...opts.config });
    check('create an index', created.errors);
    const index = created.index;
    if (!index) throw new PagefindIndexError('Pagefind created no index and reported no error');

    const added = await index.addDirectory({ path: opts.siteDir, ...(opts.glob ? { glob: opts.glob } : {}) });
    check(`index ${opts.siteDir}`, added.errors);
    if (added.page_count === 0) throw new PagefindIndexError(`Pagefind found no HTML pages in ${opts.siteDir}`);

    const written = await index.writeFiles({ outputPath: opts.outputPath });
    check(`write ${opts.outputPath}`, written.errors);
    return { pageCount: added.page_count, outputPath: written.outputPath };
  } catch (err) {
    if (err instanceof PagefindIndexError) throw err;
    // The service itself failed (binary missing, crashed): say what we were doing.
    throw new Error(`Pagefind indexing of ${opts.siteDir} failed`, { cause: err });
  } finally {
    // The service is a child process; leaving it open keeps the build alive.
    await pagefind.close();
  }
}
