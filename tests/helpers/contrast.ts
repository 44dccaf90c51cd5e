import type { Page } from 'playwright-core';

/**
 * Text fields and selects whose edge is too faint to find them: border
 * colour against what surrounds the control below 3:1 (WCAG 1.4.11,
 * non-text contrast, which axe-core does not check). Returns one line per
 * failing control, empty when all pass.
 */
export function faintControlEdges(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    /** The first opaque background behind an element: what its edge is seen against. */
    const behind = (e: Element | null): number[] => {
      for (let n = e; n; n = n.parentElement) {
        const c = rgb(getComputedStyle(n).backgroundColor);
        if (c.length === 3 || (c[3] ?? 0) > 0.99) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select, textarea')) {
      const s = getComputedStyle(el);
      if (el.getClientRects().length === 0 || s.visibility === 'hidden') continue;
      const r = ratio(rgb(s.borderTopColor), behind(el.parentElement));
      if (r < 3) out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}: border ${s.borderTopColor} is ${r.toFixed(2)}:1 against its surroundings`);
    }
    return out;
  });
}
