import fs from 'node:fs';
import path from 'node:path';

/**
 * Write generated files into `dir`, touching only files whose content changed
 * and deleting stale ones, so Astro's glob loader (which digests file content)
 * and the dev server's watcher only see real changes.
 */
export function syncGeneratedFolder(dir: string, files: Map<string, string>, ext: string): { written: number; removed: number } {
  fs.mkdirSync(dir, { recursive: true });
  let written = 0;
  let removed = 0;
  for (const [name, content] of files) {
    const file = path.join(dir, name);
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
  return { written, removed };
}
