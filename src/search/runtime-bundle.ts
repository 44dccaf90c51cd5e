/**
 * Build the search page's runtime: `src/search/client/main.ts` bundled by
 * esbuild into one classic (IIFE) script in `pagefind/briefing/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { RUNTIME_DIR, RUNTIME_SCRIPT } from './contract.ts';

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

/** Sizes written, for the build log. */
export interface RuntimeSummary {
  scriptBytes: number;
}

/** Bundle the runtime into `<bundleDir>/briefing/`. Throws with `cause` if esbuild fails. */
export async function writeRuntime(bundleDir: string): Promise<RuntimeSummary> {
  const outDir = path.join(bundleDir, RUNTIME_DIR);
  fs.mkdirSync(outDir, { recursive: true });
  let code: string;
  try {
    const res = await build({
      entryPoints: [ENTRY],
      bundle: true,
      format: 'iife',
      // Chromium and Firefox ESR of the last two years; no transforms of modern syntax needed.
      target: ['chrome120', 'firefox115', 'safari16'],
      minify: true,
      legalComments: 'none',
      write: false,
      logLevel: 'silent',
    });
    code = res.outputFiles[0]?.text ?? '';
  } catch (err) {
    throw new Error(`Bundling the search runtime (${ENTRY}) failed`, { cause: err });
  }
  if (!code) throw new Error(`Bundling the search runtime (${ENTRY}) produced no output`);
  fs.writeFileSync(path.join(outDir, RUNTIME_SCRIPT), code);
  return { scriptBytes: Buffer.byteLength(code) };
}
