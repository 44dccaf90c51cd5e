import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** The mark of this process's temporary files: another build's leftovers lack it. */
export const TMP_MARK = `.tmp-${process.pid}-`;

/**
 * Write `content` to `target` through a temporary file renamed into place, so
 * a reader never sees half a file. False when it could not be written (the
 * temporary file is removed): the callers' files are caches, redone when missing.
 */
export function writeAtomically(target: string, content: string): boolean {
  const tmp = `${target}${TMP_MARK}${threadId}`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, target);
    return true;
  } catch {
    fs.rmSync(tmp, { force: true });
    return false;
  }
}
