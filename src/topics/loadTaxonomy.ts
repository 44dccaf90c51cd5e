import fs from 'node:fs';
import path from 'node:path';
import { SourceInputError } from '../model/errors.ts';
import { taxonomySchema, type Taxonomy } from './schema.ts';
import { parseDataFile } from './validate.ts';

/** Where the taxonomy lives relative to the project root. */
export const TAXONOMY_FILE = 'content/taxonomy.yaml';

/** Parse and validate taxonomy YAML text; `file` only labels errors. Throws `SourceInputError`. */
export function parseTaxonomy(yamlText: string, file: string = TAXONOMY_FILE): Taxonomy {
  return parseDataFile(yamlText, file, taxonomySchema);
}

/** Read `content/taxonomy.yaml` (or `file`) under `root`. The only file access of the topics module. */
export function loadTaxonomy(root: string = process.cwd(), file: string = TAXONOMY_FILE): Taxonomy {
  const abs = path.resolve(root, file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (err) {
    throw new SourceInputError(file, 'cannot be read', { cause: err, hint: 'restore the taxonomy file' });
  }
  return parseTaxonomy(text, file);
}
