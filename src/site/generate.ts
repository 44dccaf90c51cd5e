import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A generated file described by what it is made from: `render` runs only when
 * `key` (a digest of its inputs and of the code that renders them) differs
 * from the key the file was last written with.
 */
export interface KeyedFile {
  key: string;
  render: () => string;
}

/** Where a folder's keys are kept (not matched by any `ext` a caller passes). */
const KEYS_FILE = '.keys.json';

/** A digest of any JSON-serialisable inputs, for KeyedFile keys. */
export const inputKey = (...inputs: unknown[]): string => createHash('sha256').update(JSON.stringify(inputs)).digest('hex');

function readKeys(dir: string): Record<string, string> {
  try {
    const keys = JSON.parse(fs.readFileSync(path.join(dir, KEYS_FILE), 'utf8')) as unknown;
    return keys && typeof keys === 'object' ? (keys as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Whether every file syncGeneratedFolder last wrote into `dir` is still there (false when it never wrote any). */
export function keyedFilesPresent(dir: string): boolean {
  const names = Object.keys(readKeys(dir));
  return names.length > 0 && names.every((name) => fs.existsSync(path.join(dir, name)));
}

/**
 * Write generated files into `dir`, touching only files whose content changed
 * and deleting stale ones, so Astro's glob loader (which digests file content)
 * and the dev server's watcher only see real changes. Keyed files whose key is
 * unchanged are not even rendered (for thousands of pages, rendering is the cost).
 */
export function syncGeneratedFolder(dir: string, files: Map<string, string | KeyedFile>, ext: string): { written: number; removed: number } {
  fs.mkdirSync(dir, { recursive: true });
  const before = readKeys(dir);
  const after: Record<string, string> = {};
  let written = 0;
  let removed = 0;
  for (const [name, spec] of files) {
    const file = path.join(dir, name);
    // Unkeyed files are listed too (with no key), so keyedFilesPresent knows every file the folder should hold.
    after[name] = typeof spec === 'string' ? '' : spec.key;
    if (typeof spec !== 'string') {
      if (before[name] === spec.key && fs.existsSync(file)) continue;
    }
    const content = typeof spec === 'string' ? spec : spec.render();
    const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (old !== content) {
      fs.writeFileSync(file, content);
      written++;
    }
  }
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith(ext) && !files.has(name)) {
      fs.rmSync(path.join(dir, name));
      removed++;
    }
  }
  // Keys are written after the files: a build interrupted in between re-renders, never trusts a stale file.
  if (Object.keys(after).length || Object.keys(before).length) fs.writeFileSync(path.join(dir, KEYS_FILE), JSON.stringify(after));
  return { written, removed };
}
