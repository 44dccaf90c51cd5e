import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDuplicateIds, listSourceFiles, readManifest, readSourceFile } from '../../../src/ingest/index.ts';
import { SourceInputError } from '../../../src/model/errors.ts';
import { INPUTS } from '../clean/stages.ts';

const BAD = path.join(INPUTS, 'bad');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-input-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Ingest a whole folder as the pipeline does; return the SourceInputError it stops with. */
function failure(dir: string, options?: { maxBytes?: number }): SourceInputError {
  try {
    const manifest = readManifest(dir) ?? undefined;
    checkDuplicateIds(listSourceFiles(dir).map((f) => readSourceFile(path.join(dir, f), f, manifest, options)));
  } catch (err) {
    expect(err).toBeInstanceOf(SourceInputError);
    return err as SourceInputError;
  }
  throw new Error(`expected ${dir} to be rejected`);
}

/** A temp folder holding one file with these bytes. */
function folderWith(name: string, bytes: Uint8Array | string): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'case-'));
  fs.writeFileSync(path.join(dir, name), bytes);
  return dir;
}

const expectNamed = (err: SourceInputError, file: string, problem: RegExp) => {
  expect(err.file).toBe(file);
  expect(err.message.startsWith(`${file}: `)).toBe(true);
  expect(err.problem).toMatch(problem);
  expect(err.hint, 'says how to fix it').toBeTruthy();
};

describe('bad input fixtures stop with a message naming the file, the problem and a fix', () => {
  it.each([
    ['empty', 'empty.txt', /^file is empty$/],
    ['whitespace', 'blank.txt', /empty \(only whitespace\)/],
    ['broken-front-matter', 'broken.md', /^broken front matter: .*at line 2, column \d+$/],
    ['unclosed-front-matter', 'unclosed.md', /never closed/],
    ['unknown-key', 'extra.md', /unknown key "author"/],
    ['wrong-type', 'types.md', /^invalid front matter: published: must be a date written YYYY-MM-DD \(or null\); kind: /],
    ['duplicate-id', 'two.md', /same id "same" as one\.md/],
    ['bad-manifest', 'manifest.json', /lists "missing\.txt", which is not in the sources folder/],
    ['unsupported', 'report.pdf', /unsupported file type "\.pdf"/],
  ])('%s', (folder, file, problem) => {
    expectNamed(failure(path.join(BAD, folder)), file, problem);
  });
});

describe('bad bytes, written by the test', () => {
  it('binary with NUL bytes (a PNG header)', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expectNamed(failure(folderWith('photo.txt', png)), 'photo.txt', /binary \(contains NUL bytes\)/);
  });

  it('binary without NUL bytes (mostly control characters)', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => [1, 2, 3, 4, 5, 6, 0x41][i % 7]!);
    expectNamed(failure(folderWith('blob.txt', bytes)), 'blob.txt', /looks binary/);
  });

  it('not UTF-8 (Latin-1 accents)', () => {
    const latin1 = Buffer.from('Le café de la capitale a rouvert après trois années.\n', 'latin1');
    expectNamed(failure(folderWith('cafe.txt', latin1)), 'cafe.txt', /not valid UTF-8/);
  });

  it('broken UTF-16 after its byte-order mark', () => {
    expectNamed(failure(folderWith('wide.txt', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]))), 'wide.txt', /not valid UTF-16/);
  });

  it('over the default 5 MB limit, naming size and limit', () => {
    const line = 'The ministers met again to discuss the corridor and its tariffs in detail. ';
    const err = failure(folderWith('huge.txt', line.repeat(Math.ceil((10 * 1024 * 1024) / line.length))));
    expectNamed(err, 'huge.txt', /^file is 10\.0 MB, over the 5 MB limit$/);
  });

  it('over a configured limit', () => {
    const err = failure(folderWith('long.txt', 'Officials met in Astana. '.repeat(100)), { maxBytes: 1000 });
    expectNamed(err, 'long.txt', /^file is 2\.4 KB, over the 1000 bytes limit$/);
  });

  it('a front matter with no article text under it', () => {
    expectNamed(failure(folderWith('bare.md', '---\nurl: https://example.com/a\n---\n\n')), 'bare.md', /no article text/);
  });

  it('a front matter that is not a mapping', () => {
    expectNamed(failure(folderWith('list.md', '---\n- one\n- two\n---\nOfficials met.\n')), 'list.md', /not a list of key: value lines/);
  });

  it('an impossible publication date', () => {
    expectNamed(failure(folderWith('date.md', '---\npublished: 2025-02-30\n---\nOfficials met.\n')), 'date.md', /published: is not a real calendar date/);
  });

  it('an unsupported extension passed straight to readSourceFile', () => {
    const dir = folderWith('notes.docx', 'x');
    try {
      readSourceFile(path.join(dir, 'notes.docx'), 'notes.docx');
      expect.unreachable();
    } catch (err) {
      expectNamed(err as SourceInputError, 'notes.docx', /unsupported file type/);
    }
  });

  it('a manifest that is not JSON, or has an unknown key', () => {
    const notJson = folderWith('a.txt', 'Officials met.\n');
    fs.writeFileSync(path.join(notJson, 'manifest.json'), '{ "sources": [ ');
    expect(failure(notJson).message).toMatch(/^manifest\.json: is not valid JSON/);
    const extra = folderWith('a.txt', 'Officials met.\n');
    fs.writeFileSync(path.join(extra, 'manifest.json'), JSON.stringify({ sources: [{ file: 'a.txt', author: 'X' }] }));
    expect(failure(extra).message).toMatch(/^manifest\.json: invalid: unknown key "sources\.0\.author"/);
  });
});
