import type { LoaderContext } from 'astro/loaders';
import { corpusVersion } from '../pipeline/cache-version.ts';
import { inputStamp } from '../pipeline/run.ts';
import { inputKey } from './generate.ts';
import type { SiteDirs } from './config.ts';

/** The meta key under which a collection remembers what its entries were made from. */
const META_KEY = 'briefing-inputs';

/**
 * What a collection's entries are made from: every input file (name, size,
 * modification time), the editor files, and the code of src/ and of the text
 * libraries. Cheap: no file is read but the code, whose digest is memoised.
 */
export const inputsKey = (dirs: SiteDirs): string => inputKey(inputStamp(dirs.sources, dirs.content), corpusVersion());

/**
 * Whether the collection's stored entries (Astro's data store, kept in the
 * cache folder between processes) were made from exactly these inputs. Then
 * its loader need not run the pipeline at all: `npm run build` syncs content
 * in one process and renders in another (scripts/build.mjs), and the second
 * finds everything stored. `outputsPresent` checks the files a loader wrote
 * beside the store (generated MDX) are still there.
 */
export function storedFrom(ctx: LoaderContext, key: string, outputsPresent = true): boolean {
  return outputsPresent && ctx.meta.get(META_KEY) === key;
}

/** Record that the collection's entries are now made from the inputs `key` describes. */
export function markStored(ctx: LoaderContext, key: string): void {
  ctx.meta.set(META_KEY, key);
}
