/**
 * The offline bundle: lets search run from file://, where Chromium blocks
 * fetch/XHR, module scripts and workers, but still runs classic <script src>.
 *
 * For every index file Pagefind fetches (see OFFLINE_FILE_PATTERN) we write a
 * classic script `pagefind/offline/<path>.js` that registers the file's bytes
 * as base64 on a global. The runtime's fetch shim injects only the scripts a
 * query needs, so the cost grows with the query, not with the site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OFFLINE_DIR, OFFLINE_FILE_PATTERN, OFFLINE_GLOBAL } from './contract.ts';

/** What the offline bundle added, for the build log and the cost report. */
export interface OfflineSummary {
  /** Number of scripts written. */
  files: number;
  /** Bytes the offline folder adds to dist/. */
  bytes: number;
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The classic script that registers one file. Static text: no code runs but the assignment. */
export function offlineScript(relPath: string, bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes).toString('base64');
  return `(self.${OFFLINE_GLOBAL}||(self.${OFFLINE_GLOBAL}={}))[${JSON.stringify(relPath)}]="${b64}";\n`;
}

/**
 * Write `<bundleDir>/offline/<path>.js` for each index file of the bundle.
 * Any previous offline folder is replaced, so stale chunks never linger.
 */
export function writeOfflineBundle(bundleDir: string): OfflineSummary {
  const outDir = path.join(bundleDir, OFFLINE_DIR);
  fs.rmSync(outDir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  for (const rel of listFiles(bundleDir)) {
    if (!OFFLINE_FILE_PATTERN.test(rel)) continue;
    const script = offlineScript(rel, fs.readFileSync(path.join(bundleDir, rel)));
    const target = path.join(outDir, `${rel}.js`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, script);
    files++;
    bytes += Buffer.byteLength(script);
  }
  if (files === 0) throw new Error(`No Pagefind index files found in ${bundleDir} to bundle for offline use`);
  return { files, bytes };
}
