import { parseDataFile, readDataFile } from '../model/data-file.ts';
import { lexiconSchema, type Lexicon } from './conceptSchema.ts';

/** Where the concept lexicon lives relative to the project root. */
export const LEXICON_FILE = 'content/lexicon.yaml';

/** Parse and validate lexicon YAML text; `file` only labels errors. Throws `SourceInputError` naming the entry. */
export function parseLexicon(yamlText: string, file: string = LEXICON_FILE): Lexicon {
  return parseDataFile(yamlText, file, lexiconSchema);
}

/** Read `content/lexicon.yaml` (or `file`) under `root`. The only file access of the claims module. */
export function loadLexicon(root: string = process.cwd(), file: string = LEXICON_FILE): Lexicon {
  return readDataFile(root, file, lexiconSchema, 'lexicon');
}
