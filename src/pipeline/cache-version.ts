import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The src/ folders whose code decides per-source results (see source-stage.ts). */
const STAGE_DIRS = ['ingest', 'clean', 'metadata', 'sentences', 'model', 'entities', 'dates', 'pipeline'];
/** Libraries whose behaviour decides them. */
const LIBRARIES = ['compromise', '@mozilla/readability', 'linkedom', 'yaml'];
/** What decides generated MDX besides its data: the emitters, the entry schemas, the site's routes. */
const EMIT_DIRS = ['emit', 'schemas', 'site'];
const EMIT_LIBRARIES = ['mdast-util-to-markdown', 'mdast-util-mdx', 'yaml'];

const memo = new Map<string, string>();

/**
 * A digest of the code in some src/ folders and of some libraries' versions:
 * a cached result made by other code is never reused. Coarse on purpose (any
 * change in those folders invalidates), since a stale cache would be a silent bug.
 */
function codeDigest(label: string, dirs: readonly string[], libraries: readonly string[]): string {
  const known = memo.get(label);
  if (known) return known;
  const hash = createHash('sha256').update(`${label} v1\n`);
  const src = fileURLToPath(new URL('..', import.meta.url));
  for (const dir of dirs) {
    const full = path.join(src, dir);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full, { recursive: true, encoding: 'utf8' }).sort()) {
      const file = path.join(full, name);
      if (name.endsWith('.ts') && fs.statSync(file).isFile()) hash.update(`${dir}/${name}\n`).update(fs.readFileSync(file));
    }
  }
  for (const lib of libraries) hash.update(`${lib}@${libraryVersion(lib, src)}\n`);
  const digest = hash.digest('hex').slice(0, 16);
  memo.set(label, digest);
  return digest;
}

/** Version of the per-source stages (the disk cache's entries carry it in their key). */
export const pipelineVersion = (): string => codeDigest('source-cache', STAGE_DIRS, LIBRARIES);

/** Libraries whose behaviour decides the corpus analysis, on top of the per-source ones. */
const CORPUS_LIBRARIES = [...new Set([...LIBRARIES, ...EMIT_LIBRARIES, 'chrono-node', 'zod'])];

/** Version of all of src/ (every stage, emitter and schema): what made a build's stored entries. */
export const corpusVersion = (): string => codeDigest('corpus', ['.'], CORPUS_LIBRARIES);

/** Version of the MDX emitters (generated files carry it in their key). */
export const emitVersion = (): string => codeDigest('emit', EMIT_DIRS, EMIT_LIBRARIES);

function libraryVersion(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', name, 'package.json');
    if (fs.existsSync(manifest)) return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: string }).version ?? '?';
    if (path.dirname(dir) === dir) return 'missing';
  }
}
