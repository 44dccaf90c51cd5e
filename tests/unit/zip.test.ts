import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlinePage } from '../../src/site/offline-zip.ts';
import { writeZip, zipFiles } from '../../src/site/zip.ts';
import { readZip } from '../helpers/unzip.ts';

const text = (s: string) => Buffer.from(s, 'utf8');

describe('zipFiles', () => {
  const entries = [
    { name: 'sources/z.html', data: text('<p>z</p>'.repeat(200)) },
    { name: 'index.html', data: text('<!doctype html><title>Home</title>') },
    { name: 'pagefind/offline/random.bin', data: crypto.createHash('sha512').update('seed').digest() }, // incompressible: stored
    { name: 'empty.txt', data: Buffer.alloc(0) },
    { name: 'topics/Ğüç-ü.html', data: text('ünïcödé') },
  ];

  it('round-trips names and bytes, sorted by name', () => {
    const back = readZip(zipFiles(entries));
    const want = [...entries].sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(back.map((e) => e.name)).toEqual(want.map((e) => e.name));
    for (const [i, e] of back.entries()) expect(Buffer.compare(e.data, Buffer.from(want[i]!.data)), e.name).toBe(0);
  });

  it('deflates what compresses and stores what does not', () => {
    const back = new Map(readZip(zipFiles(entries)).map((e) => [e.name, e]));
    expect(back.get('sources/z.html')?.method).toBe(8);
    expect(back.get('pagefind/offline/random.bin')?.method).toBe(0);
  });

  it('is byte-identical whatever the input order, with a fixed timestamp and UTF-8 names', () => {
    const a = zipFiles(entries);
    const b = zipFiles([...entries].reverse());
    expect(Buffer.compare(a, b)).toBe(0);
    expect(a.readUInt16LE(6) & 0x0800).toBe(0x0800); // UTF-8 flag
    expect(a.readUInt16LE(12)).toBe(0x21); // 1980-01-01
  });

  it('an empty archive is just the end record', () => {
    expect(zipFiles([]).length).toBe(22);
    expect(readZip(zipFiles([]))).toEqual([]);
  });

  it('rejects duplicate and absolute names', () => {
    expect(() => zipFiles([entries[1]!, entries[1]!])).toThrow(/duplicate/);
    expect(() => zipFiles([{ name: '/etc/x', data: text('x') }])).toThrow(/bad entry name/);
  });

  it('writes the same bytes to a file, loading entries lazily and compressing ahead in parallel', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-'));
    // More entries than the compression window, so out-of-order completion would show.
    const many = [...entries, ...Array.from({ length: 40 }, (_, i) => ({ name: `p/${i}.html`, data: text(`<p>${i}</p>`.repeat(i * 50)) }))];
    let loaded = 0;
    const lazy = many.map((e) => ({ name: e.name, load: () => (loaded++, e.data) }));
    const { files, bytes } = await writeZip(path.join(dir, 'a.zip'), lazy);
    const written = fs.readFileSync(path.join(dir, 'a.zip'));
    fs.rmSync(dir, { recursive: true, force: true });
    expect(Buffer.compare(written, zipFiles(many))).toBe(0);
    expect([files, bytes, loaded]).toEqual([many.length, written.length, many.length]);
  });
});

describe('offlinePage', () => {
  it('turns the footer download link into a note, and refuses any other link to the zip', () => {
    const html = '<footer><p>x <span data-offline-download><a href="../briefing-offline.zip" download>Download</a> (zip).</span></p></footer>';
    expect(offlinePage(html)).toBe('<footer><p>x <span data-offline-download>You are reading the offline edition.</span></p></footer>');
    expect(() => offlinePage('<a href="briefing-offline.zip">zip</a>')).toThrow(/links to the zip/);
  });
});
