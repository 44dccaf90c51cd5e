import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { safeHttpUrl, toSourceEntry } from '../../src/emit/source-entry.ts';
import { readSources } from '../../src/pipeline/corpus.ts';
import { buildReport } from '../../src/pipeline/report.ts';

// Links to the original article: only http(s), in parsed form, whatever the
// front matter or manifest says; anything else is dropped with a warning.

describe('safeHttpUrl', () => {
  it.each([
    "javascript:alert('x')",
    '  JavaScript:alert(1)',
    'java\tscript:alert(1)',
    "vbscript:msgbox('x')",
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    '//evil.example/x',
    'not a url',
    '',
  ])('drops %j', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });

  it('keeps http(s), percent-encoding what could close an attribute or open a tag', () => {
    expect(safeHttpUrl('HTTPS://News.Example.com/a b')).toBe('https://news.example.com/a%20b');
    const hostile = safeHttpUrl(`https://x.example/"><script>alert(1)</script>?q=<img src=x onerror=alert(2)>`)!;
    expect(new URL(hostile).protocol).toBe('https:');
    expect(hostile).not.toMatch(/[<>"\s]/);
  });
});

describe('source URLs through the pipeline', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-urls-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const body = 'Dock workers at the port of Poti went on strike on Thursday over unpaid wages.\n';
  fs.writeFileSync(path.join(dir, 'fm-js.md'), `---\nurl: "javascript:alert('fm')"\n---\n${body}`);
  fs.writeFileSync(path.join(dir, 'fm-markup.md'), `---\nurl: "https://x.example/2024/\\"><script>alert(1)</script>"\n---\n${body}`);
  fs.writeFileSync(path.join(dir, 'manifest-vbs.txt'), body);
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ sources: [{ file: 'manifest-vbs.txt', url: "vbscript:msgbox('m')" }] }));
  const records = readSources(dir);
  const entry = (id: string) => toSourceEntry(records.find((r) => r.raw.id === id)!);

  it('drops a script URL from front matter or manifest, saying why', () => {
    for (const id of ['fm-js', 'manifest-vbs']) {
      expect(entry(id).url).toEqual({ value: null, source: 'unknown', note: 'not an http(s) URL; dropped' });
    }
  });

  it('keeps an http(s) URL in parsed form, so nothing in it reads as markup', () => {
    const url = entry('fm-markup').url;
    expect(url.source).toBe('front-matter');
    expect(url.value).toBe('https://x.example/2024/%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
  });

  it('warns, naming the file, that a dropped URL cannot be linked', () => {
    const warnings = buildReport(records).warnings.filter((w) => /not http\(s\)/.test(w.message));
    expect(warnings.map((w) => w.file).sort()).toEqual(['fm-js.md', 'manifest-vbs.txt']);
    expect(warnings[0]!.message).toMatch(/dropped, the page cannot link to the article/);
  });
});
