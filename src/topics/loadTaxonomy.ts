import { taxonomySchema, type Taxonomy } from './schema.ts';
import { parseDataFile, readDataFile } from '../model/data-file.ts';

/** Where the taxonomy lives relative to the project root. */
export const TAXONOMY_FILE = 'content/taxonomy.yaml';

/** Parse and validate taxonomy YAML text; `file` only labels errors. Throws `SourceInputError`. */
export function parseTaxonomy(yamlText: string, file: string = TAXONOMY_FILE): Taxonomy {
  return parseDataFile(yamlText, file, taxonomySchema);
}

/** Read `content/taxonomy.yaml` (or `file`) under `root`. The only file access of the topics module. */
export function loadTaxonomy(root: string = process.cwd(), file: string = TAXONOMY_FILE): Taxonomy {
  return readDataFile(root, file, taxonomySchema, 'taxonomy');
}
