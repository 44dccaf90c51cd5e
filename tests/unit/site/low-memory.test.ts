import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroSteps, countSourceFiles, LOW_MEMORY_FROM, lowMemoryNotice } from '../../../src/site/low-memory.ts';

const ONE_PROCESS = [{ mode: 'build', nodeFlags: [] }];
const LOW_MEMORY = [
  { mode: 'sync', nodeFlags: [] },
  { mode: 'build', nodeFlags: ['--optimize-for-size'] },
];

describe('how the build runs Astro', () => {
  it('is one astro build below LOW_MEMORY_FROM source files; from there, a content sync of its own, then a low-memory build', () => {
    expect(astroSteps(LOW_MEMORY_FROM - 1, undefined)).toEqual(ONE_PROCESS);
    expect(astroSteps(LOW_MEMORY_FROM, undefined)).toEqual(LOW_MEMORY);
  });
  it('BRIEFING_LOW_MEMORY forces low-memory mode on or off', () => {
    expect(astroSteps(5, '1')).toEqual(LOW_MEMORY);
    expect(astroSteps(LOW_MEMORY_FROM * 2, '0')).toEqual(ONE_PROCESS);
  });
  it('says so before a low-memory build, with the reason and how to turn it off; nothing otherwise', () => {
    expect(lowMemoryNotice(LOW_MEMORY_FROM - 1, undefined)).toBeNull();
    expect(lowMemoryNotice(LOW_MEMORY_FROM * 2, '0')).toBeNull();
    expect(lowMemoryNotice(12_345, undefined)).toBe(
      'Building in low-memory mode (12,345 source files, 6,000 or more): slower, with less memory at its peak. BRIEFING_LOW_MEMORY=0 turns it off.',
    );
    expect(lowMemoryNotice(5, '1')).toMatch(/^Building in low-memory mode \(BRIEFING_LOW_MEMORY=1\): /);
  });
  it('counts the source files of a sources folder (not the manifest, a readme, hidden files or folders), and 0 for a missing folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'low-memory-'));
    try {
      for (const f of ['a.txt', 'b.md', 'c.HTML', 'manifest.json', 'README.md', '.DS_Store']) fs.writeFileSync(path.join(dir, f), 'x');
      fs.mkdirSync(path.join(dir, 'old.txt'));
      expect(countSourceFiles(dir)).toBe(3);
      expect(countSourceFiles(path.join(dir, 'missing'))).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
