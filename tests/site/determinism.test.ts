import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_SITE } from '../helpers/sites.ts';

/** Every file under `dir` with the SHA-256 of its bytes. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const abs = path.join(dir, f);
    if (fs.statSync(abs).isFile()) out[f] = createHash('sha256').update(fs.readFileSync(abs)).digest('hex');
  }
  return out;
}

describe('reproducible builds', () => {
  it('two clean builds of the same input give identical dist/ trees', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rebuild-'));
    try {
      const res = spawnSync(process.execPath, ['scripts/build.mjs'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, BRIEFING_SOURCES: SEED_SITE.sources, BRIEFING_GENERATED: path.join(tmp, 'gen'), BRIEFING_OUT: path.join(tmp, 'dist') },
      });
      expect(res.status, res.stderr).toBe(0);
      const a = tree(SEED_SITE.dist);
      const b = tree(path.join(tmp, 'dist'));
      expect(Object.keys(b)).toEqual(Object.keys(a));
      expect(b).toEqual(a);
      // The data export, the offline zip and the search index are compared like every page.
      expect(Object.keys(a)).toEqual(expect.arrayContaining(['briefing.json', 'briefing-offline.zip', 'pagefind/pagefind.js']));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
