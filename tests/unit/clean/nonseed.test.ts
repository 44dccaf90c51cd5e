import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../../src/ingest/index.ts';
import { cleanArticle } from '../../../src/clean/index.ts';
import { bodyOf, fold, INPUTS, runDir, unaccounted } from './stages.ts';

interface Expected {
  file: string;
  headline: string;
  boilerplate_lines: string[];
  body_must_contain: string[];
  section_headings: string[];
  list_items: number;
}

const DIR = path.join(INPUTS, 'nonseed');
const expected: Expected[] = JSON.parse(fs.readFileSync(path.join(INPUTS, 'nonseed.expected.json'), 'utf8')).sources;
const staged = runDir(DIR);
const cases = expected.map((e) => [e.file, e] as const);
const of = (file: string) => staged.find((s) => s.raw.file === file)!.clean;

describe('non-seed articles (other outlets, other layouts) come out clean with the same rules', () => {
  it.each(cases)('%s: no boilerplate left in the body', (_f, e) => {
    const body = bodyOf(of(e.file));
    const blockLines = body.split('\n');
    for (const line of e.boilerplate_lines) {
      // Short furniture ("Aktau", a city widget) may also occur inside real sentences: compare whole lines for those.
      if (fold(line).length < 25) expect(blockLines, line).not.toContain(fold(line).replace(/^- /, ''));
      else expect(body, line).not.toContain(fold(line).replace(/^- /, ''));
    }
  });

  it.each(cases)('%s: every real sentence kept', (_f, e) => {
    const body = bodyOf(of(e.file));
    for (const s of e.body_must_contain) expect(body, s).toContain(fold(s));
  });

  it.each(cases)('%s: headline, section headings and list found', (_f, e) => {
    const c = of(e.file);
    expect(c.headline).toBe(e.headline);
    expect(c.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : ''))).toEqual(e.section_headings);
    expect(c.blocks.flatMap((b) => (b.type === 'list' ? b.items : []))).toHaveLength(e.list_items);
  });

  it.each(cases)('%s: every non-empty line accounted for (front matter aside)', (_f, e) => {
    const c = of(e.file);
    const lines = fs.readFileSync(path.join(DIR, e.file), 'utf8').split('\n');
    const body = e.file.endsWith('.md') ? lines.indexOf('---', 1) + 1 : 0;
    const missing = unaccounted(path.join(DIR, e.file), c).filter((l) => Number(l.split(':')[0]) > body);
    expect(missing).toEqual([]);
  });

  it('each boilerplate line is audited with a rule', () => {
    for (const e of expected) {
      const removed = of(e.file).removed.map((r) => fold(r.text));
      for (const line of e.boilerplate_lines) expect(removed, line).toContain(fold(line));
    }
  });
});

describe('a saved HTML page goes through Readability, then the same cleaning', () => {
  const file = 'ferry-strike.html';
  const raw = readSourceFile(path.join(INPUTS, 'html', file), file);
  const c = cleanArticle(raw);
  const body = bodyOf(c);

  it('keeps the article: headline, paragraphs, a section heading and a two-item list', () => {
    expect(c.headline).toBe('Ferry crews end strike at Baku port after pay deal');
    expect(body).toContain('Ferry crews at the Baku port ended a four-day strike on Tuesday');
    expect(body).toContain('Union leaders said members would vote on the deal next week');
    expect(c.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : ''))).toEqual(['What the deal says']);
    expect(c.blocks.filter((b) => b.type === 'list').flatMap((b) => (b.type === 'list' ? b.items : []))).toHaveLength(2);
  });

  it('drops navigation, the related aside, the footer, the caption, share prompt and every script', () => {
    for (const junk of ['Home', 'Region', 'Sport', 'Caspian ferry fares rise again', 'All rights reserved', 'Privacy policy', 'Share this article', 'Photo:', 'By Rashad Aliyev']) {
      expect(body, junk).not.toContain(junk);
    }
    for (const code of ['alert', 'tracked', 'injected by script', 'window.track', 'font:']) expect(raw.text, code).not.toContain(code);
    expect(raw.text).not.toMatch(/<[a-z]/i);
  });

  it('records the byline, the page’s publication time and its footer’s copyright line as removed lines, for the metadata stage', () => {
    expect(c.removed.map((r) => [r.rule, r.text])).toEqual(
      expect.arrayContaining([
        ['byline', 'By Rashad Aliyev'],
        ['timestamp', 'Published: 2024-06-04'],
        ['copyright', '© 2024 Caspian Daily. All rights reserved.'],
      ]),
    );
  });
});
