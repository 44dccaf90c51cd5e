import type { CleanArticle, RawSource } from '../model/types.ts';
import { extractCoverage, extractListing } from './aggregator.ts';
import { markDuplicates, markRelatedLists, markTopWidgets } from './context-rules.ts';
import { lineRule } from './line-rules.ts';
import { toLines } from './lines.ts';
import { findHeadline, toBlocks } from './structure.ts';

export { LINE_RULES } from './line-rules.ts';

/**
 * Remove page furniture from a raw page and recover its structure. Every
 * removed line is recorded with the rule that removed it; every other line is
 * kept (as the headline, a heading, a list item or a paragraph).
 */
export function cleanArticle(raw: Pick<RawSource, 'text' | 'firstLine'>): CleanArticle {
  const lines = toLines(raw.text, raw.firstLine);
  for (const l of lines) l.rule = lineRule(l.text) ?? undefined;
  markTopWidgets(lines);
  const related = extractListing(lines);
  markRelatedLists(lines);
  const headline = findHeadline(lines);
  markDuplicates(lines.filter((l) => l !== headline), headline?.text ?? null);
  const kept = lines.filter((l) => !l.rule && l !== headline);
  return {
    headline: headline?.text ?? null,
    blocks: toBlocks(kept),
    removed: lines.filter((l) => l.rule).map((l) => ({ line: l.n, text: l.text, rule: l.rule! })),
    related,
    coverage: extractCoverage(lines),
  };
}
