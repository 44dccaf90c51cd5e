import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEEDS_DIR } from '../../helpers/gold.ts';

// Per-source results kept on disk between builds: a new build is a new process,
// so each read here imports the pipeline afresh (no in-memory results carried over).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const sources = path.join(tmp, 'sources');
const cacheDir = path.join(tmp, 'cache');
const entriesDir = path.join(cacheDir, 'sources');

async function freshRead() {
  vi.resetModules();
  const { readSources } = await import('../../../src/pipeline/corpus.ts');
  return readSources(sources, { cacheDir });
}
const cacheFiles = () => fs.readdirSync(entriesDir).filter((f) => f.endsWith('.json')).sort();
/** Rewrite every cache entry with `edit` applied to its parsed content. */
function editEntries(edit: (entry: { result: { record: { meta: { headline: { value: string | null } } } } }) => void) {
  for (const f of cacheFiles()) {
    const entry = JSON.parse(fs.readFileSync(path.join(entriesDir, f), 'utf8'));
    edit(entry);
    fs.writeFileSync(path.join(entriesDir, f), JSON.stringify(entry));
  }
}

describe('the per-source disk cache', () => {
  beforeEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.cpSync(SEEDS_DIR, sources, { recursive: true });
  });

  it('stores one entry per source and gives identical records when read back', async () => {
    const cold = await freshRead();
    expect(cacheFiles()).toHaveLength(cold.length);
    const warm = await freshRead();
    expect(warm).toEqual(cold);
  });

  it('is really read: an entry is used as stored while the file is unchanged', async () => {
    await freshRead();
    editEntries((e) => (e.result.record.meta.headline.value = 'from the cache'));
    expect((await freshRead()).every((r) => r.meta.headline.value === 'from the cache')).toBe(true);
  });

  it('ignores the entry of a file whose bytes changed, and rebuilds it', async () => {
    const cold = await freshRead();
    editEntries((e) => (e.result.record.meta.headline.value = 'from the cache'));
    const file = cold[0]!.raw.file;
    fs.appendFileSync(path.join(sources, file), '\nOne more paragraph was added to this article later.\n');
    const after = await freshRead();
    expect(after[0]!.meta.headline.value).not.toBe('from the cache');
    expect(after[0]!.sentences.at(-1)?.text).toBe('One more paragraph was added to this article later.');
    expect(after[1]!.meta.headline.value).toBe('from the cache');
  });

  it('ignores corrupt or truncated entries and rebuilds them', async () => {
    const cold = await freshRead();
    const [first, second, third] = cacheFiles();
    fs.writeFileSync(path.join(entriesDir, first!), '{"key": "trunc');
    fs.writeFileSync(path.join(entriesDir, second!), 'null');
    const entry = JSON.parse(fs.readFileSync(path.join(entriesDir, third!), 'utf8'));
    delete entry.result.nlp;
    fs.writeFileSync(path.join(entriesDir, third!), JSON.stringify(entry));
    expect(await freshRead()).toEqual(cold);
    expect(JSON.parse(fs.readFileSync(path.join(entriesDir, first!), 'utf8')).key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('drops the entries of removed sources', async () => {
    const cold = await freshRead();
    const gone = cold[0]!.raw.file;
    fs.rmSync(path.join(sources, gone));
    const manifest = JSON.parse(fs.readFileSync(path.join(sources, 'manifest.json'), 'utf8'));
    manifest.sources = manifest.sources.filter((s: { file: string }) => s.file !== gone);
    fs.writeFileSync(path.join(sources, 'manifest.json'), JSON.stringify(manifest));
    expect(await freshRead()).toHaveLength(cold.length - 1);
    expect(cacheFiles()).toHaveLength(cold.length - 1);
  });

  it('never caches a bad file: the error names it on every build', async () => {
    fs.writeFileSync(path.join(sources, 'empty.txt'), '');
    await expect(freshRead()).rejects.toThrow(/empty\.txt: file is empty/);
    await expect(freshRead()).rejects.toThrow(/empty\.txt: file is empty/);
  });
});

describe('many cache entries are written on a thread of their own', () => {
  it('writes every entry, each readable under its key, and leaves no temporary file', async () => {
    const { BACKGROUND_MIN, SourceCache } = await import('../../../src/pipeline/source-cache.ts');
    const { readSources } = await import('../../../src/pipeline/corpus.ts');
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.cpSync(SEEDS_DIR, sources, { recursive: true });
    const [record] = readSources(sources);
    // Enough of a parse for every sentence to pass the entry's shape check.
    const nlp = Object.fromEntries(record!.sentences.map((s) => [s.text, { ner: [] }]));
    const result = { record: record!, nlp } as unknown as Parameters<InstanceType<typeof SourceCache>['set']>[2];
    const files = Array.from({ length: BACKGROUND_MIN + 5 }, (_, i) => `article-${i}.txt`);
    const cache = new SourceCache(cacheDir);
    cache.setAll(files.map((file) => ({ file, key: `key-${file}`, result })));
    await vi.waitFor(() => expect(cacheFiles()).toHaveLength(files.length), { timeout: 10_000, interval: 50 });
    await vi.waitFor(() => expect(fs.readdirSync(entriesDir).filter((f) => !f.endsWith('.json'))).toEqual([]), { timeout: 10_000, interval: 50 });
    for (const file of files) expect(cache.get(file, `key-${file}`)?.record.raw.id, file).toBe(record!.raw.id);
  });

  it('a prune spares the temporary files this process is still writing, not another build’s leftovers', async () => {
    const { SourceCache } = await import('../../../src/pipeline/source-cache.ts');
    const { TMP_MARK } = await import('../../../src/pipeline/atomic-write.ts');
    fs.mkdirSync(entriesDir, { recursive: true });
    const ours = `0123.json${TMP_MARK}1`;
    const leftover = `4567.json.tmp-${process.pid + 1}-1`;
    for (const f of [ours, leftover]) fs.writeFileSync(path.join(entriesDir, f), '{}');
    new SourceCache(cacheDir).prune([]);
    expect(fs.readdirSync(entriesDir)).toEqual([ours]);
  });
});
