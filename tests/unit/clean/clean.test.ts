import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/clean/index.ts';
import { readSourceFile } from '../../../src/ingest/index.ts';
import { readSources } from '../../../src/pipeline/corpus.ts';
import { gold, ROOT, SEEDS_DIR, sourceIdOf } from '../../helpers/gold.ts';

const kept = (text: string) => {
  const c = cleanArticle({ text, firstLine: 1 });
  return { c, body: c.blocks.map((b) => (b.type === 'list' ? b.items.map((i) => i.text).join('\n') : b.text)).join('\n') };
};

describe('furniture rules, one kind at a time', () => {
  it.each([
    ['related list after a header', 'Ministers met in Astana on Monday to discuss rail freight and tariffs.\nRelated articles:\n- Ferry fares rise again\n- New bridge opens', 'related-list'],
    ['inline related link', 'Ministers met in Astana on Monday to discuss rail freight and tariffs.\nRead more: Kazakhstan opens new rail terminal', 'related-link'],
    ['share prompt', 'Ministers met in Astana on Monday to discuss rail freight and tariffs.\nShare this story', 'share-prompt'],
    ['bare channel URL', 'Ministers met in Astana on Monday to discuss rail freight and tariffs.\nhttps://t.me/somechannel', 'bare-url'],
    ['comment disclaimer', 'Ministers met in Astana on Monday to discuss rail freight and tariffs.\nComments are moderated and abusive posts will be removed.', 'comment-disclaimer'],
    ['publisher bio', 'Ministers met in Astana on Monday to discuss rail freight and tariffs.\nFounded in 1994, Steppe Herald is Kazakhstan’s leading independent newspaper.', 'publisher-bio'],
    ['byline', 'By Aigerim Nurlanova\nMinisters met in Astana on Monday to discuss rail freight and tariffs.', 'byline'],
    ['weather widget', '-3 °C\nMinisters met in Astana on Monday to discuss rail freight and tariffs.', 'weather-widget'],
    ['font-size control', 'A A A\nMinisters met in Astana on Monday to discuss rail freight and tariffs.', 'font-size-widget'],
    ['newsletter prompt', 'Ministers met in Astana on Monday to discuss rail freight and tariffs.\nSign up for our daily newsletter', 'subscribe-prompt'],
    ['premium upsell', 'Ministers met in Astana on Monday to discuss rail freight and tariffs.\nUpgrade to Premium to see ownership data', 'premium-upsell'],
    ['photo caption', 'Photo: Reuters\nMinisters met in Astana on Monday to discuss rail freight and tariffs.', 'caption'],
  ])('%s', (_name, text, rule) => {
    const { c, body } = kept(text);
    expect(c.removed.map((r) => r.rule)).toContain(rule);
    expect(body).toContain('Ministers met in Astana on Monday to discuss rail freight and tariffs.');
    for (const r of c.removed) expect(body).not.toContain(r.text.replace(/^- /, ''));
  });

  it('keeps a date or number inside a sentence (only standalone widgets go)', () => {
    const { c, body } = kept('Officials said on Monday, November 10, 2025 the talks would resume.\nThe temperature fell to 19.9 C overnight, officials said.');
    expect(c.removed).toEqual([]);
    expect(body).toContain('19.9 C overnight');
  });
});

describe('the seeds against the gold', () => {
  const records = readSources(SEEDS_DIR);
  it.each(gold.sources.map((g) => [g.file, g] as const))('%s: every non-empty input line is kept or removed with a rule', (file, g) => {
    const r = records.find((x) => x.raw.id === sourceIdOf(file))!;
    const lines = fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8').split('\n');
    const removedLines = new Set(r.article.removed.map((x) => x.line));
    const keptLines = new Set(r.article.blocks.flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.line) : [b.line])));
    lines.forEach((line, i) => {
      if (!line.trim() || line.trim() === r.article.headline) return;
      expect(removedLines.has(i + 1) || keptLines.has(i + 1), `line ${i + 1}: ${line}`).toBe(true);
    });
    for (const b of g.boilerplate_lines) expect(r.article.removed.some((x) => x.text.includes(b.trim()) || b.includes(x.text))).toBe(true);
  });
  it('recognises an aggregator’s insights as a list and its listings as related coverage', () => {
    const g = gold.sources.find((s) => s.kind === 'aggregator')!;
    const r = records.find((x) => x.raw.id === sourceIdOf(g.file))!;
    const list = r.article.blocks.find((b) => b.type === 'list');
    expect(list && list.type === 'list' ? list.items.length : 0).toBe(5);
    expect(r.article.coverage).toEqual({ totalSources: 9, bias: { left: 25, center: 38, right: 37 } });
  });
});

describe('a saved HTML page', () => {
  const file = 'harbour.html';
  const raw = readSourceFile(path.join(ROOT, 'tests/fixtures/clean/saved-html', file), file);
  const { body, c } = kept(raw.text);
  it('keeps the article and drops navigation, scripts, asides and footer', () => {
    expect(c.headline).toBe('Port workers end strike in Rotterdam after pay deal');
    expect(body).toContain('Dock workers in Rotterdam ended a five-day strike on Tuesday');
    expect(body).toContain('Union leaders said members would vote on the deal next week');
    for (const junk of ['alert', 'Home', 'Ferry fares rise again', 'All rights reserved', 'Share this article', 'By Pieter de Vries']) expect(body).not.toContain(junk);
    expect(c.blocks.some((b) => b.type === 'heading' && b.text === 'What the deal says')).toBe(true);
    expect(c.blocks.some((b) => b.type === 'list' && b.items.length === 2)).toBe(true);
  });
});
