/**
 * The steps that run on the finished pages: the Pagefind index (with its
 * offline bundle and our runtime), then the offline zip of the whole site.
 *
 * `npm run build` (scripts/build.mjs) runs them itself, in its own process,
 * once the `astro build` child process has exited: at 10,000 sources Astro's
 * process still held about 4.6 GB when the build:done hooks ran, and
 * Pagefind's indexer ran beside it. A plain `astro build` runs them in the
 * integrations' build:done hooks, as before (astro.config.mjs).
 */
import { buildSearch, type SearchBuildSummary } from '../search/build.ts';
import { writeOfflineZip } from './offline-zip.ts';

/** What the post-build steps wrote. */
export interface PostBuildSummary {
  search: SearchBuildSummary;
  zip: { name: string; files: number; bytes: number };
}

/** Index the built site in `dir` and zip it, in that order (the zip holds the index). */
export async function finishSite(dir: string): Promise<PostBuildSummary> {
  const search = await buildSearch(dir);
  const zip = await writeOfflineZip(dir);
  return { search, zip };
}
