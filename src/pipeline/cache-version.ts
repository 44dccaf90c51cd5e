import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The src/ folders whose code decides per-source results (see source-stage.ts). */
const STAGE_DIRS = ['ingest', 'clean', 'metadata', 'sentences', 'model', 'entities', 'dates', 'pipeline'];
/** Libraries whose behaviour decides them. */
const LIBRARIES = ['compromise', '@mozilla/readability', 'linkedom', 'yaml'];

let memo: string | null = null;

/**
 * A digest of the code and libraries behind per-source results: a cached
 * result made by other code is never reused. Coarse on purpose (any change
 * to those folders invalidates), since a stale cache would be a silent bug.
 */
export function pipelineVersion(): string {
  if (memo) return memo;
  const hash = createHash('sha256').update('source-cache v1\n');
  const src = fileURLToPath(new URL('..', import.meta.url));
  for (const dir of STAGE_DIRS) {
    const full = path.join(src, dir);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full, { recursive: true, encoding: 'utf8' }).sort()) {
      const file = path.join(full, name);
      if (name.endsWith('.ts') && fs.statSync(file).isFile()) hash.update(`${dir}/${name}\n`).update(fs.readFileSync(file));
    }
  }
  for (const lib of LIBRARIES) hash.update(`${lib}@${libraryVersion(lib, src)}\n`);
  return (memo = hash.digest('hex').slice(0, 16));
}

function libraryVersion(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', name, 'package.json');
    if (fs.existsSync(manifest)) return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: string }).version ?? '?';
    if (path.dirname(dir) === dir) return 'missing';
  }
}
