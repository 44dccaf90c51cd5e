import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { FIXTURE_SITE, ROOT, SEED_SITE, type BuiltSite } from '../helpers/sites.ts';

/** Build a site with the real `npm run build` entry point, into a test folder. */
function buildSite(site: BuiltSite, prepare?: () => void): void {
  prepare?.();
  const res = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_SOURCES: site.sources, BRIEFING_GENERATED: site.generated, BRIEFING_OUT: site.dist },
  });
  fs.mkdirSync(path.dirname(site.log), { recursive: true });
  fs.writeFileSync(site.log, `${res.stdout}\n${res.stderr}`);
  if (res.status !== 0) throw new Error(`building ${site.name} failed:\n${res.stdout}\n${res.stderr}`);
}

export default function setup(_project: TestProject) {
  buildSite(SEED_SITE);
  buildSite(FIXTURE_SITE, () => {
    fs.rmSync(FIXTURE_SITE.sources, { recursive: true, force: true });
    fs.cpSync(path.join(ROOT, 'tests/fixtures/site-sources'), FIXTURE_SITE.sources, { recursive: true });
  });
}
