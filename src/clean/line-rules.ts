import { AGGREGATOR_RULES } from './rules/aggregator.ts';
import { CREDIT_RULES } from './rules/credits.ts';
import { PROMPT_RULES } from './rules/prompts.ts';
import { RELATED_RULES } from './rules/related.ts';
import type { LineRule } from './rules/types.ts';
import { WIDGET_RULES } from './rules/widgets.ts';

/**
 * Every single-line rule, in the order they are tried: the first that matches
 * names the removal. Widgets come first (a "Published … Updated" stamp is a
 * widget before it is anything else), related links last.
 */
export const LINE_RULES: readonly LineRule[] = [...WIDGET_RULES, ...AGGREGATOR_RULES, ...PROMPT_RULES, ...CREDIT_RULES, ...RELATED_RULES];

/** The id of the first rule that removes this (folded) line, or null to keep it. */
export function lineRule(text: string): string | null {
  return LINE_RULES.find((r) => r.test(text))?.id ?? null;
}
