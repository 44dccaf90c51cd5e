import type { CleanArticle } from '../../model/types.ts';
import type { Line } from '../lines.ts';

type Side = 'left' | 'center' | 'right';
const SIDE: Record<string, Side> = { l: 'left', left: 'left', c: 'center', center: 'center', centre: 'center', r: 'right', right: 'right' };

/**
 * Figures of an aggregator's coverage widget, read from the lines the
 * `coverage-widget` rule removed: "Total News Sources9", and the bias split
 * as "L 25%" / "C 38%" / "R 37%" (or "25% Left" style). Kept as data only.
 */
export function extractCoverage(lines: Line[]): CleanArticle['coverage'] {
  let total: number | null = null;
  const bias: Partial<Record<Side, number>> = {};
  const shortForm: Partial<Record<Side, number>> = {};
  for (const { norm, rule } of lines) {
    if (rule !== 'coverage-widget') continue;
    const t = /^total news sources\s*(\d+)$/i.exec(norm);
    if (t) total = Number(t[1]);
    const letter = /^([LCR])\s+(\d{1,3})%$/.exec(norm);
    if (letter) shortForm[SIDE[letter[1]!.toLowerCase()]!] = Number(letter[2]);
    const word = /^(\d{1,3})%\s+(left|center|centre|right)$/i.exec(norm);
    if (word) bias[SIDE[word[2]!.toLowerCase()]!] ??= Number(word[1]);
  }
  const pick = complete(shortForm) ?? complete(bias);
  if (total === null && !pick) return null;
  return { totalSources: total, bias: pick };
}

function complete(b: Partial<Record<Side, number>>): { left: number; center: number; right: number } | null {
  return b.left !== undefined && b.center !== undefined && b.right !== undefined ? { left: b.left, center: b.center, right: b.right } : null;
}
