/** Ingest: input files → RawSource (decoded, front matter and manifest merged, HTML reduced to text). */
export { captureOf, parseCaptureLine, type CaptureLine } from './capture.ts';
export { checkSize, decodeSource, MAX_SOURCE_BYTES } from './decode.ts';
export { formatOf, SUPPORTED_EXTENSIONS } from './formats.ts';
export { splitFrontMatter } from './frontmatter.ts';
export { htmlToText } from './html.ts';
export { checkDuplicateIds, idFromFile, listSourceFiles } from './list.ts';
export { MANIFEST_FILE, readManifest, type Manifest } from './manifest.ts';
export { digestOf, mergeSupplied, readSourceBytes, readSourceFile, sourceFromBytes, type ReadOptions } from './read.ts';
