/**
 * The search page's runtime, shipped as one classic script
 * (`pagefind/briefing/search.js`, built from this file by esbuild).
 * Classic on purpose: Chromium refuses module scripts from file://.
 *
 * It loads Pagefind's Component UI (itself a classic script) and configures
 * it so that the UI imports our wrapper module instead of Pagefind's:
 *  - over http, `pagefind/briefing/pagefind.js` (a real file);
 *  - from file://, the same source as a Blob URL, with Pagefind's module as
 *    a second Blob read from the offline bundle, no worker, and a fetch shim
 *    that serves index files from the offline scripts.
 * Over http nothing but the wrapper differs from stock Pagefind.
 */
import { RUNTIME_DIR, RUNTIME_GLOBAL, SENTENCE_ID, WRAPPER_MODULE_SOURCE } from '../contract.ts';
import { adaptInstance, parsePreference } from './adapter.ts';
import { FilterGate } from './filter-gate.ts';
import { OfflineFiles } from './offline.ts';
import { showError, wirePage } from './page.ts';
import type { PagefindComponentsGlobal, PagefindInstanceApi } from './types.ts';

/** What the wrapper module calls back into. */
interface Runtime {
  adapt(instance: PagefindInstanceApi): PagefindInstanceApi;
  pagefindModuleUrl(): Promise<string>;
}

/** Load a classic script; resolves once it has run. */
function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

const blobUrl = (bytes: BlobPart) => URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));

async function start(root: HTMLElement): Promise<void> {
  // The page's "search has not started" note (revealed by CSS after a delay) is moot once this runs.
  root.querySelector('[data-search-fallback]')?.remove();
  const bundleRel = root.dataset.bundle ?? 'pagefind/';
  const bundleUrl = new URL(bundleRel.endsWith('/') ? bundleRel : `${bundleRel}/`, location.href);
  const siteRoot = root.dataset.siteRoot ?? './';
  const preference = parsePreference(root.dataset.prefer);
  const offline = location.protocol === 'file:';
  const files = offline ? new OfflineFiles(bundleUrl) : null;
  files?.installFetchShim();

  let moduleUrl: Promise<string> | undefined;
  const gate = new FilterGate();
  const runtime: Runtime = {
    adapt: (instance) => adaptInstance(instance, { siteRoot, sentenceId: SENTENCE_ID }, preference, gate),
    pagefindModuleUrl: () =>
      (moduleUrl ??= files
        ? files.load('pagefind.js').then(blobUrl)
        : Promise.resolve(new URL('pagefind.js', bundleUrl).href)),
  };
  (globalThis as unknown as Record<string, Runtime>)[RUNTIME_GLOBAL] = runtime;

  // The UI imports `${bundlePath}pagefind.js`; a Blob URL ignores the `#pagefind.js` fragment.
  const bundlePath = files ? `${blobUrl(WRAPPER_MODULE_SOURCE)}#` : new URL(`${RUNTIME_DIR}/`, bundleUrl).href;

  await loadScript(new URL('pagefind-component-ui.js', bundleUrl).href);
  const components = (globalThis as unknown as { PagefindComponents?: PagefindComponentsGlobal }).PagefindComponents;
  if (!components) throw new Error('the Pagefind Component UI did not register');
  // Configured before anything can trigger a load: elements only load on focus or search, both later than this.
  const instance = components.configureInstance('default', {
    bundlePath,
    basePath: bundleUrl.href,
    baseUrl: '/',
    // Workers cannot start from file://; over http the worker keeps the page responsive.
    ...(offline ? { noWorker: true } : {}),
  });
  wirePage(root, instance, gate);
}

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) {
  start(root).catch((err: unknown) => {
    showError(root, `Search could not start: ${err instanceof Error ? err.message : String(err)}.`);
  });
}
