import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSeedSite, type SeedSiteSession } from '../helpers/seed-site.ts';
import { SEED_SITE } from '../helpers/sites.ts';

let site: SeedSiteSession;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  site = await withSeedSite();
  browser = site.browser;
  origin = site.baseUrl.replace(/\/$/, '');
});
afterAll(async () => {
  await site?.close();
});

const bg = () => getComputedStyle(document.body).backgroundColor;
const LIGHT_BG = 'rgb(253, 252, 250)';
const DARK_BG = 'rgb(22, 24, 28)';

describe('theme', () => {
  it('follows the system when nothing is stored', async () => {
    for (const [scheme, want] of [['light', LIGHT_BG], ['dark', DARK_BG]] as const) {
      const ctx = await browser.newContext({ colorScheme: scheme });
      const p = await ctx.newPage();
      await p.goto(`${origin}/index.html`);
      expect(await p.evaluate(bg)).toBe(want);
      expect(await p.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe(String(scheme === 'dark'));
      await ctx.close();
    }
  });

  it('the toggle switches, is announced as pressed, and persists across pages and reloads', async () => {
    const ctx = await browser.newContext({ colorScheme: 'light' });
    const p = await ctx.newPage();
    await p.goto(`${origin}/index.html`);
    const toggle = p.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.isVisible()).toBe(true);
    await toggle.focus();
    await p.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await p.evaluate(bg)).toBe(DARK_BG);
    await p.click('nav a[href="briefing.html"]');
    await p.waitForURL(/briefing\.html$/);
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await p.reload();
    expect(await p.evaluate(bg)).toBe(DARK_BG);
    await p.getByRole('button', { name: 'Dark theme' }).click();
    expect(await p.evaluate(bg)).toBe(LIGHT_BG);
    await p.goto(`${origin}/sources/${fs.readdirSync(path.join(SEED_SITE.dist, 'sources'))[0]}`);
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await ctx.close();
  });

  it('a stored choice overrides the system and is applied before the body exists (no flash)', async () => {
    const ctx = await browser.newContext({ colorScheme: 'dark' });
    await ctx.addInitScript(() => {
      localStorage.setItem('theme', 'light');
      // Record the theme at the moment <body> is first inserted, i.e. before any paint of content.
      new MutationObserver((_, obs) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        obs.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const p = await ctx.newPage();
    await p.goto(`${origin}/timeline.html`);
    expect(await p.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('light');
    expect(await p.evaluate(bg)).toBe(LIGHT_BG);
    await ctx.close();
  });
});

describe('print', () => {
  it('hides navigation and the theme toggle, and prints light even in dark mode', async () => {
    const ctx = await browser.newContext({ colorScheme: 'dark' });
    const p = await ctx.newPage();
    await p.goto(`${origin}/briefing.html`);
    await p.emulateMedia({ media: 'print' });
    expect(await p.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display)).toBe('none');
    expect(await p.evaluate(() => getComputedStyle(document.querySelector('.site-footer')!).display)).toBe('none');
    expect(await p.evaluate(bg)).toBe('rgb(255, 255, 255)');
    expect(await p.evaluate(() => getComputedStyle(document.querySelector('main')!).color)).toBe('rgb(0, 0, 0)');
    await ctx.close();
  });
});
