/** Sizes of what a build wrote. */
import fs from 'node:fs';
import path from 'node:path';

export interface SiteSizes {
  dist: number;
  /** pagefind/ without the offline scripts: the index and runtime served over http. */
  index: number;
  /** pagefind/offline/: the index again as classic scripts for file://. */
  offline: number;
  zip: number;
  pages: number;
  /** The largest HTML page, relative to dist/. */
  largest: { path: string; bytes: number };
}

function walk(dir: string): { bytes: number; html: number; largest: { path: string; bytes: number } } {
  let bytes = 0;
  let html = 0;
  const largest = { path: '', bytes: 0 };
  if (!fs.existsSync(dir)) return { bytes, html, largest };
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    const size = fs.statSync(file).size;
    bytes += size;
    if (!e.name.endsWith('.html')) continue;
    html++;
    if (size > largest.bytes) Object.assign(largest, { path: path.relative(dir, file).split(path.sep).join('/'), bytes: size });
  }
  return { bytes, html, largest };
}

export function siteSizes(dist: string): SiteSizes {
  const all = walk(dist);
  const offline = walk(path.join(dist, 'pagefind/offline')).bytes;
  const zip = path.join(dist, 'briefing-offline.zip');
  return {
    dist: all.bytes,
    index: walk(path.join(dist, 'pagefind')).bytes - offline,
    offline,
    zip: fs.existsSync(zip) ? fs.statSync(zip).size : 0,
    pages: all.html,
    largest: all.largest,
  };
}
