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
  // The second build runs in low-memory mode (src/site/low-memory.ts), which large corpora get: the content
  // sync in a process of its own, then the page build. Same input, same site, whichever way it was built.
  it('two clean builds of the same input give identical dist/ trees, the second in low-memory mode', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rebuild-'));
    try {
      const res = spawnSync(process.execPath, ['scripts/build.mjs'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, BRIEFING_SOURCES: SEED_SITE.sources, BRIEFING_GENERATED: path.join(tmp, 'gen'), BRIEFING_OUT: path.join(tmp, 'dist'), BRIEFING_LOW_MEMORY: '1' },
      });
      expect(res.status, res.stderr).toBe(0);
      expect(res.stdout).toMatch(/^Building in low-memory mode \(BRIEFING_LOW_MEMORY=1\): /m);
      // The sync process ran the pipeline; the page build found its results stored and did not run it again.
      const stages = JSON.parse(fs.readFileSync(path.join(tmp, 'gen/timings.json'), 'utf8')).stages as Record<string, { calls: number }>;
      expect(stages['read']?.calls).toBe(1);
      expect(stages['claims']?.calls).toBeGreaterThan(0);
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

  it('a rebuild of unchanged inputs does not run the text pipeline again; an added source does', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rebuild-'));
    const sources = path.join(tmp, 'sources');
    fs.cpSync(SEED_SITE.sources, sources, { recursive: true });
    const env = { ...process.env, BRIEFING_LOW_MEMORY: '0', BRIEFING_SOURCES: sources, BRIEFING_GENERATED: path.join(tmp, 'gen'), BRIEFING_OUT: path.join(tmp, 'dist') };
    /** Build, then the stages that ran (src/pipeline/timings.ts) and the dist/ tree. */
    const build = () => {
      const res = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8', env });
      expect(res.status, res.stderr).toBe(0);
      const stages = JSON.parse(fs.readFileSync(path.join(tmp, 'gen/timings.json'), 'utf8')).stages as Record<string, { calls: number }>;
      return { stages, dist: tree(path.join(tmp, 'dist')) };
    };
    try {
      const cold = build();
      expect(cold.stages['claims']?.calls).toBeGreaterThan(0);
      expect(cold.stages['read']?.calls).toBe(1);
      const again = build();
      expect(again.stages['read']).toBeUndefined();
      expect(again.stages['claims']).toBeUndefined();
      expect(again.dist).toEqual(cold.dist);

      const first = fs.readdirSync(sources).find((f) => f.endsWith('.txt'))!;
      fs.copyFileSync(path.join(sources, first), path.join(sources, `copy-${first}`));
      const added = build();
      expect(added.stages['read']?.calls).toBe(1);
      expect(Object.keys(added.dist).filter((f) => f.startsWith('sources/copy-'))).toHaveLength(1);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
