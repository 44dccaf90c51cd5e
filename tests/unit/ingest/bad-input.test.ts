import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceInputError } from '../../../src/model/errors.ts';
import { readSources } from '../../../src/pipeline/corpus.ts';
import { ROOT } from '../../helpers/gold.ts';

const dir = (name: string) => path.join(ROOT, 'tests/fixtures/bad-input', name);

/** Run the per-source pipeline over a fixture folder and return the error it stops with. */
function failure(folder: string): SourceInputError {
  try {
    readSources(folder);
  } catch (err) {
    expect(err).toBeInstanceOf(SourceInputError);
    return err as SourceInputError;
  }
  throw new Error(`expected ${folder} to be rejected`);
}

describe('bad input stops with a message naming the file and the problem', () => {
  it.each([
    ['empty', 'empty.txt', /empty/],
    ['binary', 'photo.txt', /binary/],
    ['latin1', 'cafe.txt', /not valid UTF-8/],
    ['utf16', 'wide.txt', /UTF-16/],
    ['broken-front-matter', 'broken.md', /broken front matter/],
    ['unknown-key', 'extra.md', /unknown key "author"/],
    ['duplicate-id', 'two.md', /same id "same" as one\.md/],
    ['bad-manifest', 'manifest.json', /lists "missing\.txt", which is not in the sources folder/],
  ])('%s', (folder, file, problem) => {
    const err = failure(dir(folder));
    expect(err.file).toBe(file);
    expect(err.message.startsWith(`${file}: `)).toBe(true);
    expect(err.message).toMatch(problem);
  });

  it('rejects a file over the size limit without reading it whole', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'huge-'));
    try {
      const line = 'The ministers met again to discuss the corridor and its tariffs in detail. ';
      fs.writeFileSync(path.join(tmp, 'huge.txt'), line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)));
      const err = failure(tmp);
      expect(err.message).toMatch(/^huge\.txt: file is 10\.0 MB, over the 5 MB limit/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('reads markup-looking text as plain text, unchanged', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mdx-'));
    try {
      const text = "import x from 'y'\nexport default () => <script>alert(1)</script>;\nThe {props} and <Tag /> stay text in this sentence.\n";
      fs.writeFileSync(path.join(tmp, 'mdx-like.txt'), text);
      const [record] = readSources(tmp);
      expect(record!.raw.text).toBe(text);
      const kept = record!.sentences.map((s) => s.text).join(' ');
      expect(kept).toContain('The {props} and <Tag /> stay text in this sentence.');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
