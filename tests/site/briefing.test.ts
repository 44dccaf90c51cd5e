import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gold, sourceIdOf } from '../helpers/gold.ts';
import { fold, page } from '../helpers/html.ts';
import { brokenLinks } from '../helpers/links.ts';
import { readDist, SEED_SITE } from '../helpers/sites.ts';

const briefing = page(readDist(SEED_SITE, 'briefing.html'));

/** "2025-10-09" → "9 October 2025", by the platform's formatter rather than the code under test. */
function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
/** Every sentence of every source page, by `sourceId#sentenceId`. */
const sentences = new Map<string, string>();
for (const g of gold.sources) {
  const id = sourceIdOf(g.file);
  for (const s of page(readDist(SEED_SITE, `sources/${id}.html`)).querySelectorAll('span.sentence')) sentences.set(`${id}#${s.id}`, s.textContent ?? '');
}
const verbatim = new Set(sentences.values());

describe('the event briefing', () => {
  const claims = [...briefing.querySelectorAll('section.claim')];

  it('quotes only verbatim source sentences as its statements', () => {
    expect(claims.length).toBeGreaterThan(10);
    for (const q of briefing.querySelectorAll('.claim blockquote p, .disagreement blockquote p')) {
      // The quote's own text (the part a claim rests on marked within it), without the citation link that follows it.
      const text = [...q.childNodes].filter((n) => n.nodeType === 3 || n.nodeName === 'MARK').map((n) => n.textContent).join('').trim();
      expect(verbatim.has(text), text).toBe(true);
    }
  });

  it('marks in an event claim\'s quote the value its facet line names ("summit · place · Dushanbe")', () => {
    const events = claims.filter((c) => c.querySelector('.facet'));
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const c of events) {
      const facet = (c.querySelector('.facet')?.textContent ?? '').toLowerCase();
      const marked = [...c.querySelectorAll('blockquote mark.claim-part')].map((m) => (m.textContent ?? '').toLowerCase());
      expect(marked.length, facet).toBeGreaterThan(0);
      for (const m of marked) expect(facet).toContain(m);
    }
  });

  it('marks the part of a sentence a claim rests on, so two claims quoting one sentence read apart', () => {
    const quoted = claims.map((c) => ({ quote: c.querySelector('blockquote p'), marked: [...c.querySelectorAll('blockquote mark.claim-part')].map((m) => m.textContent ?? '') }));
    expect(quoted.filter((q) => q.marked.length).length).toBeGreaterThan(5);
    for (const q of quoted) for (const part of q.marked) expect(q.quote?.textContent ?? '').toContain(part);
    // The seeds' "joint communiqué and a multi-year action plan" sentence stands for two facts: each claim marks its own.
    const bySentence = new Map<string, string[]>();
    for (const q of quoted) if (q.marked.length) bySentence.set(q.quote?.textContent ?? '', [...(bySentence.get(q.quote?.textContent ?? '') ?? []), q.marked.join(' … ')]);
    for (const [text, parts] of bySentence) expect(new Set(parts).size, text).toBe(parts.length);
    const plan = [...bySentence.values()].flat().find((p) => /action plan/i.test(p) && !/communiqu/i.test(p));
    expect(plan, 'a claim marking the action plan apart from the communiqué').toBeTruthy();
  });

  it('cites every statement, and every citation resolves to an existing sentence anchor', () => {
    for (const c of claims) {
      const links = [...c.querySelectorAll('a[href*="#s-"]')];
      expect(links.length).toBeGreaterThan(0);
      for (const a of links) {
        const m = /sources\/([^/]+)\.html#(s-[0-9a-f-]+)$/.exec(a.getAttribute('href') ?? '');
        expect(m, a.getAttribute('href') ?? '').toBeTruthy();
        expect(sentences.has(`${m![1]}#${m![2]}`)).toBe(true);
      }
    }
  });

  it('does not split the five seed reports into stories', () => {
    const lede = fold(briefing.querySelector('.lede-note')?.textContent ?? '');
    expect(lede).toContain('of the 5 sources report it');
    expect(lede).not.toContain('different stories');
  });

  it('says how many outlets report each claim, naming them', () => {
    const all = gold.sources.map((g) => g.outlet);
    const trade = claims.find((c) => /\$45 billion/.test(c.querySelector('blockquote')?.textContent ?? '') && /Reported by 5 of 5/.test(c.textContent ?? ''));
    expect(trade, 'the $45 billion claim, reported by all five').toBeTruthy();
    for (const outlet of all) expect(fold(trade!.querySelector('.badge')?.textContent ?? '')).toContain(outlet);
    expect(briefing.querySelectorAll('.badge.single').length).toBeGreaterThan(0);
    expect(fold(briefing.querySelector('.badge.single')?.textContent ?? '')).toMatch(/^Only .+ reports this\.$/);
  });

  it('flags the two-day versus one-day disagreement with both quotes', () => {
    const d = [...briefing.querySelectorAll('.disagreement')].find((x) => /two-day/.test(x.textContent ?? ''));
    expect(d).toBeTruthy();
    const quotes = [...d!.querySelectorAll('blockquote')].map((b) => fold(b.textContent ?? ''));
    expect(quotes.some((q) => q.includes('The two-day event'))).toBe(true);
    expect(quotes.some((q) => q.includes('On Thursday'))).toBe(true);
    // The value each quote gives is marked in it: "two-day" on one side, the day on the other.
    const [multi, single] = [...d!.querySelectorAll('.side')].map((side) => [...side.querySelectorAll('blockquote mark.disputed')].map((m) => m.textContent));
    expect(multi).toEqual(['two-day']);
    expect(single!.length).toBeGreaterThanOrEqual(3);
    expect(single!.every((m) => m === 'Thursday')).toBe(true);
    // briefing.json gives the same values with each citation.
    const data = JSON.parse(readDist(SEED_SITE, 'briefing.json')) as { disagreements: { id: string; subject: unknown; sides: { citations: { values?: string[] }[] }[] }[] };
    const exported = data.disagreements.find((x) => x.id === d!.id)!;
    expect(exported.sides.map((s) => [...new Set(s.citations.flatMap((q) => q.values ?? []))])).toEqual([['two-day'], ['Thursday']]);
    expect(exported.subject).toEqual({ event: 'summit', aspect: 'length' });
    // Headed in a reader's words, for the eye and for a screen reader's landmark list.
    expect(d!.querySelector('strong')?.textContent).toBe('Sources disagree on how long the summit lasted');
    expect(d!.getAttribute('aria-label')).toBe('Sources disagree on how long the summit lasted');
    // Each side's value in a reader's words: the resolved day as a date, not as an ISO string.
    const { weekday, date } = gold.corpus.event;
    expect([...d!.querySelectorAll('.side > p > strong')].map((x) => x.textContent)).toEqual(['two-day', `a single day: ${weekday}, ${longDate(date)}`]);
    expect(d!.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('names the event fact a claim states in words, its day as a date', () => {
    const facts = [...briefing.querySelectorAll('span.facet')].map((x) => x.textContent ?? '');
    expect(facts).toContain(`summit · day · ${gold.corpus.event.weekday}, ${longDate(gold.corpus.event.date)}`);
    for (const f of facts) expect(f).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('shows the summit at a glance first, each value counted, cited and linked to its disagreement', () => {
    const card = briefing.querySelector('section.event-card');
    expect(card?.getAttribute('aria-label')).toBe('The summit');
    expect(briefing.querySelector('h2')?.textContent).toBe('At a glance');
    expect([...card!.querySelectorAll('dt')].map((d) => d.textContent?.trim())).toEqual(['Where', 'When', 'Which edition', 'How long']);
    const where = fold(card!.querySelector('dd')?.textContent ?? '');
    expect(where).toMatch(/^Dushanbe — 5 of 5 sources/);
    expect(card!.querySelector('dd')!.querySelectorAll('a[href*="#s-"]').length).toBeGreaterThanOrEqual(5);
    // "On Thursday" as the sources write it, with the day the dates stage resolved it to: the gold's event date.
    const when = fold(card!.querySelectorAll('dd')[2]?.textContent ?? '');
    const { weekday, date } = gold.corpus.event;
    expect(when).toMatch(new RegExp(`^${weekday}, ${longDate(date)} — 3 of 5 sources`));
    const disputed = [...card!.querySelectorAll('a')].filter((a) => a.textContent === '(sources disagree)');
    expect(disputed.length).toBeGreaterThanOrEqual(2);
    for (const a of disputed) expect(briefing.querySelector(`aside.disagreement${a.getAttribute('href')}`)?.textContent).toContain('two-day');
  });
});

describe('the overview counts', () => {
  it('gives the same numbers of facts as briefing.json, single-outlet facts included', () => {
    const data = JSON.parse(readDist(SEED_SITE, 'briefing.json')) as { claims: { reportedBy: number }[] };
    const corroborated = data.claims.filter((c) => c.reportedBy > 1).length;
    expect(corroborated).toBeLessThan(data.claims.length);
    expect(fold(page(readDist(SEED_SITE, 'index.html')).querySelector('main')?.textContent ?? '')).toContain(`${data.claims.length} facts, ${corroborated} reported by more than one outlet`);
  });

  it('counts sources, not outlets, in its heading (one outlet may publish many of them)', () => {
    const data = JSON.parse(readDist(SEED_SITE, 'briefing.json')) as { sources: unknown[] };
    expect(fold(page(readDist(SEED_SITE, 'index.html')).querySelector('h1')?.textContent ?? '')).toBe(`What ${data.sources.length} sources report`);
  });

  it('quotes its most reported facts verbatim, each with the part its claim rests on marked as on the briefing', () => {
    const overview = page(readDist(SEED_SITE, 'index.html'));
    const quotes = [...overview.querySelectorAll('section[aria-labelledby="most-reported"] blockquote p')];
    expect(quotes.length).toBe(3);
    for (const q of quotes) expect(verbatim.has(q.textContent ?? ''), q.textContent ?? '').toBe(true);
    const marked = quotes.flatMap((q) => [...q.querySelectorAll('mark.claim-part')].map((m) => m.textContent ?? ''));
    const onBriefing = new Set([...briefing.querySelectorAll('.claim blockquote mark.claim-part')].map((m) => m.textContent ?? ''));
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked) expect(onBriefing.has(m), m).toBe(true);
  });

  it('states the place the first event card of the briefing gives, with the same count', () => {
    const where = fold(briefing.querySelector('section.event-card dd')?.textContent ?? '');
    const [label, count] = /^(.+?) — (\d+) of 5 sources/.exec(where)!.slice(1);
    const overview = page(readDist(SEED_SITE, 'index.html'));
    const dt = [...overview.querySelectorAll('dl.overview dt')].find((d) => d.textContent === 'Place');
    expect(fold(dt?.nextElementSibling?.textContent ?? '')).toBe(`${label} (reported by ${count} of 5)`);
  });
});

describe('link integrity over the whole built site', () => {
  it('has no broken internal link or anchor on any page', () => {
    const { checked, broken } = brokenLinks(SEED_SITE.dist);
    expect(checked).toBeGreaterThan(200);
    expect(broken).toEqual([]);
  });
  it('reaches every page from the home page', () => {
    const pages = fs.readdirSync(SEED_SITE.dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => path.normalize(f));
    const seen = new Set<string>(['index.html']);
    const queue = ['index.html'];
    while (queue.length) {
      const from = queue.shift()!;
      for (const a of page(readDist(SEED_SITE, from)).querySelectorAll('a[href]')) {
        const href = (a.getAttribute('href') ?? '').split('#')[0]!;
        if (!href || /^[a-z]+:/i.test(href)) continue;
        const to = path.normalize(path.join(path.dirname(from), href));
        if (to.endsWith('.html') && !seen.has(to) && fs.existsSync(path.join(SEED_SITE.dist, to))) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    expect(pages.filter((p) => !seen.has(p))).toEqual([]);
  });
});

describe('copyable citation per claim', () => {
  it('gives every claim a citation naming its quote, outlet and URL, with unknown dates as n.d.', () => {
    const claims = [...briefing.querySelectorAll('section.claim')];
    for (const c of claims) {
      const cite = fold(c.querySelector('.claim-cite code')?.textContent ?? '');
      const quote = fold(c.querySelector('blockquote')?.textContent ?? '');
      expect(cite.startsWith(`“${quote}”`), cite).toBe(true);
      expect(cite).toMatch(/, (\d{4}-\d{2}-\d{2}|n\.d\.), https?:\/\/\S+\. Reported by \d of 5 sources\.$/);
      // Search indexes the claim, not its reference (which repeats outlets and headlines).
      expect(c.querySelector('.claim-cite')?.hasAttribute('data-pagefind-ignore')).toBe(true);
    }
  });
});
