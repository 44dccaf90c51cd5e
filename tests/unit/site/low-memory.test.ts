import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuildFlags, countSourceFiles, LOW_MEMORY_FROM } from '../../../src/site/low-memory.ts';

describe('low-memory mode of the page build', () => {
  it('is on from LOW_MEMORY_FROM source files, off below', () => {
    expect(astroBuildFlags(LOW_MEMORY_FROM - 1, undefined)).toEqual([]);
    expect(astroBuildFlags(LOW_MEMORY_FROM, undefined)).toEqual(['--optimize-for-size']);
  });
  it('BRIEFING_LOW_MEMORY forces it on or off', () => {
    expect(astroBuildFlags(5, '1')).toEqual(['--optimize-for-size']);
    expect(astroBuildFlags(LOW_MEMORY_FROM * 2, '0')).toEqual([]);
  });
  it('counts the files of a sources folder, not hidden files or folders, and 0 for a missing folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'low-memory-'));
    try {
      for (const f of ['a.txt', 'b.md', '.DS_Store']) fs.writeFileSync(path.join(dir, f), 'x');
      fs.mkdirSync(path.join(dir, 'old'));
      expect(countSourceFiles(dir)).toBe(2);
      expect(countSourceFiles(path.join(dir, 'missing'))).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
