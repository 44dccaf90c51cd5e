import { describe, expect, it } from 'vitest';
import { formatReport, LISTED_FILES, type BuildReport } from '../../../src/pipeline/report.ts';

const NO_URL = 'no original URL: the page cannot link to the article';
/** A report of `n` invented files: every third has no URL (and no dateline), every fifth a derived outlet. */
function report(n: number): BuildReport {
  const files = Array.from({ length: n }, (_, i) => ({
    file: `${String(i).padStart(3, '0')}-story.txt`,
    removed: 2,
    sentences: 10,
    unknown: i % 3 === 0 ? ['url', 'dateline'] : [],
    derived: i % 5 === 0 ? ['outlet'] : [],
  }));
  const warnings = files.filter((f) => f.unknown.includes('url')).map((f) => ({ file: f.file, message: NO_URL }));
  warnings.push({ file: '001-story.txt', message: 'no article text left after cleaning' });
  return { sources: n, sentences: 10 * n, removedLines: 2 * n, files, warnings };
}

describe('the build report in the terminal', () => {
  it('lists every file and every warning for a few files', () => {
    const lines = formatReport(report(4), '.generated/report.json');
    expect(lines[0]).toBe('Sources read: 4 · sentences: 40 · lines removed as furniture: 8');
    expect(lines).toContain('  000-story.txt: 10 sentences, 2 lines removed (unknown: url, dateline; derived: outlet)');
    expect(lines).toContain('  001-story.txt: 10 sentences, 2 lines removed');
    expect(lines).toContain(`  warning: 003-story.txt: ${NO_URL}`);
    expect(lines).toHaveLength(1 + 4 + 3);
  });

  it('sums up many files: what is unknown or derived in how many, each warning once with its files, and where the rest is', () => {
    const n = LISTED_FILES * 3;
    const lines = formatReport(report(n), '.generated/report.json');
    expect(lines).toEqual([
      `Sources read: ${n} · sentences: ${10 * n} · lines removed as furniture: ${2 * n}`,
      '  unknown: url (20 files), dateline (20)',
      '  derived rather than found: outlet (12 files)',
      `  warning: ${NO_URL}: 20 files (000-story.txt, 003-story.txt, 006-story.txt, 009-story.txt, 012-story.txt and 15 more)`,
      '  warning: no article text left after cleaning: 1 file (001-story.txt)',
      '  Every file and warning: .generated/report.json',
    ]);
  });
});
