import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gold, ROOT, SEEDS_DIR, sourceIdOf } from '../../helpers/gold.ts';
import { seedDocs } from '../../helpers/seed-sentences.ts';
import { extractEntities } from '../../../src/entities/extract.ts';
import { loadGazetteer } from '../../../src/entities/loadGazetteer.ts';
import { mergeCorpus } from '../../../src/entities/merge.ts';
import { formKey } from '../../../src/entities/aliasIndex.ts';
import { identityOf } from './match.ts';

const gaz = loadGazetteer(ROOT);
const docs = seedDocs();
const perSource = extractEntities(docs.flatMap((d) => d.sentences), gaz);
const corpus = mergeCorpus(perSource);

describe('entities on the five seeds', () => {
  it('finds >= 90% of each source’s gold people, places and organisations (precision printed)', () => {
    const lines: string[] = [];
    for (const g of gold.sources) {
      const src = perSource.find((s) => s.sourceId === sourceIdOf(g.file))!;
      const wanted = [...g.entities.people, ...g.entities.places, ...g.entities.organizations];
      const wantedIds = new Set(wanted.map((n) => identityOf(gaz, n)));
      const got = new Set(src.entities.flatMap((e) => [e.id, formKey(e.name)]));
      const missed = wanted.filter((n) => !got.has(identityOf(gaz, n)));
      const recall = (wanted.length - missed.length) / wanted.length;
      const extra = src.entities.filter((e) => !wantedIds.has(e.id) && !wantedIds.has(formKey(e.name)));
      const precision = (src.entities.length - extra.length) / src.entities.length;
      lines.push(
        `  ${src.sourceId}  R=${recall.toFixed(3)}  P=${precision.toFixed(3)}  (${src.entities.length} found)  missed=[${missed.join(', ')}]  not in gold=[${extra.map((e) => e.name).join(', ')}]`,
      );
      expect(recall, `${src.sourceId} missed ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.9);
    }
    console.log(['entities per source (precision informational: gold lists are not exhaustive):', ...lines].join('\n'));
  });

  it('types the gold entities as the gold does', () => {
    for (const g of gold.sources) {
      const src = perSource.find((s) => s.sourceId === sourceIdOf(g.file))!;
      const typed: [string, string][] = [
        ...g.entities.people.map((n): [string, string] => [n, 'person']),
        ...g.entities.places.map((n): [string, string] => [n, 'place']),
        ...g.entities.organizations.map((n): [string, string] => [n, 'organization']),
      ];
      for (const [name, type] of typed) {
        const e = src.entities.find((x) => x.id === identityOf(gaz, name) || formKey(x.name) === identityOf(gaz, name));
        expect(e?.type, `${src.sourceId}: ${name}`).toBe(type);
      }
    }
  });

  it('attributes none of a source’s not_entities to it, though they occur in its input file', () => {
    for (const g of gold.sources) {
      const raw = fs.readFileSync(path.join(SEEDS_DIR, g.file), 'utf8');
      const src = perSource.find((s) => s.sourceId === sourceIdOf(g.file))!;
      const got = new Set(src.entities.flatMap((e) => [e.id, formKey(e.name)]));
      for (const n of g.not_entities) {
        expect(raw, `${n} should be in ${g.file} for this test to mean something`).toContain(n);
        expect(got.has(identityOf(gaz, n)), `${src.sourceId}: ${n}`).toBe(false);
      }
    }
  });

  it('has one entity for Putin across all five sources, with every form merged', () => {
    const putins = corpus.filter((e) => /putin/i.test(e.name) || e.mentions.some((m) => /putin/i.test(m.text)));
    expect(putins).toHaveLength(1);
    const [putin] = putins;
    expect(putin!.name).toBe('Vladimir Putin');
    expect(putin!.sources).toEqual(docs.map((d) => d.sourceId));
    expect(new Set(putin!.mentions.map((m) => m.text))).toEqual(new Set(['President Putin', 'Vladimir Putin', 'Putin']));
  });

  it('knows, for every corpus entity, the sources and sentences that mention it', () => {
    const sentenceText = new Map(docs.flatMap((d) => d.sentences.map((s) => [`${s.sourceId}/${s.id}`, s.text])));
    for (const e of corpus) {
      expect(e.sources.length).toBeGreaterThan(0);
      for (const m of e.mentions) {
        expect(e.sources).toContain(m.sourceId);
        expect(sentenceText.get(`${m.sourceId}/${m.sentenceId}`)?.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  it('never makes entities of demonyms or sentence-initial words', () => {
    const names = corpus.map((e) => e.name);
    for (const n of ['Russian', 'Tajik', 'Afghan', 'Central Asian', 'Soviet', 'President', 'Thursday', 'Analysts', 'Leaders']) {
      expect(names).not.toContain(n);
    }
  });
});
