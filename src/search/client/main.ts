/**
 * The search page's runtime, shipped as one classic script
 * (`pagefind/briefing/search.js`, built from this file by esbuild).
 * Classic on purpose: Chromium refuses module scripts from file://.
 *
 * It imports Pagefind's search module and drives the page's own markup
 * (page.ts): over http from `pagefind/pagefind.js`; from file:// as a Blob
 * URL read from the offline bundle, with no worker and a fetch shim that
 * serves index files from the offline scripts.
 */
import { SENTENCE_ID } from '../contract.ts';
import { adaptInstance, parsePreference } from './adapter.ts';
import { OfflineFiles } from './offline.ts';
import { showError, wirePage } from './page.ts';
import type { PagefindModule } from './types.ts';

const blobUrl = (bytes: BlobPart) => URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));

async function start(root: HTMLElement): Promise<void> {
  // The page's "search has not started" note (revealed by CSS after a delay) is moot once this runs.
  root.querySelector('[data-search-fallback]')?.remove();
  const bundleRel = root.dataset.bundle ?? 'pagefind/';
  const bundleUrl = new URL(bundleRel.endsWith('/') ? bundleRel : `${bundleRel}/`, location.href);
  const offline = location.protocol === 'file:';
  const files = offline ? new OfflineFiles(bundleUrl) : null;
  files?.installFetchShim();

  const moduleUrl = files ? blobUrl(await files.load('pagefind.js')) : new URL('pagefind.js', bundleUrl).href;
  let pagefind: PagefindModule;
  try {
    pagefind = (await import(moduleUrl)) as PagefindModule;
  } catch (err) {
    throw new Error(`could not load ${offline ? 'the offline copy of ' : ''}pagefind.js`, { cause: err });
  }
  const instance = pagefind.createInstance({
    basePath: bundleUrl.href,
    baseUrl: '/',
    // Workers cannot start from file://; over http the worker keeps the page responsive.
    ...(offline ? { noWorker: true } : {}),
  });
  const siteRoot = root.dataset.siteRoot ?? './';
  wirePage(root, adaptInstance(instance, { siteRoot, sentenceId: SENTENCE_ID }, parsePreference(root.dataset.prefer)));
}

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) {
  start(root).catch((err: unknown) => {
    showError(root, `Search could not start: ${err instanceof Error ? err.message : String(err)}.`);
  });
}
