import { describe, expect, it } from 'vitest';
import { gold, shortId, sourceIdOf } from '../helpers/gold.ts';
import { fold, page } from '../helpers/html.ts';
import { FIXTURE_SITE, readDist, SEED_SITE } from '../helpers/sites.ts';

interface Entry { id: string; [k: string]: unknown }
const data = JSON.parse(readDist(SEED_SITE, 'briefing.json')) as Record<string, Entry[]>;
const timeline = data.timeline as unknown as { date: { start: string; end?: string; precision: string }; sourceIds: string[]; label: string; citations: { text: string }[] }[];

describe('topics against the gold (built site)', () => {
  it('reaches macro-averaged precision and recall >= 0.85', () => {
    const topics = data.topics as unknown as { id: string; sources: { sourceId: string }[] }[];
    let p = 0;
    let r = 0;
    for (const g of gold.sources) {
      const got = new Set(topics.filter((t) => t.sources.some((s) => s.sourceId === sourceIdOf(g.file))).map((t) => t.id));
      const hit = g.topics.filter((t) => got.has(t)).length;
      p += got.size ? hit / got.size : 0;
      r += hit / g.topics.length;
    }
    const n = gold.sources.length;
    console.log(`topics: macro precision ${(p / n).toFixed(3)}, recall ${(r / n).toFixed(3)}`);
    expect(p / n).toBeGreaterThanOrEqual(0.85);
    expect(r / n).toBeGreaterThanOrEqual(0.85);
  });
});

describe('entities against the gold (built site)', () => {
  const entities = data.entities as unknown as { id: string; name: string; type: string; sources: string[] }[];
  it.each(gold.sources.map((g) => [g.file, g] as const))('%s: recall >= 0.9 and no boilerplate-only names', (file, g) => {
    const mine = entities.filter((e) => e.sources.includes(sourceIdOf(file))).map((e) => e.name);
    const want = [...g.entities.people, ...g.entities.places, ...g.entities.organizations];
    const found = want.filter((w) => mine.includes(w));
    expect(found.length / want.length, `missed: ${want.filter((w) => !found.includes(w)).join(', ')}`).toBeGreaterThanOrEqual(0.9);
    for (const bad of g.not_entities) expect(mine).not.toContain(bad);
  });
  it('merges aliases: one Putin across all five sources', () => {
    const putins = entities.filter((e) => /putin/i.test(e.name));
    expect(putins).toHaveLength(1);
    expect(putins[0]!.sources).toHaveLength(5);
    expect(page(readDist(SEED_SITE, `entities/${putins[0]!.id}.html`)).querySelectorAll('blockquote').length).toBeGreaterThanOrEqual(5);
  });
});

describe('timeline against the gold (built site)', () => {
  it.each(gold.corpus.timeline.expected.map((e) => [e.what, e] as const))('has: %s', (_what, e) => {
    const [start, end] = e.when.split('/');
    const match = timeline.find(
      (t) => t.date.start === start && (end === undefined || t.date.end === end) && t.date.precision === e.precision && e.sources.every((s) => t.sourceIds.map(shortId).includes(s)),
    );
    expect(match, JSON.stringify(e)).toBeTruthy();
  });
  it('shows none of the forbidden dates anywhere on the timeline', () => {
    const html = page(readDist(SEED_SITE, 'timeline.html'));
    const text = html.querySelector('main')?.textContent ?? '';
    for (const f of gold.corpus.timeline.forbidden) {
      expect(timeline.some((t) => t.date.start.startsWith(f.when))).toBe(false);
      expect(text).not.toContain(f.when);
    }
    for (const t of html.querySelectorAll('time')) for (const f of gold.corpus.timeline.forbidden) expect(t.getAttribute('datetime')).not.toBe(f.when);
  });
  it('groups events by year, shows precision, and links every citation to a sentence anchor', () => {
    const html = page(readDist(SEED_SITE, 'timeline.html'));
    expect([...html.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['2015', '2024', '2025']);
    expect(fold(html.querySelector('main')?.textContent ?? '')).toContain('approximate year');
    for (const a of html.querySelectorAll('.event blockquote footer a')) expect(a.getAttribute('href')).toMatch(/^sources\/.+\.html#s-/);
  });
  it('names the sources a date was placed by through their outlets, linked, never by their ids, and its days in words', () => {
    const ids = (data.sources as unknown as { id: string; outlet: { value: string | null } }[]).map((s) => [s.id, s.outlet.value] as const);
    const pages = [['timeline.html', ''], ...ids.map(([id]) => [`sources/${id}.html`, 'sources/'])] as const;
    let named = 0;
    for (const [file, dir] of pages) {
      const html = page(readDist(SEED_SITE, file));
      for (const p of html.querySelectorAll('.event .provenance, .meta .provenance')) {
        for (const [id] of ids) expect(p.textContent, file).not.toContain(id);
        // Days the dates stage names are in words ("before 9 October 2025"), as the page's dates are.
        expect(p.textContent, file).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        for (const a of p.querySelectorAll('a[href*="sources/"], a[href$=".html"]')) {
          const target = ids.find(([id]) => a.getAttribute('href') === (dir ? `${id}.html` : `sources/${id}.html`));
          if (!target) continue;
          expect(a.textContent, file).toBe(target[1]);
          named++;
        }
      }
    }
    // Every undated seed takes its day from News.Az (002), on the timeline and on its own page.
    expect(named).toBeGreaterThan(5);
  });
  it('marks a label cut from the middle of its sentence with ellipses, and a whole one without', () => {
    const html = page(readDist(SEED_SITE, 'timeline.html'));
    const shown = [...html.querySelectorAll('.event-label')].map((p) => p.textContent ?? '');
    for (const e of timeline) {
      const text = shown.find((x) => x.replace(/^…|…$/g, '') === e.label);
      expect(text, e.label).toBeDefined();
      const sentence = e.citations.map((c) => c.text).find((t) => t.includes(e.label))!;
      expect(text!.startsWith('…'), text).toBe(/\p{L}/u.test(sentence.slice(0, sentence.indexOf(e.label))));
      expect(text!.endsWith('…'), text).toBe(/\p{L}|\p{N}/u.test(sentence.slice(sentence.indexOf(e.label) + e.label.length)));
    }
    expect(shown.filter((x) => x.startsWith('…')).length).toBeGreaterThan(0);
  });
});

describe('event date per source', () => {
  const sources = data.sources as unknown as { id: string; eventDate: { value: string | null; provenance: string } }[];
  const of = (prefix: string) => sources.find((s) => s.id.startsWith(prefix))!.eventDate;
  it('is stated for the dated source and inferred for the undated ones that say "Thursday"', () => {
    expect(of('002')).toMatchObject({ value: '2025-10-09', provenance: 'stated' });
    expect(of('003')).toMatchObject({ value: '2025-10-09', provenance: 'inferred' });
    expect(of('004')).toMatchObject({ value: '2025-10-09', provenance: 'inferred' });
  });
  it('resolves another event’s weekday and "last year" against that article’s own date', () => {
    const fx = JSON.parse(readDist(FIXTURE_SITE, 'briefing.json'));
    const baku = fx.sources.find((s: Entry) => s.id === 'baku-ministers');
    expect(baku.eventDate).toMatchObject({ value: '2024-03-14', provenance: 'stated' });
    const lastYear = fx.timeline.find((t: { sourceIds: string[]; date: { start: string } }) => t.sourceIds.includes('baku-ministers') && t.date.start === '2023');
    expect(lastYear?.label).toMatch(/Aktau last year/);
  });
});
