import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/sites.ts';

let tmp = '';
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Build the broken-front-matter fixture into `<tmp>/dist`, after `prepare` has set up the folder as a test needs. */
function badBuild(prepare: (dir: string) => void) {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fail-build-'));
  const sources = path.join(tmp, 'sources');
  fs.cpSync(path.join(ROOT, 'tests/fixtures/inputs/bad/broken-front-matter'), sources, { recursive: true });
  const dist = path.join(tmp, 'dist');
  prepare(tmp);
  const res = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_SOURCES: sources, BRIEFING_GENERATED: path.join(tmp, 'gen'), BRIEFING_OUT: dist },
  });
  return { res, dist };
}

describe('a build with bad input', () => {
  it('exits non-zero with one line naming the file, and leaves the previous dist/ untouched', () => {
    const { res, dist } = badBuild((dir) => {
      fs.mkdirSync(path.join(dir, 'dist'));
      fs.writeFileSync(path.join(dir, 'dist', 'index.html'), 'previous site');
      // What a killed build leaves behind (no process can have this id: above Linux's pid_max).
      fs.mkdirSync(path.join(dir, 'dist.tmp-99999999'));
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/Build failed: broken\.md: .*front matter/i);
    expect(res.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('previous site');
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('dist.'))).toEqual([]); // no temp build left behind
  });

  it('puts back the previous site when a killed build had moved it aside', () => {
    const { res, dist } = badBuild((dir) => {
      // Killed between "dist/ → dist.old-<pid>" and "dist.tmp-<pid> → dist/".
      fs.mkdirSync(path.join(dir, 'dist.old-99999999'));
      fs.writeFileSync(path.join(dir, 'dist.old-99999999', 'index.html'), 'previous site');
    });
    expect(res.status).toBe(1);
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('previous site');
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('dist.'))).toEqual([]);
  });
});
