import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA conformance target, as axe-core tags it (each level includes the ones below). */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * axe's best practices beyond the success criteria: landmarks, heading order,
 * one h1, content inside regions. Cheap to keep and what a screen-reader user
 * navigates by.
 */
export const BEST_PRACTICE = ['best-practice'];

/** One failed axe rule, trimmed to what a reader needs to fix it. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Run axe-core on the page as it is now and return its violations.
 * Injected through `page.evaluate` (DevTools protocol) rather than a <script>
 * tag, so a Content-Security-Policy on the page cannot block it.
 */
export async function axeViolations(page: Page, tags: string[] = WCAG_22_AA): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (runOnly) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] }),
    tags,
  );
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' >> '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim() })),
  }));
}

/** Failing elements listed per rule; the rest are counted (they usually share one cause). */
const SHOWN = 6;

/** Violations as a readable list: rule, impact, then each failing element with why it fails. */
export function formatViolations(where: string, violations: Violation[]): string {
  if (violations.length === 0) return `${where}: no violations`;
  const lines = [`${where}: ${violations.length} axe rule(s) fail`];
  for (const v of violations) {
    lines.push(`- ${v.id} (${v.impact ?? 'no impact given'}): ${v.help}, ${v.nodes.length} element(s)`);
    for (const n of v.nodes.slice(0, SHOWN)) lines.push(`    ${n.target}\n      ${n.summary}`);
    if (v.nodes.length > SHOWN) lines.push(`    … and ${v.nodes.length - SHOWN} more`);
  }
  return lines.join('\n');
}
