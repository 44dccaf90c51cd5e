/**
 * Names shared by the build step (Node) and the search runtime (browser).
 * Kept in one dependency-free module so both sides always agree.
 */

/** Folder, relative to the site root, that Pagefind's bundle is written to. */
export const PAGEFIND_DIR = 'pagefind';

/** Sub-folder of the bundle holding our runtime (one classic script). */
export const RUNTIME_DIR = 'briefing';

/** The classic script the search page loads (inside {@link RUNTIME_DIR}). */
export const RUNTIME_SCRIPT = 'search.js';

/**
 * Sub-folder of the bundle holding one classic script per index file, for file://.
 * `offline/<path>.js` registers the bytes of `<path>` (relative to the bundle).
 */
export const OFFLINE_DIR = 'offline';

/** Global object the offline scripts register base64 payloads on: `self[OFFLINE_GLOBAL][path] = base64`. */
export const OFFLINE_GLOBAL = '__pf_offline';

/**
 * Files of the Pagefind bundle that Pagefind's own JS fetches at search time
 * (plus `pagefind.js`, which the offline loader turns into a Blob module).
 * Everything else in the bundle (our runtime, the worker) is loaded by
 * <script> or not at all.
 */
export const OFFLINE_FILE_PATTERN =
  /^(?:pagefind-entry\.json|pagefind\.js|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|(?:index|filter|fragment)\/[^/]+\.pf_(?:index|filter|fragment))$/;

/** Ids of sentence anchors on source pages (`<span id="s-xxxxxxxx" class="sentence">`). */
export const SENTENCE_ID = /^s-[0-9a-z]+$/i;

/** Meta keys pages carry (`data-pagefind-meta="key:value"`), read by the result template. */
export const META = { outlet: 'outlet', date: 'date', type: 'type' } as const;

/** Sort key pages carry (`data-pagefind-sort="date:YYYY-MM-DD"`). */
export const SORT_DATE = 'date';
