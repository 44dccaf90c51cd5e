import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/sites.ts';

// `npm run bench -- --quick` end to end on a tiny corpus: proves the script works. No timing thresholds.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-quick-'));
const out = path.join(work, 'benchmarks.md');
let md = '';
let log = '';

/** Table rows of the section headed `## title`, as cells. */
function rows(title: string): string[][] {
  const section = md.split(/^## /m).find((s) => s.startsWith(title)) ?? '';
  return section
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|\s*(?:N|---)\s*\|/.test(l))
    .map((l) => l.slice(1, -1).split('|').map((c) => c.trim()));
}

beforeAll(async () => {
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/bench/run.mjs', '--quick', '--repeat', '2', '--out', out, '--work', work], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`bench --quick exited ${code}:\n${log}`);
  md = fs.readFileSync(out, 'utf8');
}, 600_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npm run bench -- --quick --repeat 2', () => {
  it('writes a row for N=10 with numeric cells in every table', () => {
    for (const title of ['Build', 'What the build found', 'Where the time goes', 'Per-source stages', 'Output and search']) {
      const r = rows(title);
      expect(r.map((c) => c[0]), title).toEqual(['10']);
      // Every cell is a number, except the name of the largest page.
      for (const cell of r[0]!) expect(cell, `${title}: ${r[0]!.join(' | ')}`).toMatch(/^\d+(?:\.\d+)?$|^`[\w/.-]+\.html`$/);
    }
  });

  it('ran every build twice, in turn, and reports the fastest of each', () => {
    const results = JSON.parse(fs.readFileSync(path.join(work, 'results.json'), 'utf8')) as {
      results: { cold: { ms: number }; bare: { ms: number }; bareRebuild: { ms: number }; runs: { cold: { ms: number }[]; incremental: unknown[]; bare: { ms: number }[]; bareRebuild: { ms: number }[] } }[];
    };
    const [r] = results.results;
    expect(r!.runs.cold).toHaveLength(2);
    expect(r!.runs.incremental).toHaveLength(2);
    expect(r!.runs.bare).toHaveLength(2);
    expect(r!.runs.bareRebuild).toHaveLength(2);
    expect(r!.cold.ms).toBe(Math.min(...r!.runs.cold.map((c) => c.ms)));
    expect(r!.bare.ms).toBe(Math.min(...r!.runs.bare.map((c) => c.ms)));
    expect(r!.bareRebuild.ms).toBe(Math.min(...r!.runs.bareRebuild.map((c) => c.ms)));
    // The report lists every run next to the table of the fastest.
    expect(md).toMatch(/\| 10 \| [\d.]+, [\d.]+ \| [\d.]+, [\d.]+ \| [\d.]+, [\d.]+ \| [\d.]+, [\d.]+ \| [\d.]+, [\d.]+ \| [\d.]+, [\d.]+ \|/);
  });

  it('lists every target with a verdict', () => {
    const targets = md.split('## Must show')[1]?.split('\n## ')[0]?.split('\n').filter((l) => l.startsWith('- ')) ?? [];
    expect(targets).toHaveLength(6);
    for (const t of targets) expect(t).toMatch(/^- \*\*(?:PASS|FAIL|NOT MEASURED)\*\* /);
  });

  it('names the machine and the versions', () => {
    expect(md).toMatch(/^Machine: .+, \d+ cores, [\d.]+ MB RAM/m);
    expect(md).toMatch(/Node v\d+\.\d+\.\d+, Astro \d+\.\d+\.\d+, @astrojs\/mdx \d+\.\d+\.\d+, Pagefind \d+\.\d+\.\d+/);
  });

  it('recorded a span for every pipeline stage and the post-build steps of the real build', () => {
    const results = JSON.parse(fs.readFileSync(path.join(work, 'results.json'), 'utf8')) as { results: { cold: { stages: Record<string, { calls: number }> }; sentences: number }[] };
    const [r] = results.results;
    for (const stage of ['read', 'per-source', 'clean', 'metadata', 'sentences', 'parses', 'entities', 'dates', 'topics', 'claims', 'emit', 'relative-links', 'csp-guard', 'pagefind', 'offline-bundle', 'offline-zip']) {
      expect(r!.cold.stages[stage]?.calls, stage).toBeGreaterThan(0);
    }
    expect(r!.sentences).toBeGreaterThan(10 * 12);
  });

  it('built the corpus, the extra source, the site and the bare baseline', () => {
    const sources = fs.readdirSync(path.join(work, '10/sources')).filter((f) => f !== 'manifest.json');
    expect(sources).toHaveLength(11);
    const built = JSON.parse(fs.readFileSync(path.join(work, '10/dist/briefing.json'), 'utf8')) as { sources: unknown[] };
    expect(built.sources).toHaveLength(11);
    // The bare baseline's last build is its rebuild with one more page, which is then taken out again.
    const bareHtml = fs.readdirSync(path.join(work, '10/bare/dist')).filter((f) => f.endsWith('.html'));
    expect(bareHtml).toHaveLength(11);
    expect(bareHtml).toContain('zz-added-page.html');
    expect(fs.readdirSync(path.join(work, '10/bare/src/articles'))).toHaveLength(10);
    // Search was measured in the browser: every query fetched bytes, the corpus words found results, the made-up word none.
    const queries = rows('Search bytes per query');
    expect(queries).toHaveLength(5);
    for (const q of queries) expect(Number(q[3])).toBeGreaterThan(0);
    expect(queries.slice(0, -1).every((q) => Number(q[2]) > 0)).toBe(true);
    expect(queries.at(-1)![2]).toBe('0');
  });
});
