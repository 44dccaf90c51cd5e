import type { CleanArticle, RawSource } from '../model/types.ts';
import { toBlocks } from './blocks.ts';
import { findHeadline } from './headline.ts';
import { lineRule } from './line-rules.ts';
import { toLines, unruled } from './lines.ts';
import { extractCoverage } from './rules/coverage.ts';
import { markAuthorNames } from './rules/credits.ts';
import { markDuplicates } from './rules/duplicates.ts';
import { extractListing } from './rules/listing.ts';
import { markRelatedLists, markSeparatedLists } from './rules/related.ts';
import { markTopWidgets, markTrailingTags } from './rules/widgets.ts';
import { LIST_MARKER } from './shape.ts';

export { LINE_RULES, lineRule } from './line-rules.ts';
export { AGGREGATOR_RULE_IDS } from './rules/aggregator.ts';
export { AGENCIES, agencyNamed } from './agencies.ts';
export { DATE_ONLY, WRITTEN_DATE } from './rules/widgets.ts';
export type { LineRule } from './rules/types.ts';

/**
 * Remove page furniture from a raw page and recover its structure. Every
 * non-empty input line ends up either kept (as the headline, a heading, a
 * list item or a paragraph) or in `removed` with the rule that removed it.
 * Other outlets' articles listed on the page go to `related`, an aggregator's
 * coverage figures to `coverage`: data, never body text.
 */
export function cleanArticle(raw: Pick<RawSource, 'text' | 'firstLine'>): CleanArticle {
  const lines = toLines(raw.text, raw.firstLine);
  // A bullet does not make furniture text: "• Updated: Jul 01 2019, 09:26am IST" is a timestamp.
  for (const l of lines) l.rule ??= lineRule(l.norm) ?? (LIST_MARKER.test(l.norm) ? lineRule(l.norm.replace(LIST_MARKER, '')) : null) ?? undefined;
  markTopWidgets(lines);
  const related = extractListing(lines);
  markRelatedLists(lines);
  markSeparatedLists(lines);
  const headline = findHeadline(lines);
  markAuthorNames(lines, headline);
  markDuplicates(lines, headline);
  markTrailingTags(lines);
  return {
    headline: headline?.text ?? null,
    blocks: toBlocks(unruled(lines).filter((l) => l !== headline)),
    removed: lines.filter((l) => l.rule).map((l) => ({ line: l.n, text: l.text, rule: l.rule! })),
    related,
    coverage: extractCoverage(lines),
  };
}
