/**
 * The whole search build step, run on a built site folder: index it with
 * Pagefind, write the offline bundle, write the runtime. Independent of Astro
 * so scripts and tests can run it on any dist/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { timed, timedAsync } from '../pipeline/timings.ts';
import { PAGEFIND_DIR } from './contract.ts';
import { writeOfflineBundle, type OfflineSummary } from './offline-bundle.ts';
import { indexSite } from './pagefind-node.ts';
import { writeRuntime, type RuntimeSummary } from './runtime-bundle.ts';

/** What one search build produced. */
export interface SearchBuildSummary {
  /** Pages Pagefind indexed (those with `data-pagefind-body`, or all if none has it). */
  indexedPages: number;
  /** Bytes of the Pagefind bundle as Pagefind wrote it. */
  bundleBytes: number;
  offline: OfflineSummary;
  runtime: RuntimeSummary;
}

/** Total size of the files under a folder. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) total += fs.statSync(path.join(e.parentPath, e.name)).size;
  }
  return total;
}

/** Pages in the index, from `pagefind-entry.json` (Pagefind's own count, per language). */
function indexedPages(bundleDir: string): number {
  const entry = JSON.parse(fs.readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
}

/**
 * Pagefind writes every UI it ships; the site uses none of them (the search
 * page drives Pagefind's API with its own markup: src/search/client). Dropping them (and WebAssembly for languages the index does not have)
 * keeps dist/ small; nothing links to them.
 */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Remove {@link UNUSED} files and unreferenced `wasm.*.pagefind` from the bundle. */
function pruneBundle(bundleDir: string): void {
  const entry = JSON.parse(fs.readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { wasm?: string | null }>;
  };
  const wasmUsed = new Set(Object.values(entry.languages ?? {}).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
  for (const name of fs.readdirSync(bundleDir)) {
    if (UNUSED.includes(name) || (/^wasm\..+\.pagefind$/.test(name) && !wasmUsed.has(name))) {
      fs.rmSync(path.join(bundleDir, name));
    }
  }
}

/** Index `siteDir` and write `<siteDir>/pagefind/` with the offline bundle and runtime. */
export async function buildSearch(siteDir: string): Promise<SearchBuildSummary> {
  const bundleDir = path.join(siteDir, PAGEFIND_DIR);
  // A stale bundle from an earlier build must not be indexed or survive.
  fs.rmSync(bundleDir, { recursive: true, force: true });
  await timedAsync('pagefind', () => indexSite({ siteDir, outputPath: bundleDir }));
  const pages = indexedPages(bundleDir);
  if (pages === 0) throw new Error(`Pagefind indexed no page in ${siteDir}: does any page carry data-pagefind-body?`);
  pruneBundle(bundleDir);
  const bundleBytes = folderBytes(bundleDir);
  const offline = timed('offline-bundle', () => writeOfflineBundle(bundleDir));
  const runtime = await timedAsync('search-runtime', () => writeRuntime(bundleDir));
  return { indexedPages: pages, bundleBytes, offline, runtime };
}
