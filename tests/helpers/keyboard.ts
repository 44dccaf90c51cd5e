import type { Page } from 'playwright-core';

/** The element keyboard focus is on, as the tests need to see it. */
export interface Stop {
  /** A path of child indexes from <html>, unique per element. */
  key: string;
  tag: string;
  id: string;
  className: string;
  href: string | null;
  /** Visible text (or value / aria-label), trimmed, for messages. */
  text: string;
  /** Which part of the page holds it. */
  region: 'header' | 'main' | 'footer' | 'other';
  /** How focus is drawn (`outline solid 3px`, `box-shadow`), or null if nothing is drawn. */
  indicator: string | null;
  /** Where it is drawn: page coordinates of its top left corner, in CSS pixels. */
  x: number;
  y: number;
}

/** The focused element, or null while focus is outside the page (before the first stop, after the last). */
export function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body || e === document.documentElement) return null;
    const key: number[] = [];
    for (let n: Element | null = e; n && n.parentElement; n = n.parentElement) key.unshift([...n.parentElement.children].indexOf(n));
    const ring = (el: Element) => {
      const s = getComputedStyle(el);
      if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) return `outline ${s.outlineStyle} ${s.outlineWidth}`;
      return s.boxShadow && s.boxShadow !== 'none' ? 'box-shadow' : null;
    };
    // A checkbox may draw its ring round its whole label instead (Pagefind's filters do).
    const label = e.closest('label');
    const indicator = ring(e) ?? (label ? (r => r && `${r} on its label`)(ring(label)) : null);
    const box = e.getBoundingClientRect();
    return {
      key: key.join('.'),
      tag: e.tagName.toLowerCase(),
      id: e.id,
      className: typeof e.className === 'string' ? e.className : '',
      href: e.getAttribute('href'),
      text: ((e as HTMLInputElement).value || e.getAttribute('aria-label') || e.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60),
      region: e.closest('.site-header') ? 'header' : e.closest('main') ? 'main' : e.closest('.site-footer') ? 'footer' : 'other',
      indicator,
      x: box.left + scrollX,
      y: box.top + scrollY,
    } as const;
  });
}

/** A short description of a stop for failure messages. */
export const describeStop = (s: Stop | null) =>
  s ? `<${s.tag}${s.id ? `#${s.id}` : ''}${s.className ? `.${s.className.split(/\s+/).join('.')}` : ''}${s.href ? ` href="${s.href}"` : ''}> "${s.text}" in ${s.region}` : 'nothing (focus outside the page)';

/** Press `key` until `want` holds for the focused element; fails after `max` presses. */
export async function pressUntil(page: Page, key: string, want: (s: Stop) => boolean, max = 400): Promise<Stop> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const s = await focused(page);
    if (s && want(s)) return s;
    path.push(describeStop(s));
  }
  throw new Error(`${max} × ${key} never reached the wanted element; last stops:\n  ${path.slice(-8).join('\n  ')}`);
}

/** One full lap of Tab around the page. */
export interface TabLap {
  /** Every stop, from the element focused at the start, in order. */
  stops: Stop[];
  /** Where in `stops` focus left the page (after the last element) before coming back round; -1 if it never did. */
  exitAt: number;
}

/**
 * Press Tab until focus comes back to where it started (or, from no focus,
 * back to the first stop), having left the page once on the way: a full lap
 * proves every stop is reachable and none traps focus. `onStop` may act on
 * a stop (open a disclosure) before the walk goes on. Fails after `max` presses.
 */
export async function tabLap(page: Page, onStop?: (s: Stop) => Promise<void>, max = 600): Promise<TabLap> {
  const start = await focused(page);
  const stops: Stop[] = start ? [start] : [];
  let exitAt = -1;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const s = await focused(page);
    if (!s) {
      if (exitAt >= 0) throw new Error('focus left the page twice without coming back round');
      exitAt = stops.length;
      continue;
    }
    if (stops.length > 0 && s.key === stops[0]!.key && exitAt >= 0) return { stops, exitAt };
    if (stops.length > 0 && s.key === stops[stops.length - 1]!.key) throw new Error(`Tab did not move from ${describeStop(s)}`);
    stops.push(s);
    await onStop?.(s);
  }
  throw new Error(`no full Tab lap in ${max} presses (a keyboard trap?); last stops:\n  ${stops.slice(-8).map(describeStop).join('\n  ')}`);
}
