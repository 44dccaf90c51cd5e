/** Ingest: input files → RawSource (decoded, front matter and manifest merged, HTML extracted). */
export { decodeSource, MAX_SOURCE_BYTES } from './decode.ts';
export { splitFrontMatter } from './frontmatter.ts';
export { htmlToText } from './html.ts';
export { MANIFEST_FILE, readManifest, type Manifest } from './manifest.ts';
export { checkDuplicateIds, idFromFile, listSourceFiles, readSourceFile } from './read.ts';
