/** Test helpers for the dates stage: non-seed fixture docs and sentence builders. */
import fs from 'node:fs';
import path from 'node:path';
import type { Sentence } from '../../../src/model/types.ts';
import type { DatedDoc } from '../../../src/dates/types.ts';
import { ROOT } from '../../helpers/gold.ts';

/** Sentences for a source from plain strings (ids `s-0`, `s-1`, …). */
export function sentencesOf(sourceId: string, texts: readonly string[]): Sentence[] {
  return texts.map((text, index) => ({ id: `s-${index}`, sourceId, block: index, item: null, index, text }));
}

/** A one-source doc. */
export function doc(sourceId: string, published: string | null, texts: readonly string[]): DatedDoc {
  return { sourceId, published, sentences: sentencesOf(sourceId, texts) };
}

interface FixtureDoc {
  sourceId: string;
  published: string | null;
  sentences: string[];
}

/** The non-seed articles of tests/fixtures/dates/non-seed.json. */
export function nonSeedDocs(): DatedDoc[] {
  const raw = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/dates/non-seed.json'), 'utf8')) as { docs: FixtureDoc[] };
  return raw.docs.map((d) => doc(d.sourceId, d.published, d.sentences));
}
