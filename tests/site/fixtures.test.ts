import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold, page } from '../helpers/html.ts';
import { FIXTURE_SITE, readDist } from '../helpers/sites.ts';

const htmlFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));

describe('a non-seed article goes through the same path and comes out clean', () => {
  const doc = page(readDist(FIXTURE_SITE, 'sources/baku-ministers.html'));
  const body = fold(doc.querySelector('.article-body')?.textContent ?? '');
  it('keeps its sentences and drops its furniture', () => {
    expect(body).toContain('Transport ministers of five Caspian states agreed on Thursday');
    expect(body).toContain('Kazakhstan and Turkmenistan pledged to expand port capacity');
    for (const junk of ['Share this article', 'Subscribe to our newsletter', 'Most Popular', 'Oil prices climb', 'cookies', 'All rights reserved', 'By Leyla Mammadova']) {
      expect(body).not.toContain(junk);
    }
  });
  it('finds its headline, byline and dateline', () => {
    expect(fold(doc.querySelector('h1')?.textContent ?? '')).toBe('Caspian ministers agree common ferry tariffs at Baku talks');
    const data = JSON.parse(readDist(FIXTURE_SITE, 'briefing.json'));
    const e = data.sources.find((s: { id: string }) => s.id === 'baku-ministers');
    expect(e.dateline.value).toBe('Baku');
    expect(e.byline.value).toBe('Leyla Mammadova');
    expect(e.published).toMatchObject({ value: '2024-03-14', source: 'front-matter' });
  });
});

describe('hostile text stays text', () => {
  const html = readDist(FIXTURE_SITE, 'sources/hostile-text.html');
  const doc = page(html);
  it('renders no injected elements, handlers or script URLs', () => {
    for (const file of htmlFiles(FIXTURE_SITE.dist)) {
      const d = page(fs.readFileSync(file, 'utf8'));
      for (const s of d.querySelectorAll('script')) {
        // JSON-LD legitimately quotes the hostile headline as data: it must stay
        // inert (no raw '<' that could close the element) and parse as JSON.
        if (s.getAttribute('type') === 'application/ld+json') {
          expect(s.textContent).not.toContain('<');
          expect(() => JSON.parse(s.textContent ?? '')).not.toThrow();
        } else expect(s.textContent).not.toMatch(/alert/);
      }
      expect(d.querySelectorAll('iframe, img, Danger, b[onmouseover]').length).toBe(0);
      for (const el of d.querySelectorAll('*')) {
        for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${file}: ${attr.name}`).toBe(false);
      }
      for (const a of d.querySelectorAll('a[href]')) expect(a.getAttribute('href')).not.toMatch(/^\s*(javascript|data):/i);
    }
  });
  it('shows the markup-looking text literally', () => {
    const body = fold(doc.querySelector('.article-body')?.textContent ?? '');
    expect(body).toContain("<script>alert(document.cookie)</script> would not run");
    expect(body).toContain('{props.secret}');
    expect(body).toContain('<Danger onClick={() => alert(1)} />');
    expect(body).toContain('[click me](javascript:alert(1))');
  });
  it('drops a non-http(s) URL from the manifest instead of linking it', () => {
    const e = JSON.parse(readDist(FIXTURE_SITE, 'briefing.json')).sources.find((s: { id: string }) => s.id === 'hostile-text');
    expect(e.url.value).toBeNull();
    expect(fold(doc.querySelector('.meta')?.textContent ?? '')).toContain('<b onmouseover=alert(1)>Hostile Outlet</b>');
  });
  it('says once where the outlet name comes from, with or without a link', () => {
    for (const file of htmlFiles(path.join(FIXTURE_SITE.dist, 'sources'))) {
      const outlet = page(fs.readFileSync(file, 'utf8')).querySelector('.meta dt + dd');
      expect(outlet?.querySelectorAll('.provenance').length, file).toBe(1);
    }
  });
});

describe('unrelated articles are separate stories', () => {
  const data = JSON.parse(readDist(FIXTURE_SITE, 'briefing.json')) as { stories: { sourceIds: string[] }[]; claims: { sourceIds: string[] }[]; timeline: { sourceIds: string[] }[] };
  const storyOf = new Map(data.stories.flatMap((s, i) => s.sourceIds.map((id) => [id, i] as const)));
  it('names the stories on the briefing, and no claim counts two of them as corroboration', () => {
    // The fixtures are unrelated pieces (Caspian ministers, hostile texts): each its own story.
    expect(data.stories.length).toBeGreaterThan(1);
    const lede = fold(page(readDist(FIXTURE_SITE, 'briefing.html')).querySelector('.lede-note')?.textContent ?? '');
    expect(lede).toContain(`how many of the sources telling its story report it: these 6 sources tell ${data.stories.length} different stories`);
    // An unplaced source (too few names) may join any story's claim; placed sources never span two.
    for (const c of data.claims) expect(new Set(c.sourceIds.flatMap((id) => (storyOf.has(id) ? [storyOf.get(id)] : []))).size, c.sourceIds.join()).toBeLessThanOrEqual(1);
  });

  it('records each source story in briefing.json as the stories list it', () => {
    const sources = (JSON.parse(readDist(FIXTURE_SITE, 'briefing.json')) as { sources: { id: string; story: string | null }[] }).sources;
    for (const s of sources) expect(s.story, s.id).toBe(storyOf.has(s.id) ? data.stories[storyOf.get(s.id)!]!.sourceIds[0] : null);
    expect(new Set(sources.map((s) => s.story).filter((x) => x !== null)).size).toBe(data.stories.length);
  });

  it('dates the overview by its story: with no place, the largest story, among that story sources', () => {
    const json = JSON.parse(readDist(FIXTURE_SITE, 'briefing.json')) as { sources: { id: string; eventDate: { value: string | null } }[] };
    const largest = new Set(data.stories[0]!.sourceIds);
    const days = json.sources.filter((x) => largest.has(x.id) && x.eventDate.value).map((x) => x.eventDate.value!);
    const overview = page(readDist(FIXTURE_SITE, 'index.html'));
    const dd = (term: string) => fold([...overview.querySelectorAll('dl.overview dt')].find((d) => d.textContent === term)?.nextElementSibling?.textContent ?? '');
    expect(dd('Place')).toBe('unknown');
    if (days.length === 0) expect(dd('Event date')).toBe('unknown');
    else {
      const top = Math.max(...days.map((d) => days.filter((x) => x === d).length));
      const count = largest.size === 1 ? 'its only source on that story establishes it' : `${top} of ${largest.size} sources telling its story establish it`;
      expect(dd('Event date').endsWith(`(${count})`), dd('Event date')).toBe(true);
    }
  });

  it('merges two stories on the timeline only for a background fact restated word for word', () => {
    const timeline = data.timeline as unknown as { sourceIds: string[]; label: string; date: { precision: string }; citations: { text: string }[] }[];
    expect(timeline.length).toBeGreaterThan(0);
    for (const e of timeline) {
      if (new Set(e.sourceIds.map((id) => storyOf.get(id) ?? 'unplaced')).size === 1) continue;
      expect(['year', 'approximate-year', 'year-range', 'decade'], e.label).toContain(e.date.precision);
      for (const c of e.citations) expect(c.text, e.label).toContain(e.label);
    }
  });
});
