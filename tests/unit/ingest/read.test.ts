import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/clean/index.ts';
import { captureOf, checkDuplicateIds, idFromFile, listSourceFiles, readManifest, readSourceFile } from '../../../src/ingest/index.ts';
import { gold, SEEDS_DIR } from '../../helpers/gold.ts';
import { bodyOf, INPUTS } from '../clean/stages.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
/** Write `bytes` to a fresh file in the temp folder and read it back as a source. */
const readBytes = (name: string, bytes: Uint8Array | string) => {
  fs.writeFileSync(path.join(tmp, name), bytes);
  return readSourceFile(path.join(tmp, name), name);
};

describe('the seeds folder', () => {
  const manifest = readManifest(SEEDS_DIR)!;
  const files = listSourceFiles(SEEDS_DIR);

  it('lists the five seed files, sorted, without manifest.json', () => {
    expect(files).toEqual(gold.sources.map((g) => g.file));
  });

  it('reads the manifest entry of each file', () => {
    expect([...manifest.keys()]).toEqual(files);
    expect(manifest.get('002_f32a9bfc51ef6824.txt')).toMatchObject({ outlet: 'News.Az', kind: 'article', published: '2025-10-09' });
  });

  it.each(files)('%s: id from the file name, text verbatim, digest of the bytes, manifest fields with their origin', (file) => {
    const abs = path.join(SEEDS_DIR, file);
    const raw = readSourceFile(abs, file, manifest);
    const bytes = fs.readFileSync(abs);
    expect(raw).toMatchObject({ id: file.replace(/\.txt$/, ''), file, format: 'txt', firstLine: 1 });
    expect(raw.text).toBe(bytes.toString('utf8'));
    expect(raw.digest).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(raw.meta.origin).toBe('manifest');
    expect(raw.meta.fields).toMatchObject({ url: 'manifest', outlet: 'manifest', kind: 'manifest', published: 'manifest' });
    expect(raw.meta.outlet).toBe(gold.sources.find((g) => g.file === file)!.outlet);
  });

  it('exposes the capture line of 002 as its publication date, and only there', () => {
    const captures = files.map((f) => captureOf(readSourceFile(path.join(SEEDS_DIR, f), f).text));
    expect(captures).toEqual([null, null, { published: '2025-10-09', marker: 'date 2025-10-09', rest: '+ ↺ − 16 px' }, null, null]);
  });

  it('keeps non-breaking spaces and curly quotes as they are', () => {
    const raw = readSourceFile(path.join(SEEDS_DIR, files[1]!), files[1]!);
    expect(raw.text).toContain('Read More:\u00a0Uzbekistan');
    expect(raw.text).toContain('Russia’s traditional dominance');
  });
});

describe('front matter and manifest', () => {
  const dir = path.join(INPUTS, 'nonseed');
  const raw = readSourceFile(path.join(dir, 'caspian-ports.md'), 'caspian-ports.md', readManifest(dir)!);

  it('front matter wins over the manifest field by field; the manifest fills the rest', () => {
    expect(raw.meta).toMatchObject({ origin: 'front-matter', outlet: 'Caspian Courier', published: null, kind: 'article', language: 'en' });
    expect(raw.meta.fields).toEqual({ url: 'front-matter', outlet: 'front-matter', published: 'front-matter', kind: 'manifest', language: 'manifest' });
  });

  it('the body starts after the front matter, and line numbers say where', () => {
    expect(raw.firstLine).toBe(6);
    expect(raw.text.split('\n')[0]).toBe('-3 °C');
    expect(raw.format).toBe('md');
  });

  it('a manifest-less folder gives origin none and an id from the file name', () => {
    const r = readBytes('Almaty Talks (draft).txt', 'Officials met in Almaty on Monday.\n');
    expect(r.meta).toEqual({ origin: 'none', fields: {} });
    expect(r.id).toBe('Almaty-Talks-draft');
  });

  it('front matter id overrides the file name', () => {
    expect(readBytes('x.md', '---\nid: almaty-talks\n---\nOfficials met.\n').id).toBe('almaty-talks');
  });
});

describe('decoding', () => {
  it('normalises CRLF and lone CR to LF', () => {
    expect(readBytes('crlf.txt', 'Line one.\r\nLine two.\rLine three.\r\n').text).toBe('Line one.\nLine two.\nLine three.\n');
  });

  it('drops a UTF-8 BOM', () => {
    expect(readBytes('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café talks resumed.\n')])).text).toBe('Café talks resumed.\n');
  });

  it('decodes UTF-16 with a byte-order mark (little and big endian)', () => {
    const text = 'Officials met in Astana — “on Monday”.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(readBytes('le.txt', le).text).toBe(text);
    expect(readBytes('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe(text);
  });

  it('reads markup-looking text ({}, <script>, import) as plain text, kept literally by the cleaner', () => {
    const file = 'mdx-like.txt';
    const abs = path.join(INPUTS, 'markup', file);
    const raw = readSourceFile(abs, file);
    expect(raw.text).toBe(fs.readFileSync(abs, 'utf8'));
    const c = cleanArticle(raw);
    expect(c.headline).toBe('Officials quote code in {curly braces} at the Tbilisi forum');
    const body = bodyOf(c);
    for (const line of raw.text.trim().split('\n').slice(1)) expect(body).toContain(line);
    expect(c.removed).toEqual([]);
  });
});

describe('listing and ids', () => {
  it('lists supported files sorted, skipping manifest, dotfiles, READMEs and folders', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'list-'));
    for (const f of ['b.md', 'a.txt', 'c.HTML', 'manifest.json', '.DS_Store', 'README.md', 'readme.txt']) fs.writeFileSync(path.join(dir, f), 'x');
    fs.mkdirSync(path.join(dir, 'sub.txt'));
    expect(listSourceFiles(dir)).toEqual(['a.txt', 'b.md', 'c.HTML']);
  });

  it('idFromFile folds other characters to dashes', () => {
    expect(idFromFile('000_1510355dc95fd7de.txt')).toBe('000_1510355dc95fd7de');
    expect(idFromFile('Über café.md')).toBe('Uber-cafe');
  });

  it('distinct ids pass the duplicate check', () => {
    expect(() => checkDuplicateIds([{ id: 'a', file: 'a.txt' }, { id: 'b', file: 'b.txt' }])).not.toThrow();
  });
});
