import { parseDataFile, readDataFile } from '../model/data-file.ts';
import { gazetteerSchema, type Gazetteer } from './schema.ts';

/** Where the gazetteer lives relative to the project root. */
export const GAZETTEER_FILE = 'content/gazetteer.yaml';

/** Parse and validate gazetteer YAML text; `file` only labels errors. Throws `SourceInputError`. */
export function parseGazetteer(yamlText: string, file: string = GAZETTEER_FILE): Gazetteer {
  return parseDataFile(yamlText, file, gazetteerSchema);
}

/** Read `content/gazetteer.yaml` (or `file`) under `root`. The only file access of the entities module. */
export function loadGazetteer(root: string = process.cwd(), file: string = GAZETTEER_FILE): Gazetteer {
  return readDataFile(root, file, gazetteerSchema, 'gazetteer');
}
