/**
 * Search from file://. Chromium blocks fetch/XHR, module scripts and workers
 * for file:// pages but still runs classic `<script src>`. The build writes
 * one classic script per index file (`pagefind/offline/<path>.js`, see
 * offline-bundle.ts) that registers the file's bytes as base64 on a global.
 * Here, a fetch shim answers Pagefind's requests for bundle files by
 * injecting just the script for the requested path, on demand.
 */
import { OFFLINE_DIR, OFFLINE_GLOBAL } from '../contract.ts';

type Registry = Record<string, string | undefined>;
const registry = (): Registry => {
  const g = globalThis as unknown as Record<string, Registry | undefined>;
  return (g[OFFLINE_GLOBAL] ??= {});
};

/** `Uint8Array.fromBase64`, where the browser has it (2025+); not yet in TypeScript's DOM types. */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> }).fromBase64;

/** base64 → bytes: the native decoder where there is one, else atob. */
function decodeBase64(b64: string): Uint8Array<ArrayBuffer> {
  if (fromBase64) return fromBase64(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Loads bundle files through their offline scripts; each file once. */
export class OfflineFiles {
  private readonly pending = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  private readonly bundleUrl: URL;

  /** @param bundleUrl absolute URL of the Pagefind bundle folder (ends in `/`). */
  constructor(bundleUrl: URL) {
    this.bundleUrl = bundleUrl;
  }

  /** The bundle-relative path of a URL inside the bundle, or null. Query and fragment are dropped (Pagefind adds `?ts=`). */
  pathOf(url: string): string | null {
    let u: URL;
    try {
      u = new URL(url, this.bundleUrl);
    } catch {
      return null;
    }
    if (u.protocol !== this.bundleUrl.protocol || !u.pathname.startsWith(this.bundleUrl.pathname)) return null;
    const rel = decodeURIComponent(u.pathname.slice(this.bundleUrl.pathname.length));
    return rel && !rel.startsWith(`${OFFLINE_DIR}/`) ? rel : null;
  }

  /** The bytes of a bundle file, e.g. `fragment/en_1.pf_fragment`. */
  load(rel: string): Promise<Uint8Array<ArrayBuffer>> {
    let p = this.pending.get(rel);
    if (!p) {
      p = this.inject(rel);
      this.pending.set(rel, p);
      // A failed load may be retried later (e.g. a file added by a rebuild).
      p.catch(() => this.pending.delete(rel));
    }
    return p;
  }

  private inject(rel: string): Promise<Uint8Array<ArrayBuffer>> {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(`${OFFLINE_DIR}/${rel}.js`, this.bundleUrl).href;
      script.async = true;
      const done = () => script.remove();
      script.onload = () => {
        done();
        const reg = registry();
        const b64 = reg[rel];
        // Drop the string once decoded: the bytes are cached by Pagefind.
        delete reg[rel];
        if (b64 === undefined) reject(new Error(`Offline search file ${rel} registered no data`));
        else resolve(decodeBase64(b64));
      };
      script.onerror = () => {
        done();
        reject(new Error(`Offline search file ${rel} could not be loaded (${script.src})`));
      };
      document.head.append(script);
    });
  }

  /**
   * Route `fetch` for bundle URLs through {@link load}; everything else goes
   * to the real fetch untouched. Only ever installed under file://.
   */
  installFetchShim(): void {
    const realFetch = globalThis.fetch.bind(globalThis);
    globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const rel = this.pathOf(url);
      if (rel === null) return realFetch(input, init);
      const bytes = await this.load(rel);
      return new Response(bytes, { status: 200, headers: { 'content-type': 'application/octet-stream' } });
    };
  }
}
