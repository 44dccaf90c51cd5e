import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planCorpus, writeCorpus } from '../../../scripts/bench/corpus/index.ts';
import { checkDuplicateIds, listSourceFiles, readManifest, readSourceFile } from '../../../src/ingest/index.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const N = 120;
const { plan, sources } = writeCorpus(path.join(tmp, 'sources'), N, 7);

describe('benchmark corpus generator', () => {
  it('is deterministic for a seed, and another seed gives other text', () => {
    const again = planCorpus(N, 7);
    for (const i of [0, 17, N - 1]) expect(again.source(i).text).toBe(sources[i]!.text);
    expect(planCorpus(N, 8).source(0).text).not.toBe(sources[0]!.text);
  });

  it('writes files the ingest reads without error, one record per file', () => {
    const dir = path.join(tmp, 'sources');
    const manifest = readManifest(dir) ?? undefined;
    const raws = listSourceFiles(dir).map((f) => readSourceFile(path.join(dir, f), f, manifest));
    expect(() => checkDuplicateIds(raws)).not.toThrow();
    expect(raws).toHaveLength(N);
    expect(raws.every((r) => r.text.trim().length > 0)).toBe(true);
  });

  it('mixes the accepted formats and lists only existing files in the manifest', () => {
    const formats = new Set(sources.map((s) => path.extname(s.file)));
    expect([...formats].sort()).toEqual(['.html', '.md', '.txt']);
    const manifest = JSON.parse(fs.readFileSync(path.join(tmp, 'sources/manifest.json'), 'utf8')) as { sources: { file: string; published?: string | null }[] };
    expect(manifest.sources.length).toBeGreaterThan(0);
    for (const e of manifest.sources) expect(fs.existsSync(path.join(tmp, 'sources', e.file))).toBe(true);
    expect(manifest.sources.some((e) => e.published === null)).toBe(true);
  });

  it('records which fact of its event each stated sentence gives, sentences the body prints', () => {
    for (const s of sources) {
      const body = s.paragraphs.join(' ');
      expect(s.statements.length).toBeGreaterThan(0);
      for (const st of s.statements) {
        expect(body).toContain(st.text);
        expect(st.fact).toMatch(new RegExp(`^${s.event}/\\d+$`));
      }
    }
    // One fact of an event is said by several sources, not always in the same words.
    const sayings = Map.groupBy(sources.flatMap((s) => s.statements), (st) => st.fact);
    expect([...sayings.values()].some((xs) => new Set(xs.map((x) => x.text)).size > 1)).toBe(true);
  });

  it('has many sources per event, in different words', () => {
    const byEvent = Map.groupBy(sources, (s) => s.event);
    const biggest = [...byEvent.values()].sort((a, b) => b.length - a.length)[0]!;
    expect(biggest.length).toBeGreaterThanOrEqual(5);
    expect(new Set(biggest.map((s) => s.paragraphs[0])).size).toBeGreaterThan(biggest.length / 2);
  });

  it('writes 12 to 30 sentences per article, and relative dates against a known publication day', () => {
    for (const s of sources) {
      expect(s.sentences).toBeGreaterThanOrEqual(12);
      expect(s.sentences).toBeLessThanOrEqual(30);
    }
    const relative = sources.filter((s) => s.published && /\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|last year)\b/.test(s.paragraphs.join(' ')));
    expect(relative.length).toBeGreaterThan(N / 4);
  });

  it('surrounds articles with page furniture and builds queries from corpus words', () => {
    expect(sources.filter((s) => s.furniture.length > 0).length).toBeGreaterThan(N / 2);
    const text = sources.map((s) => s.text).join('\n');
    for (const q of plan.queries.slice(0, -1)) expect(text).toContain(q);
    expect(text).not.toContain(plan.queries.at(-1));
  });
});
