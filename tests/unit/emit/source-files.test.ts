import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceFiles } from '../../../src/emit/source-mdx.ts';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { SEEDS_DIR } from '../../helpers/gold.ts';

// A source page is rendered again only when its key changes: the key must change with the file's
// bytes and with its event dating, and must not change when another source is added.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'source-keys-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function copySeeds(dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const names = fs.readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt'));
  for (const n of names) fs.copyFileSync(path.join(SEEDS_DIR, n), path.join(dir, n));
  const manifest = path.join(SEEDS_DIR, 'manifest.json');
  if (fs.existsSync(manifest)) fs.copyFileSync(manifest, path.join(dir, 'manifest.json'));
  return names;
}

const keysOf = (dir: string) => new Map([...sourceFiles(runPipeline(dir, `${SEEDS_DIR}/..`))].map(([name, f]) => [name, f.key]));

describe('source page keys', () => {
  const base = path.join(work, 'base');
  const names = copySeeds(base);
  const before = keysOf(base);

  it('gives every source its own key, the same on a second run', () => {
    expect(before.size).toBe(names.length);
    expect(new Set(before.values()).size).toBe(names.length);
    expect(keysOf(base)).toEqual(before);
  });

  it('changes only the edited source key when one file changes', () => {
    const edited = path.join(work, 'edited');
    copySeeds(edited);
    const file = path.join(edited, names[0]!);
    fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}\nOne more closing sentence was added by the editor.\n`);
    const after = keysOf(edited);
    const changed = [...after].filter(([name, key]) => before.get(name) !== key).map(([name]) => name);
    expect(changed).toEqual([names[0]!.replace(/\.txt$/, '.mdx')]);
  });

  it('keys each page on its event dating too', () => {
    const r = runPipeline(base, `${SEEDS_DIR}/..`);
    const dated = r.analysis.eventDates[0]!;
    const moved = { ...r, analysis: { ...r.analysis, eventDates: [{ ...dated, date: dated.date === '2001-01-01' ? '2001-01-02' : '2001-01-01' }, ...r.analysis.eventDates.slice(1)] } };
    const name = `${dated.sourceId}.mdx`;
    expect(sourceFiles(moved as typeof r).get(name)?.key).not.toBe(before.get(name));
  });
});
