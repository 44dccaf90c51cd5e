import type { Page } from 'playwright-core';

/** What a watched page reported, across navigations. */
export interface Watch {
  /** `securitypolicyviolation` events: `<directive> <blocked URI> at <source>:<line>`. */
  violations: string[];
  /** Console messages that mention a Content Security Policy (warnings included, e.g. ignored directives). */
  cspConsole: string[];
  /** Dialogs the page opened (alert, confirm, prompt, beforeunload). */
  dialogs: string[];
  /** Calls to the canaries: alert/confirm/prompt/print spies and `window.__pwned()`. */
  canaries: string[];
}

/**
 * Watch a page for policy violations and for anything hostile input could
 * make run. Install before the first navigation: an init script runs in every
 * document the page loads, before the page's own scripts, and reports through
 * an exposed function, so nothing is lost when the page navigates. Dialogs are
 * dismissed (and recorded) so a payload cannot hang the test.
 */
export async function watchPage(page: Page): Promise<Watch> {
  const w: Watch = { violations: [], cspConsole: [], dialogs: [], canaries: [] };
  await page.exposeFunction('__watchReport', (kind: 'violation' | 'canary', text: string) => {
    (kind === 'violation' ? w.violations : w.canaries).push(text);
  });
  await page.addInitScript(() => {
    type Report = (kind: 'violation' | 'canary', text: string) => void;
    const report = (kind: 'violation' | 'canary', text: string) =>
      (window as unknown as { __watchReport: Report }).__watchReport(kind, `${text} on ${location.href}`);
    document.addEventListener('securitypolicyviolation', (e) =>
      report('violation', `${e.effectiveDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`),
    );
    const w = window as unknown as Record<string, unknown>;
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      w[name] = (...args: unknown[]) => report('canary', `${name}(${args.map(String).join(', ')})`);
    }
    w.__pwned = (...args: unknown[]) => report('canary', `__pwned(${args.map(String).join(', ')})`);
  });
  page.on('console', (m) => {
    if (/content.security.policy/i.test(m.text())) w.cspConsole.push(`${m.type()}: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  return w;
}
