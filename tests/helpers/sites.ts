import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const CACHE = path.join(ROOT, '.cache/test-sites');

export interface BuiltSite {
  name: string;
  sources: string;
  generated: string;
  dist: string;
  log: string;
}

const site = (name: string, sources: string): BuiltSite => ({
  name,
  sources,
  generated: path.join(CACHE, name, 'generated'),
  dist: path.join(CACHE, name, 'dist'),
  log: path.join(CACHE, name, 'build.log'),
});

/** The embedded default content (the five seeds), built exactly as `npm run build` does. */
export const SEED_SITE = site('seeds', path.join(ROOT, 'content/sources'));
/** Non-seed and hostile fixtures (tests/fixtures/site-sources), built the same way. */
export const FIXTURE_SITE = site('fixtures', path.join(CACHE, 'fixtures/sources'));

export const readDist = (s: BuiltSite, rel: string) => fs.readFileSync(path.join(s.dist, rel), 'utf8');
export const buildLog = (s: BuiltSite) => fs.readFileSync(s.log, 'utf8');
