import type { Line } from '../lines.ts';
import { LIST_MARKER, paragraphLike, titleLike } from '../shape.ts';

/**
 * The same line printed again (a repeated headline, a pull quote, a second
 * copy of a caption) is page furniture the second time: its text is kept
 * once. A repeated section heading ("Key points" over two sections) still
 * heads its section, so a title-like line followed by body text is spared,
 * unless it repeats the headline.
 */
export function markDuplicates(lines: Line[], headline: Line | null): void {
  const kept = lines.filter((l) => !l.rule && l !== headline);
  const seen = new Set<string>();
  kept.forEach((l, i) => {
    const next = kept[i + 1];
    const heading = titleLike(l.norm, 14) && next !== undefined && (paragraphLike(next.norm) || LIST_MARKER.test(next.norm));
    if (l.norm === headline?.norm || (seen.has(l.norm) && !heading)) l.rule = 'duplicate-line';
    seen.add(l.norm);
  });
}
