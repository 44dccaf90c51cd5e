import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/gold.ts';
import { extractEntities } from '../../../src/entities/extract.ts';
import { loadGazetteer } from '../../../src/entities/loadGazetteer.ts';
import { formKey } from '../../../src/entities/aliasIndex.ts';
import { paragraphSentences } from '../topics/paragraph.ts';

const gaz = loadGazetteer(ROOT);
const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/entities/nonseed.json'), 'utf8')) as {
  cases: { name: string; text: string; expect: Record<string, string>; merged: Record<string, string>; forbid: string[] }[];
};

describe('entities on non-seed paragraphs', () => {
  for (const c of fixture.cases) {
    it(`${c.name}: finds the names with sensible types, merges surnames, skips noise`, () => {
      const [src] = extractEntities(paragraphSentences(c.name, c.text), gaz);
      const byKey = new Map(src!.entities.map((e) => [formKey(e.name), e]));
      console.log(`${c.name}: ${src!.entities.map((e) => `${e.name} (${e.type}${e.gazetteer ? '' : ', nlp'})`).join('; ')}`);
      for (const [name, type] of Object.entries(c.expect)) expect(byKey.get(formKey(name))?.type, name).toBe(type);
      for (const [short, full] of Object.entries(c.merged)) {
        expect(byKey.has(formKey(short)), `${short} on its own`).toBe(false);
        expect(byKey.get(formKey(full))?.mentions.map((m) => m.text), full).toContain(short);
      }
      for (const n of c.forbid) expect(byKey.has(formKey(n)), n).toBe(false);
      // Names the brief singles out as NLP work are really found by the NLP pass, not the gazetteer.
      expect(src!.entities.some((e) => !e.gazetteer)).toBe(true);
    });
  }
});
