import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/clean/index.ts';
import { readSourceFile } from '../../../src/ingest/index.ts';
import { extractMetadata } from '../../../src/metadata/index.ts';
import { INPUTS, runDir } from '../clean/stages.ts';

interface Expected {
  file: string;
  headline: string;
  outlet: string;
  outlet_source: string;
  published: string | null;
  published_source: string;
  dateline: string | null;
  byline: string | null;
  agency: string | null;
  kind: string;
  accessed: string | null;
}

const expected: Expected[] = JSON.parse(fs.readFileSync(path.join(INPUTS, 'nonseed.expected.json'), 'utf8')).sources;
const staged = runDir(path.join(INPUTS, 'nonseed'));

describe('non-seed metadata, with no code written for these outlets', () => {
  it.each(expected.map((e) => [e.file, e] as const))('%s', (_f, e) => {
    const m = staged.find((s) => s.raw.file === e.file)!.meta;
    expect(m.headline).toEqual({ value: e.headline, source: 'text' });
    expect(m.outlet).toMatchObject({ value: e.outlet, source: e.outlet_source });
    expect(m.published).toMatchObject({ value: e.published, source: e.published_source });
    expect(m.dateline.value).toBe(e.dateline);
    expect(m.byline.value).toBe(e.byline);
    expect(m.agency.value).toBe(e.agency);
    expect(m.kind.value).toBe(e.kind);
    expect(m.accessed.value).toBe(e.accessed);
  });
});

describe('metadata of a saved HTML page', () => {
  const raw = readSourceFile(path.join(INPUTS, 'html', 'ferry-strike.html'), 'ferry-strike.html');
  const m = extractMetadata(raw, cleanArticle(raw));

  it('takes headline, byline and publication time from the page, the dateline from the text', () => {
    expect(m.headline).toEqual({ value: 'Ferry crews end strike at Baku port after pay deal', source: 'text' });
    expect(m.byline.value).toBe('Rashad Aliyev');
    expect(m.published).toMatchObject({ value: '2024-06-04', source: 'text' });
    expect(m.dateline).toEqual({ value: 'Baku', source: 'dateline' });
    expect(m.agency.value).toBeNull();
  });

  it('names the outlet from the footer’s copyright line, which Readability leaves out of the article', () => {
    expect(m.outlet).toMatchObject({ value: 'Caspian Daily', source: 'text', note: 'the page’s copyright line' });
  });
});
