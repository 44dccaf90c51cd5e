/** Test helper: a sources folder of invented text files in a temporary directory, removed after the file's tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Write `files` (file name → its lines) into a new temporary folder and return
 * its path; lines are joined by `between` (a blank line makes each a paragraph).
 */
export function tempSources(prefix: string, files: Record<string, string[]>, between = '\n'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const [file, lines] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), `${lines.join(between)}\n`);
  return dir;
}
