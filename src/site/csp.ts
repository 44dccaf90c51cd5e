/**
 * The site's Content-Security-Policy, delivered by Astro (`security.csp`) as a
 * `<meta http-equiv="content-security-policy">` in every page.
 *
 * Scripts: `'self'` plus the SHA-256 of each authored inline script
 * (inline-scripts.ts). Hashes come from the sources, never from the built
 * HTML: hashing whatever inline scripts a page ends up with would also allow
 * any script that hostile input managed to inject. No `'unsafe-inline'`, no
 * `'unsafe-eval'`, no third-party origin anywhere.
 *
 * Only the search page (see {@link allowSearchRuntime}) adds what Pagefind
 * needs; every other page runs no script file at all and gets nothing more.
 */
import { createHash } from 'node:crypto';
import type { AstroGlobal, AstroUserConfig } from 'astro';
import { INLINE_SCRIPTS } from './inline-scripts.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** The CSP source for a script or style text: `sha256-<base64>` of its UTF-8 bytes. */
export function sha256Source(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Directives on every page besides `script-src`/`style-src` (which Astro writes).
 * `frame-ancestors`, `report-uri` and `sandbox` are left out: browsers ignore
 * them in a <meta> policy, and say so in the console.
 */
export const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** `security.csp` for astro.config.mjs. */
export function siteCsp(): CspConfig {
  return {
    algorithm: 'SHA-256',
    directives: [...DIRECTIVES],
    scriptDirective: { resources: ["'self'"], hashes: INLINE_SCRIPTS.map(sha256Source) },
    // Every stylesheet is a file (build.inlineStylesheets: 'never'), and no page has a style attribute.
    styleDirective: { resources: ["'self'"] },
  };
}

/**
 * What the search page adds, through Astro's per-page CSP API (call it from
 * the page's own frontmatter, before the layout renders <head>):
 *  - `'wasm-unsafe-eval'`: Pagefind compiles its WebAssembly search core. It
 *    allows WebAssembly compilation only, not `eval` of JavaScript.
 *  - `blob:` scripts: from file://, Chromium refuses module scripts and
 *    `import()` of file: URLs, so the runtime (src/search/client/main.ts)
 *    imports Pagefind's module as a Blob URL. Only a script already running
 *    on the page can mint a blob: URL, so this opens nothing to injected markup.
 */
export function allowSearchRuntime(csp: AstroGlobal['csp']): void {
  // `astro dev` renders without a policy (Astro's CSP is build-only): nothing to add to.
  if (!csp) return;
  csp.insertScriptResource("'wasm-unsafe-eval'");
  csp.insertScriptResource('blob:');
}
