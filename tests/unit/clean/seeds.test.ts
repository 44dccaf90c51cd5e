import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gold, SEEDS_DIR, sourceIdOf } from '../../helpers/gold.ts';
import { bodyOf, fold, keptLines, runDir, unaccounted } from './stages.ts';

const staged = runDir(SEEDS_DIR);
const of = (file: string) => staged.find((s) => s.raw.id === sourceIdOf(file))!;
const cases = gold.sources.map((g) => [g.file.slice(0, 3), g] as const);

describe('the five seeds against the gold reading', () => {
  it.each(cases)('%s: no boilerplate line (or part of one) is left in the body', (_id, g) => {
    const body = bodyOf(of(g.file).clean);
    for (const line of g.boilerplate_lines) expect(body, line).not.toContain(fold(line));
  });

  it.each(cases)('%s: every sentence the gold requires is kept', (_id, g) => {
    const body = bodyOf(of(g.file).clean);
    for (const s of g.body_must_contain) expect(body, s).toContain(fold(s));
  });

  it.each(cases)('%s: headline as the gold has it (none in the text for 002)', (_id, g) => {
    expect(of(g.file).clean.headline).toBe(g.headline);
  });

  it.each(cases)('%s: every non-empty input line is kept, the headline, or removed with a rule', (_id, g) => {
    const { clean } = of(g.file);
    expect(unaccounted(path.join(SEEDS_DIR, g.file), clean)).toEqual([]);
    for (const r of clean.removed) expect(r.rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    const kept = new Set(keptLines(clean));
    for (const r of clean.removed) expect(kept.has(r.line), `line ${r.line} both kept and removed`).toBe(false);
  });

  it.each(cases)('%s: each removed entry is text of the input line it names', (_id, g) => {
    const lines = fs.readFileSync(path.join(SEEDS_DIR, g.file), 'utf8').split('\n');
    for (const r of of(g.file).clean.removed) expect(fold(lines[r.line - 1] ?? '')).toContain(fold(r.text));
  });

  it.each(cases)('%s: each gold boilerplate line is in the audit list', (_id, g) => {
    const removed = of(g.file).clean.removed.map((r) => fold(r.text));
    for (const line of g.boilerplate_lines) {
      const b = fold(line);
      expect(removed.some((r) => r === b || b.includes(r) || r.includes(b)), line).toBe(true);
    }
  });
});

describe('structure of the seeds', () => {
  it('002: its four section headings are heading blocks, and nothing else is', () => {
    const g = gold.sources.find((s) => s.section_headings?.length)!;
    const headings = of(g.file).clean.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings).toEqual(g.section_headings);
  });

  it('no other seed has a heading block (datelines and headlines are not headings)', () => {
    for (const g of gold.sources.filter((s) => !s.section_headings?.length)) {
      expect(of(g.file).clean.blocks.filter((b) => b.type === 'heading')).toEqual([]);
    }
  });

  it('003: the repeated headline line is removed as a duplicate', () => {
    const { clean } = of('003_3b6ed078e7e68f72.txt');
    expect(clean.removed.filter((r) => r.rule === 'duplicate-line').map((r) => r.line)).toEqual([3]);
  });

  it('001: weather, city and date widget at the top are page widgets, not text', () => {
    const rules = Object.fromEntries(of('001_bd5bfd8c6101662a.txt').clean.removed.map((r) => [r.line, r.rule]));
    expect([rules[1], rules[2], rules[3]]).toEqual(['weather-widget', 'page-widget', 'date-widget']);
    expect(rules[37]).toBe('byline');
  });

  it('002: the capture line is split into its date and the font-size widget', () => {
    const { clean } = of('002_f32a9bfc51ef6824.txt');
    expect(clean.removed.filter((r) => r.line === 1).map((r) => [r.rule, r.text])).toEqual([
      ['capture-line', 'date 2025-10-09'],
      ['font-size-widget', '+ ↺ − 16 px'],
    ]);
  });

  it('000: the "Read also:" list is removed, the real paragraphs before it are kept', () => {
    const { clean } = of('000_1510355dc95fd7de.txt');
    expect(clean.removed.map((r) => r.rule)).toEqual(['related-header', ...Array(4).fill('related-list')]);
    expect(clean.blocks.map((b) => b.type)).toEqual(Array(4).fill('paragraph'));
  });
});

/** Gold fields of the aggregator seed that the shared GoldSource type does not declare. */
interface AggregatorGold {
  summary: string;
  coverage: { total_sources: number; bias_percent: { left: number; center: number; right: number } };
}

describe('the aggregator seed (004)', () => {
  const g = gold.sources.find((s) => s.kind === 'aggregator')!;
  const extra = g as unknown as AggregatorGold;
  const { clean } = of(g.file);

  it('lists the three other outlets’ articles as related items with the gold headlines and locations', () => {
    expect(clean.related.map((r) => ({ headline: r.headline, location: r.location }))).toEqual(g.related_coverage);
    expect(clean.related[1]!.lede).toMatch(/^President Vladimir Putin on Thursday urged/);
    expect(clean.related[2]!.lede).toMatch(/^Dushanbe — Vladimir Putin arrived/);
  });

  it('keeps the listings out of the body and records their lines as related-coverage', () => {
    const body = bodyOf(clean);
    for (const r of clean.related) {
      expect(body).not.toContain(fold(r.headline));
      if (r.lede) expect(body).not.toContain(fold(r.lede).slice(0, 60));
    }
    expect(body).not.toMatch(/Read Full Article|Dushanbe —|·/);
    const lines = clean.removed.filter((r) => r.rule === 'related-coverage').map((r) => r.line);
    expect(lines).toEqual([12, 13, 14, 15, 16, 17, 18]);
  });

  it('reads the coverage widget as data: 9 sources, L 25 / C 38 / R 37', () => {
    expect(clean.coverage).toEqual({
      totalSources: extra.coverage.total_sources,
      bias: extra.coverage.bias_percent,
    });
  });

  it('keeps the summary as a paragraph and the five insights as one list', () => {
    expect(clean.blocks.map((b) => b.type)).toEqual(['paragraph', 'list']);
    expect(fold((clean.blocks[0] as { text: string }).text)).toBe(fold(extra.summary));
    const list = clean.blocks[1]!;
    expect(list.type === 'list' ? list.items.map((i) => i.line) : []).toEqual([4, 5, 6, 7, 8]);
  });
});
