import path from 'node:path';

/**
 * Where the build reads sources and writes generated MDX. Overridable by
 * environment so tests and benchmarks can build other corpora side by side.
 */
export interface SiteDirs {
  /** Folder of input files. Default: `content/sources`. Env: BRIEFING_SOURCES. */
  sources: string;
  /** Folder of generated (git-ignored) MDX and data. Default: `.generated`. Env: BRIEFING_GENERATED. */
  generated: string;
  /** Editor-editable taxonomy and gazetteer live here. Default: `content`. Env: BRIEFING_CONTENT. */
  content: string;
  /** Per-source results kept between builds: `<generated>/cache`. */
  cache: string;
}

export function siteDirs(root = process.cwd()): SiteDirs {
  const env = process.env;
  const generated = path.resolve(root, env.BRIEFING_GENERATED ?? '.generated');
  return {
    sources: path.resolve(root, env.BRIEFING_SOURCES ?? 'content/sources'),
    generated,
    content: path.resolve(root, env.BRIEFING_CONTENT ?? 'content'),
    cache: path.join(generated, 'cache'),
  };
}

/** Where the briefing collection's loader writes dist/briefing.json's content, inside `<generated>/briefing/`. */
export const BRIEFING_DATA_FILE = 'briefing.json';
export const briefingDataPath = (dirs: SiteDirs = siteDirs()): string => path.join(dirs.generated, 'briefing', BRIEFING_DATA_FILE);
