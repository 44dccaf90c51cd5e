import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle, lineRule } from '../../../src/clean/index.ts';
import { bodyOf } from './stages.ts';

const SENTENCE = 'Ministers met in Astana on Monday to discuss rail freight and tariffs.';
const clean = (text: string) => cleanArticle({ text, firstLine: 1 });

describe('single-line furniture rules, one kind at a time (by shape, any outlet)', () => {
  it.each([
    ['related header', 'Read also:', 'related-header'],
    ['related header', 'You May Also Like', 'related-header'],
    ['related header', 'Most read', 'related-header'],
    ['related header', 'Trending Now', 'related-header'],
    ['inline related link (with NBSP)', 'Read More:\u00a0Kazakhstan opens a new rail terminal', 'related-link'],
    ['inline related link', 'ALSO READ | Tajikistan raises power tariffs', 'related-link'],
    ['share prompt', 'Share this:', 'share-prompt'],
    ['follow prompt', 'Follow the Steppe Herald channel on WhatsApp:', 'share-prompt'],
    ['join prompt', 'Join our Telegram channel for breaking news', 'share-prompt'],
    ['share buttons', 'Facebook | Twitter | LinkedIn | Email', 'share-prompt'],
    ['follow on a news app', 'Follow Steppe Herald on Google News', 'share-prompt'],
    ['app prompt', 'Download our app for the latest news', 'app-prompt'],
    ['feedback prompt', 'Report an error', 'feedback-prompt'],
    ['feedback prompt', 'Found a typo?', 'feedback-prompt'],
    ['cookie button', 'Accept all', 'cookie-banner'],
    ['cookie button', 'Manage preferences', 'cookie-banner'],
    ['audio player', 'Listen to this article', 'audio-player'],
    ['audio player with length', 'Listen to article 4:32', 'audio-player'],
    ['tag list', 'Tags: Almaty, rail, tariffs', 'tag-list'],
    ['tag list', 'Filed under: Central Asia | Energy', 'tag-list'],
    ['bare channel URL', 'https://t.me/somechannel', 'bare-url'],
    ['newsletter prompt', 'Sign up for our daily newsletter', 'subscribe-prompt'],
    ['newsletter prompt', 'Get the latest updates in your inbox', 'subscribe-prompt'],
    ['cookie banner', 'This website uses cookies. By continuing you agree to our cookie policy.', 'cookie-banner'],
    ['comment disclaimer', 'The comments posted here are not from the Daily Star. Please refrain from abuse.', 'comment-disclaimer'],
    ['comment prompt', 'Comments (12)', 'comment-prompt'],
    ['comment prompt', 'Comments (+)', 'comment-prompt'],
    ['wire sign-off', 'wd/cs/rma', 'wire-sign-off'],
    ['wire sign-off', 'burs-jm/sst', 'wire-sign-off'],
    ['separator', '-', 'separator'],
    ['separator', '* * *', 'separator'],
    ['agency credit with its bureau', 'Agence France-Presse, Washington,', 'agency-credit'],
    ['photo caption with its credit', 'Velm: This image made from video shows rescuers at the crash site near Velm airport. (PTI Photo)', 'caption'],
    ['photo caption with its credit', 'Rescuers search the wreckage near Orsk on Sunday. (AP Photo/Jane Doe)', 'caption'],
    ['ad label', 'ADVERTISEMENT', 'ad-label'],
    ['navigation', 'Skip to main content', 'navigation'],
    ['breadcrumb', 'News › World › Asia', 'navigation'],
    ['publisher bio', 'Founded in 1994, Steppe Herald is Kazakhstan’s leading independent newspaper.', 'publisher-bio'],
    ['publisher bio', 'The Kabul Ledger is Afghanistan’s first independent news website, published in three languages.', 'publisher-bio'],
    ['author-box crumb', '+ posts', 'author-box'],
    ['author-box crumb', 'View all posts by Jane Doe', 'author-box'],
    ['byline', 'By Aigerim Nurlanova', 'byline'],
    ['byline with particle and role', 'By Pieter de Vries | Staff Writer', 'byline'],
    ['byline in capitals', 'BY JANE DOE AND JOHN ROE', 'byline'],
    ['desk credit', 'News Desk', 'byline'],
    ['wire credits', '(Reporting by Jane Doe; Editing by Mark Roe)', 'credit-line'],
    ['agency credit', '— AFP', 'agency-credit'],
    ['agency credit', 'With inputs from Reuters and AFP', 'agency-credit'],
    ['photo caption', 'Photo: Reuters', 'caption'],
    ['copyright', '© 2025 Example Media Ltd. All rights reserved.', 'copyright'],
    ['weather widget', '21°C', 'weather-widget'],
    ['weather widget', '-3 °F', 'weather-widget'],
    ['font-size control', '+ ↺ − 16 px', 'font-size-widget'],
    ['font-size control', 'A A A', 'font-size-widget'],
    ['date line', 'Monday, November 10, 2025', 'date-line'],
    ['date line with time', '10 Nov 2025 14:05 GMT', 'date-line'],
    ['publication stamp', 'Published: 3 March 2025, 10:42 GMT+5', 'timestamp'],
    ['unloaded stamp widget', 'Published • loading... • Updated', 'timestamp'],
    ['relative time', '2 hours ago', 'timestamp'],
    ['reading time', '4 min read', 'reading-time'],
    ['aggregator marker', 'Read Full Article', 'read-full-marker'],
    ['aggregator summary credit', 'Insights by Ground AI', 'summary-credit'],
    ['aggregator count', '12 Articles', 'listing-count'],
    ['coverage widget', 'Total News Sources14', 'coverage-widget'],
    ['bias widget', 'Leaning Left4Leaning Right1Center2Last Updated', 'coverage-widget'],
    ['bias widget', 'L 40%', 'coverage-widget'],
    ['bias widget', '52% Centre', 'coverage-widget'],
    ['bias widget', '- 40% of the sources lean Left', 'coverage-widget'],
    ['premium upsell', 'To see ownership data, upgrade to Premium', 'premium-upsell'],
  ])('%s: %s', (_kind, line, rule) => {
    expect(lineRule(line.replace(/\u00a0/g, ' '))).toBe(rule);
    const c = clean(`${SENTENCE}\n${line}\n${SENTENCE.replace('Monday', 'Tuesday')}`);
    expect(c.removed.map((r) => r.rule)).toContain(rule);
    expect(bodyOf(c)).toContain(SENTENCE);
  });

  it.each([
    ['a date inside a sentence', 'Officials said on Monday, November 10, 2025 the talks would resume.'],
    ['a temperature inside a sentence', 'The temperature fell to 19.9 C overnight, officials said.'],
    ['a sentence about cookie rules', 'The regulator said websites must ask before they use cookies to track readers.'],
    ['a sentence about comments', 'Comments by the minister were not from a prepared text, his office said.'],
    ['a sentence starting with By', 'By Thursday evening, most of the delegations had left Dushanbe.'],
    ['a sentence naming a newspaper', 'Kommersant is Russia’s leading business daily, and it reported the deal first.'],
    ['a sentence about founding', 'Established in 1991, the bank said it would open two branches in Bishkek next year.'],
    ['a sentence about an app', 'Download figures for the app rose by a third in March, the ministry said.'],
    ['a sentence that asks to listen', 'Listen to the farmers, the minister told parliament on Tuesday.'],
    ['a sentence with a colon', 'Topics: the leaders discussed trade, water and security over two days.'],
    ['a sentence about following', 'Follow the money, investigators said of the Almaty case.'],
    ['a sentence that shares', 'Share prices in Almaty rose by 3 percent after the announcement, traders said.'],
    ['a sentence about premium', 'Operators said premium members of the loyalty scheme would get free upgrades, the airline told reporters.'],
    ['a sentence that starts like a sign-up', 'Register of companies updates its records every month, the ministry said.'],
    ['a quoted cookie policy', '“We use cookies only with consent,” the regulator’s spokesperson said on Friday.'],
    ['a sentence about comments, attributed', 'Comments are not the views of the government, a spokesman said after the meeting.'],
    ['a quoted URL in a sentence', 'The ministry published the plan at https://gov.example/plan on Friday.'],
    ['a sentence about a photo', 'The agency released a photo of the crash site (taken by a resident) on Monday.'],
    ['a sentence naming an agency and a city', 'Reuters, citing officials in Almaty, said the line would open in May.'],
  ])('keeps %s', (_kind, line) => {
    const c = clean(`${SENTENCE}\n${line}`);
    expect(c.removed).toEqual([]);
    expect(bodyOf(c)).toContain(line);
  });
});

describe('rules that depend on neighbouring lines', () => {
  it('a list after a related header is removed up to the next paragraph', () => {
    const c = clean(`${SENTENCE}\nRelated articles:\n- Ferry fares rise again\n2. New bridge opens in Aktau\n${SENTENCE.replace('Monday', 'Friday')}`);
    expect(c.removed.map((r) => r.rule)).toEqual(['related-header', 'related-list', 'related-list']);
    expect(c.blocks).toHaveLength(2);
  });

  it('a list of bare titles after a related header is removed too', () => {
    const c = clean(`${SENTENCE}\nRead also\nFerry fares rise again\nBaku port expands\n${SENTENCE.replace('Monday', 'Friday')}`);
    expect(c.removed.map((r) => r.rule)).toEqual(['related-header', 'related-list', 'related-list']);
    expect(c.blocks).toHaveLength(2);
  });

  it('a list of bare titles ends at the name that opens an author box', () => {
    const c = clean(`Aida Bekova\n${SENTENCE}\nYou may also like\nFerry fares rise again\nNew bridge opens in Aktau\nAida Bekova\n27 posts\nAida Bekova covers transport for the Caspian Times.`);
    expect(c.removed.map((r) => r.rule)).toEqual(['byline', 'related-header', 'related-list', 'related-list', 'byline', 'author-box', 'author-bio']);
    expect(bodyOf(c)).toBe(SENTENCE);
  });

  it('a bulleted list ends at a bare line: an author box after it keeps its own rules', () => {
    const c = clean(`Aida Bekova\n${SENTENCE}\nRead also:\n- Ferry fares rise again\n- New bridge opens in Aktau\nAida Bekova\n253 posts\nAida Bekova covers transport for the Caspian Times.`);
    expect(c.removed.map((r) => [r.text, r.rule])).toEqual([
      ['Aida Bekova', 'byline'],
      ['Read also:', 'related-header'],
      ['- Ferry fares rise again', 'related-list'],
      ['- New bridge opens in Aktau', 'related-list'],
      ['Aida Bekova', 'byline'],
      ['253 posts', 'author-box'],
      ['Aida Bekova covers transport for the Caspian Times.', 'author-bio'],
    ]);
    expect(bodyOf(c)).toBe(SENTENCE);
  });

  it('a list of real sentences with no related header is a list block', () => {
    const c = clean(`${SENTENCE}\n- Freight tariffs will be set jointly each year.\n- Customs checks will move to one stop.`);
    expect(c.blocks.map((b) => b.type)).toEqual(['paragraph', 'list']);
  });

  it('a place name is a widget only next to a weather or date widget at the top', () => {
    expect(clean(`21°C\nAstana\nRail Talks Resume In The Capital\n${SENTENCE}`).removed.map((r) => r.rule)).toEqual(['weather-widget', 'page-widget']);
    expect(clean(`Astana\nRail talks resume in the capital\n${SENTENCE}`).removed.map((r) => r.rule)).toEqual(['page-label']);
  });

  it('a date alone at the top is the page’s date widget; further down it is only a date line', () => {
    const c = clean(`Tuesday, 4 March 2025\nRail talks resume in the capital\n5 March 2025\n${SENTENCE}`);
    expect(c.removed.map((r) => r.rule)).toEqual(['date-widget', 'date-line']);
  });

  it('a bare author name is a byline when repeated or next to an author box, and its bio goes with it', () => {
    const c = clean(`Rail talks resume in the capital\n${SENTENCE}\nJane Doe\n12 posts\nJane Doe writes about transport for the Herald.`);
    expect(c.removed.map((r) => r.rule)).toEqual(['byline', 'author-box', 'author-bio']);
  });

  it('a name printed twice in a row is a byline; a title repeated far apart is not', () => {
    expect(clean(`${SENTENCE}\nJane Doe\nJane Doe`).removed.map((r) => r.rule)).toEqual(['byline', 'byline']);
    const c = clean(`${SENTENCE}\nKey Points\n- Tariffs fall next year.\n${SENTENCE.replace('Monday', 'Friday')}\nKey Points\n- Ports expand.`);
    expect(c.removed).toEqual([]);
    expect(c.blocks.filter((b) => b.type === 'heading').map((b) => b.line)).toEqual([2, 5]);
  });

  it('takes a bulleted stamp for a stamp, and keeps a bulleted sentence', () => {
    const c = clean(`${SENTENCE}\n• Jul 01 2019, 09:21am IST\n• Updated: Jul 01 2019, 09:26am IST\n- Tariffs fall next year.`);
    expect(c.removed.map((r) => r.rule)).toEqual(['date-line', 'timestamp']);
    expect(c.blocks.flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.text) : []))).toEqual(['Tariffs fall next year.']);
  });

  it('takes titles between separator lines for a list of other articles, not section breaks before paragraphs', () => {
    const links = clean(`${SENTENCE}\n-\nMinister charged after $35m tax scam exposed\n-\nFootball player hurt near stadium party\n-\nSinger cancels her tour`);
    expect(links.removed.map((r) => r.rule)).toEqual(['separator', 'related-list', 'separator', 'related-list', 'separator', 'related-list']);
    const breaks = clean(`${SENTENCE}\n* * *\nThe talks resumed on Tuesday in Astana with a new agenda.\n* * *\nTrade rose by a fifth, the ministry said later that week.`);
    expect(breaks.removed.map((r) => r.rule)).toEqual(['separator', 'separator']);
    expect(bodyOf(breaks)).toContain('The talks resumed on Tuesday');
  });

  it('takes short names closing the page for its topic tags, never the closing sentence', () => {
    const tagged = clean(`${SENTENCE}\nThe line will open in May.\nKazakhstan\nRail Freight\nCentral Asia\nComments (+)`);
    expect(tagged.removed.map((r) => [r.text, r.rule])).toEqual([
      ['Kazakhstan', 'tag-list'],
      ['Rail Freight', 'tag-list'],
      ['Central Asia', 'tag-list'],
      ['Comments (+)', 'comment-prompt'],
    ]);
    expect(bodyOf(tagged)).toContain('The line will open in May.');
    // One short line is not a run of tags.
    expect(clean(`${SENTENCE}\nAstana`).removed).toEqual([]);
  });

  it('a repeated line is removed the second time only', () => {
    const c = clean(`${SENTENCE}\nA pull quote without end\n${SENTENCE}\nA pull quote without end`);
    expect(c.removed.map((r) => [r.line, r.rule])).toEqual([
      [3, 'duplicate-line'],
      [4, 'duplicate-line'],
    ]);
  });

  it('a glued "Read Full Article" marker is split from the headline it precedes', () => {
    const c = clean(`${SENTENCE}\n3 Articles\nRead Full ArticleTalks resume in Astana\nOfficials met again on Monday.\n·Kazakhstan`);
    expect(c.related).toEqual([{ headline: 'Talks resume in Astana', lede: 'Officials met again on Monday.', location: 'Kazakhstan' }]);
    expect(c.removed.filter((r) => r.line === 3).map((r) => r.rule)).toEqual(['read-full-marker', 'related-coverage']);
  });

  it('the capture line counts only as the first line', () => {
    expect(clean(` date 2025-10-09 + ↺ − 16 px\n${SENTENCE}`).removed.map((r) => r.rule)).toEqual(['capture-line', 'font-size-widget']);
    expect(clean(`${SENTENCE}\ndate 2025-10-09 was the day`).removed).toEqual([]);
  });
});

describe('headline and structure', () => {
  it('the headline is the first title-like line before the body; labels above it are removed', () => {
    const c = clean(`Steppe Herald\nBusiness\nRail freight deal signed in Almaty\n${SENTENCE}`);
    expect(c.headline).toBe('Rail freight deal signed in Almaty');
    expect(c.removed.map((r) => r.rule)).toEqual(['page-label', 'page-label']);
  });

  it('a page that opens with a sentence has no headline', () => {
    expect(clean(`${SENTENCE}\nOfficials said the talks would resume.`).headline).toBeNull();
  });

  it('a short title-like line between paragraphs is a section heading; a dateline line is not', () => {
    const c = clean(`${SENTENCE}\nWhat the deal says\n${SENTENCE.replace('Monday', 'Friday')}\nALMATY, March 3 (Reuters) -\n${SENTENCE.replace('Monday', 'Sunday')}`);
    expect(c.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('Markdown heading markers are headings (level 1 is the headline)', () => {
    const c = clean(`# Rail deal signed\n${SENTENCE}\n## What it says\n${SENTENCE.replace('Monday', 'Friday')}`);
    expect(c.headline).toBe('Rail deal signed');
    expect(c.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('line numbers count from firstLine (text after front matter)', () => {
    const c = cleanArticle({ text: `Share this\n${SENTENCE}`, firstLine: 5 });
    expect(c.removed[0]!.line).toBe(5);
    expect(c.blocks[0]).toMatchObject({ line: 6 });
  });
});

describe('any text', () => {
  const SEED_LIKE = [
    SENTENCE,
    'Read also:',
    '- Weekly affairs in the federal parliament',
    'Web Desk',
    '19.9 C',
    'Read Full ArticleTalks resume in Astana',
    '·United Kingdom',
    'Total News Sources9',
    'Economic cooperation, regional connectivity',
    '# Heading marked',
    ' date 2025-10-09 + ↺ − 16 px',
  ];

  it('never throws, and every non-empty line is kept, the headline, or removed with a rule', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom(...SEED_LIKE)), { maxLength: 25 }), (lines) => {
        const text = lines.map((l) => l.replace(/[\r\n]/g, ' ')).join('\n');
        const c = cleanArticle({ text, firstLine: 1 });
        const kept = new Set(c.blocks.flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.line) : [b.line])));
        const removed = new Set(c.removed.map((r) => r.line));
        text.split('\n').forEach((line, i) => {
          if (!line.trim()) return;
          const ok = kept.has(i + 1) || removed.has(i + 1) || line.trim().replace(/^#+\s+/, '') === c.headline;
          if (!ok) throw new Error(`line ${i + 1} unaccounted: ${JSON.stringify(line)}`);
        });
        for (const r of c.removed) expect(r.rule).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });

  it('cleans a page near the 5 MB size limit in well under a few seconds', () => {
    const page = Array.from({ length: 30_000 }, (_, i) => (i % 7 === 0 ? 'Share this:' : `${SENTENCE} Item ${i} of the long record.`)).join('\n');
    const start = performance.now();
    const c = cleanArticle({ text: page, firstLine: 1 });
    expect(performance.now() - start).toBeLessThan(5000);
    expect(c.blocks.length + c.removed.length).toBe(30_000);
  });
});
