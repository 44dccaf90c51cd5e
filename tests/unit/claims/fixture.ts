/** Test helper: the invented articles of tests/fixtures/claims/articles.json as Sentence objects. */
import fs from 'node:fs';
import path from 'node:path';
import type { Sentence } from '../../../src/model/types.ts';
import { splitSentences } from '../../../src/sentences/split.ts';

type Articles = Record<string, Record<string, string[]>>;

const FILE = path.resolve(import.meta.dirname, '../../fixtures/claims/articles.json');
const all = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Articles & { about: unknown };

/** Sentences of one scenario; source ids are the scenario's keys ("a", "b", …). */
export function scenario(name: string): Sentence[] {
  const sources = all[name];
  if (!sources || typeof sources !== 'object') throw new Error(`no scenario ${name}`);
  const out: Sentence[] = [];
  for (const [sourceId, paragraphs] of Object.entries(sources)) {
    let index = 0;
    paragraphs.forEach((p, block) => {
      for (const text of splitSentences(p)) out.push({ id: `s-${index}`, sourceId, block, item: null, index: index++, text });
    });
  }
  return out;
}
