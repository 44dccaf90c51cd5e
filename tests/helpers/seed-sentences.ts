/**
 * TEMPORARY test shim for stages that consume sentences (entities, topics,
 * dates, claims) while the real cleaner is being written: it drops the gold's
 * boilerplate lines and headline from each seed and splits the rest into
 * Sentence objects. Tests should move to the real pipeline once it exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Sentence } from '../../src/model/types.ts';
import { splitSentences } from '../../src/sentences/split.ts';
import { gold, SEEDS_DIR, sourceIdOf } from './gold.ts';

export interface SeedDoc {
  sourceId: string;
  file: string;
  published: string | null;
  sentences: Sentence[];
}

export function seedDocs(): SeedDoc[] {
  return gold.sources.map((g) => {
    const sourceId = sourceIdOf(g.file);
    const lines = fs.readFileSync(path.join(SEEDS_DIR, g.file), 'utf8').split('\n');
    const boiler = new Set(g.boilerplate_lines.map((l) => l.trim()));
    const sentences: Sentence[] = [];
    let block = 0;
    for (const raw of lines) {
      let line = raw.replace(/Read Full Article/g, '').trim();
      if (!line || boiler.has(line) || line === g.headline || line.startsWith('date ')) continue;
      line = line.replace(/^- /, '');
      for (const text of splitSentences(line)) {
        const index = sentences.length;
        sentences.push({ id: `s-${index}`, sourceId, block, item: null, index, text });
      }
      block++;
    }
    const published = g.published ?? (sourceId.startsWith('002') ? '2025-10-09' : null);
    return { sourceId, file: g.file, published, sentences };
  });
}
