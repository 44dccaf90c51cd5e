import fs from 'node:fs';
import path from 'node:path';
import { SourceInputError } from '../model/errors.ts';
import { parseDataFile } from '../topics/validate.ts';
import { gazetteerSchema, type Gazetteer } from './schema.ts';

/** Where the gazetteer lives relative to the project root. */
export const GAZETTEER_FILE = 'content/gazetteer.yaml';

/** Parse and validate gazetteer YAML text; `file` only labels errors. Throws `SourceInputError`. */
export function parseGazetteer(yamlText: string, file: string = GAZETTEER_FILE): Gazetteer {
  return parseDataFile(yamlText, file, gazetteerSchema);
}

/** Read `content/gazetteer.yaml` (or `file`) under `root`. The only file access of the entities module. */
export function loadGazetteer(root: string = process.cwd(), file: string = GAZETTEER_FILE): Gazetteer {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(root, file), 'utf8');
  } catch (err) {
    throw new SourceInputError(file, 'cannot be read', { cause: err, hint: 'restore the gazetteer file' });
  }
  return parseGazetteer(text, file);
}
