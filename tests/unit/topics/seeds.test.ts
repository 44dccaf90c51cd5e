import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gold, ROOT, sourceIdOf } from '../../helpers/gold.ts';
import { seedDocs } from '../../helpers/seed-sentences.ts';
import { loadTaxonomy } from '../../../src/topics/loadTaxonomy.ts';
import { tagSources } from '../../../src/topics/tag.ts';
import { paragraphSentences } from './paragraph.ts';

const taxonomy = loadTaxonomy(ROOT);

describe('topics on the five seeds', () => {
  const docs = seedDocs();
  const result = tagSources(docs.flatMap((d) => d.sentences), taxonomy);

  it('reaches macro-averaged precision and recall >= 0.85 against the gold', () => {
    const rows = result.map((r) => {
      const want = gold.sources.find((g) => sourceIdOf(g.file) === r.sourceId)!.topics;
      const got = r.topics.map((t) => t.topicId);
      const tp = got.filter((t) => want.includes(t)).length;
      return {
        source: r.sourceId,
        P: got.length ? tp / got.length : 1,
        R: want.length ? tp / want.length : 1,
        extra: got.filter((t) => !want.includes(t)).join(' '),
        missed: want.filter((t) => !got.includes(t)).join(' '),
      };
    });
    const P = rows.reduce((a, r) => a + r.P, 0) / rows.length;
    const R = rows.reduce((a, r) => a + r.R, 0) / rows.length;
    console.log(
      ['topics per source:', ...rows.map((r) => `  ${r.source}  P=${r.P.toFixed(3)}  R=${r.R.toFixed(3)}  extra=[${r.extra}]  missed=[${r.missed}]`), `  macro P=${P.toFixed(3)} R=${R.toFixed(3)}`].join('\n'),
    );
    expect(result).toHaveLength(5);
    expect(P).toBeGreaterThanOrEqual(0.85);
    expect(R).toBeGreaterThanOrEqual(0.85);
  });

  it('cites, for every tag, sentences of that source that contain its terms', () => {
    for (const r of result) {
      const doc = docs.find((d) => d.sourceId === r.sourceId)!;
      for (const t of r.topics) {
        expect(t.sentenceIds.length).toBeGreaterThan(0);
        for (const id of t.sentenceIds) expect(doc.sentences.some((s) => s.id === id)).toBe(true);
        expect(t.score).toBeGreaterThan(0);
        expect(t.score).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('topics on non-seed paragraphs', () => {
  const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/topics/nonseed.json'), 'utf8')) as {
    cases: { name: string; text: string; expect: string[]; forbid: string[] }[];
  };
  for (const c of fixture.cases) {
    it(`${c.name}: gets ${c.expect.join(', ') || 'no topic'} and none of the unrelated ones`, () => {
      const [r] = tagSources(paragraphSentences(c.name, c.text), taxonomy);
      const got = r!.topics.map((t) => t.topicId);
      for (const t of c.expect) expect(got, `expected ${t}`).toContain(t);
      for (const t of c.forbid) expect(got, `unexpected ${t}`).not.toContain(t);
    });
  }
});
