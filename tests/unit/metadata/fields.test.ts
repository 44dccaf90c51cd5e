import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/clean/index.ts';
import { dateInUrl, extractMetadata, findAgency, findDateline, headlineFromUrl, inferLanguage, outletFromFurniture, outletFromCopyright, parseWrittenDate } from '../../../src/metadata/index.ts';
import type { RawSource, SuppliedMeta } from '../../../src/model/types.ts';

const BODY = 'Ministers met in Astana on Monday to discuss rail freight, tariffs and the new border crossings with their neighbours.';

/** A RawSource from text and supplied metadata, as ingest would build it. */
function source(text: string, meta: Partial<SuppliedMeta> = {}): RawSource {
  return { id: 't', file: 't.txt', format: 'txt', text, firstLine: 1, meta: { origin: 'none', fields: {}, ...meta }, digest: '' };
}
const metaOf = (text: string, meta?: Partial<SuppliedMeta>) => {
  const raw = source(text, meta);
  return extractMetadata(raw, cleanArticle(raw));
};

describe('headline from the URL slug', () => {
  const text = 'Leaders met for the second Russia-Central Asia summit in Dushanbe. Putin spoke first. The summit ended with ties renewed.';

  it('sentence-cases the slug, keeps names as the text writes them, rejoins hyphenated pairs', () => {
    expect(headlineFromUrl('https://news.az/news/putin-advocates-for-stronger-russia-central-asia-ties-at-the-dushanbe-summit', text)).toBe(
      'Putin advocates for stronger Russia-Central Asia ties at the Dushanbe summit',
    );
  });

  it('strips CMS ids: trailing codes, numeric ids and hashes, but keeps numbers inside and real short words', () => {
    expect(headlineFromUrl('https://x.example/news/36421/putin-urges-central-asian-states-to-boost-trade-tt', 'Putin met Central Asian states.')).toBe(
      'Putin urges Central Asian states to boost trade',
    );
    expect(headlineFromUrl('https://x.example/a/12345-ports-brace-for-record-season-98321', '')).toBe('Ports brace for record season');
    expect(headlineFromUrl('https://x.example/a/trade-to-45-billion-a7f3c9', '')).toBe('Trade to 45 billion');
    expect(headlineFromUrl('https://x.example/a/freight-rates-go-up', '')).toBe('Freight rates go up');
    expect(headlineFromUrl('https://x.example/a/budget-plan-for-2026.html', '')).toBe('Budget plan for 2026');
  });

  it('gives nothing for URLs without a readable slug', () => {
    expect(headlineFromUrl('https://x.example/article/123456', '')).toBeNull();
    expect(headlineFromUrl('not a url', '')).toBeNull();
    expect(headlineFromUrl(null, '')).toBeNull();
  });

  it('a word capitalised only at sentence starts stays lowercase', () => {
    expect(headlineFromUrl('https://x.example/summit-ends-in-dushanbe', 'Summit leaders met. The summit ends today in Dushanbe.')).toBe('Summit ends in Dushanbe');
  });
});

describe('datelines', () => {
  it.each([
    ['Dushanbe (TDI): Russian President, Vladimir Putin, called for deeper integration.', 'Dushanbe', null, 'TDI'],
    ['Tajikistan: Russian President Vladimir Putin on Thursday called on the five nations.', 'Tajikistan', null, null],
    ['DUSHANBE, Oct 9 (Reuters) - Russian President Vladimir Putin urged leaders to boost trade.', 'Dushanbe', null, 'Reuters'],
    ['ALMATY, March 3, 2025 (AFP) — Kazakhstan and Uzbekistan agreed on Monday to double freight.', 'Almaty', '2025-03-03', 'AFP'],
    ['NEW YORK, 9 October 2025 - Markets rose.', 'New York', '2025-10-09', null],
    ['AKTAU — Port operators are preparing for their busiest season.', 'Aktau', null, null],
  ])('%s', (text, place, date, credit) => {
    expect(findDateline(text)).toMatchObject({ place, date, credit });
  });

  it.each([
    'Beyond trade, the summit agenda included broader cooperation initiatives.',
    'On Thursday, Russian President Vladimir Putin attended the summit.',
    'The summit brought together the leaders of former Soviet republics.',
    'Meanwhile: Officials declined to comment.',
    'Analysts suggest that Putin’s appeal reflects Moscow’s broader strategy.',
  ])('no dateline in an ordinary opening: %s', (text) => {
    expect(findDateline(text)).toBeNull();
  });
});

describe('credited agency', () => {
  it.each([
    ['During the summit, leaders agreed, News.Az reports citign Anadolu agency.', 'Anadolu Agency'],
    ['Officials said so, citing the Kazinform news agency.', 'Kazinform'],
    ['Officials said so, citing Kabar news agency.', 'Kabar News Agency'],
    ['The minister said so (Reuters).', 'Reuters'],
    ['The figures were reported by Xinhua on Friday.', 'Xinhua'],
  ])('%s', (text, agency) => {
    expect(findAgency(text, [], null)).toBe(agency);
  });

  it('reads an agency credit line or a dateline credit', () => {
    expect(findAgency('Officials met.', [{ line: 9, text: '— AFP', rule: 'agency-credit' }], null)).toBe('Agence France-Presse');
    expect(findAgency('Officials met.', [], 'Reuters')).toBe('Reuters');
  });

  it('names no agency for unnamed or non-agency credits', () => {
    expect(findAgency('Officials said so, citing the state news agency.', [], 'TDI')).toBeNull();
    expect(findAgency('He called for enhanced links, citing $45 billion in trade last year.', [], null)).toBeNull();
  });
});

describe('field precedence and provenance', () => {
  it('published: supplied value > capture line > publication stamp > dated dateline', () => {
    const text = ` date 2025-10-09 + ↺ − 16 px\nPublished: 1 October 2025\nALMATY, Oct 2, 2025 (Reuters) - ${BODY}`;
    expect(metaOf(text, { published: '2025-10-08', fields: { published: 'manifest' } }).published).toEqual({ value: '2025-10-08', source: 'manifest' });
    expect(metaOf(text, { published: null, fields: { published: 'manifest' } }).published).toEqual({ value: '2025-10-09', source: 'capture-line' });
    expect(metaOf(text.split('\n').slice(1).join('\n')).published).toMatchObject({ value: '2025-10-01', source: 'text' });
    expect(metaOf(`ALMATY, Oct 2, 2025 (Reuters) - ${BODY}`).published).toEqual({ value: '2025-10-02', source: 'dateline' });
  });

  it('published: the day a URL path writes, after every date the page gives, never an article id', () => {
    expect(dateInUrl('https://www.example.com/local/la-me-paradise-fire-20181110-story.html')).toBe('2018-11-10');
    expect(dateInUrl('https://www.example.com/2018/11/10/butte-county-fire/')).toBe('2018-11-10');
    expect(dateInUrl('https://example.com/news/2025-10-09/summit-ends')).toBe('2025-10-09');
    expect(dateInUrl('https://www.example.com/latest-news/article221490695.html')).toBeNull();
    expect(dateInUrl('https://www.example.com/story/267336/number-missing.html')).toBeNull();
    expect(dateInUrl('https://www.example.com/2018/11/fire-season/')).toBeNull();
    expect(dateInUrl('https://20181110.example.com/story')).toBeNull();
    expect(dateInUrl('https://www.example.com/a-20181340-b')).toBeNull();
    const url = 'https://www.example.com/local/fire-20181110-story.html';
    expect(metaOf(BODY, { url, fields: { url: 'manifest' } }).published).toEqual({ value: '2018-11-10', source: 'url-slug', note: 'the date in the article’s URL' });
    expect(metaOf(`ALMATY, Oct 2, 2025 (Reuters) - ${BODY}`, { url, fields: { url: 'manifest' } }).published).toMatchObject({ value: '2025-10-02', source: 'dateline' });
  });

  it('published: unknown says why (editor said so, or a dateline without a year)', () => {
    expect(metaOf(BODY, { published: null, fields: { published: 'front-matter' } }).published).toEqual({
      value: null,
      source: 'unknown',
      note: 'the front-matter says it is unknown',
    });
    expect(metaOf(`ALMATY, March 3 (Reuters) - ${BODY}`).published.note).toMatch(/without a year/);
  });

  it('a date widget at the top is the access date, never the publication date', () => {
    const m = metaOf(`21°C\nAstana\nMonday, November 10, 2025\nRail talks resume in the capital\n${BODY}`);
    expect(m.published.value).toBeNull();
    expect(m.accessed).toEqual({ value: '2025-11-10', source: 'text', note: 'page date widget at capture' });
  });

  it('headline: supplied > text > URL slug > unknown', () => {
    const url = { url: 'https://x.example/rail-talks-resume-in-astana', fields: { url: 'manifest' as const } };
    expect(metaOf(`Rail talks resume\n${BODY}`, { ...url, headline: 'Given', fields: { ...url.fields, headline: 'front-matter' } }).headline).toEqual({ value: 'Given', source: 'front-matter' });
    expect(metaOf(`Rail talks resume\n${BODY}`, url).headline).toEqual({ value: 'Rail talks resume', source: 'text' });
    expect(metaOf(BODY, url).headline).toEqual({ value: 'Rail talks resume in Astana', source: 'url-slug', note: 'derived from the URL slug' });
    expect(metaOf(BODY).headline).toEqual({ value: null, source: 'unknown' });
  });

  it('outlet: supplied > named in the text > named in the copyright line, author bio or comments disclaimer > URL host (without www.)', () => {
    const url = { url: 'https://www.steppe.example/a/b', fields: { url: 'manifest' as const } };
    const named = `${BODY}\nThe talks will resume in May, Steppe Herald reported, citing officials.`;
    expect(metaOf(named, { ...url, outlet: 'Given', fields: { ...url.fields, outlet: 'manifest' } }).outlet).toEqual({ value: 'Given', source: 'manifest' });
    expect(metaOf(named, url).outlet).toMatchObject({ value: 'Steppe Herald', source: 'text' });
    expect(metaOf(`${BODY}\n© 2025 Steppe Herald. All rights reserved.`, url).outlet).toMatchObject({ value: 'Steppe Herald', source: 'text', note: 'the page’s copyright line' });
    const box = `By Aida Bekova\n${BODY}\nAida Bekova\n12 posts\nAida Bekova covers transport for the Steppe Herald.`;
    expect(metaOf(box, url).outlet).toMatchObject({ value: 'Steppe Herald', source: 'text', note: 'the author’s bio' });
    expect(metaOf(`${box}\n© 2025 Steppe Media Group`, url).outlet).toMatchObject({ value: 'Steppe Media Group', note: 'the page’s copyright line' });
    const comments = `${BODY}\nThe comments posted here are not those of Steppe Herald and do not reflect its views.`;
    expect(metaOf(comments, url).outlet).toMatchObject({ value: 'Steppe Herald', source: 'text', note: 'the comments disclaimer' });
    expect(metaOf(`${BODY}\nFollow Steppe Herald on Google News`, url).outlet).toMatchObject({ value: 'Steppe Herald', note: 'the page’s follow prompt' });
    expect(metaOf(BODY, url).outlet).toMatchObject({ value: 'steppe.example', source: 'url-host' });
    expect(metaOf(BODY, { url: 'javascript:alert(1)', fields: { url: 'manifest' } }).outlet.value).toBeNull();
  });

  it('byline from the removed byline line, without "By" and role', () => {
    expect(metaOf(`Rail talks resume\nBy Jane Doe | Staff Writer\n${BODY}`).byline).toEqual({ value: 'Jane Doe', source: 'text' });
  });

  it('kind: supplied, else inferred from aggregator furniture', () => {
    expect(metaOf(BODY).kind).toMatchObject({ value: 'article', source: 'inferred' });
    expect(metaOf(`${BODY}\n2 Articles\nRead Full ArticleTalks resume in Astana\n·Kazakhstan`).kind).toMatchObject({ value: 'aggregator', source: 'inferred' });
    expect(metaOf(BODY, { kind: 'aggregator', fields: { kind: 'front-matter' } }).kind).toEqual({ value: 'aggregator', source: 'front-matter' });
  });

  it('language: supplied, else English inferred; unknown for little or other-language text', () => {
    expect(inferLanguage(BODY.repeat(2))).toBe('en');
    expect(inferLanguage('Die Minister trafen sich am Montag in Astana, um über Güterverkehr und Zölle zu sprechen, sagte ein Sprecher der Regierung heute.')).toBeNull();
    expect(inferLanguage('Too short.')).toBeNull();
    expect(metaOf(BODY, { language: 'kk', fields: { language: 'manifest' } }).language).toEqual({ value: 'kk', source: 'manifest' });
  });
});

describe('written dates', () => {
  it.each([
    ['Monday, November 10, 2025', '2025-11-10'],
    ['10 Nov 2025', '2025-11-10'],
    ['Sept. 3rd, 2024', '2024-09-03'],
    ['2025-10-09', '2025-10-09'],
    ['25/12/2024', '2024-12-25'],
    ['February 30, 2025', null],
    ['05/06/2024', null],
    ['Oct 9', null],
  ])('%s → %s', (text, iso) => {
    expect(parseWrittenDate(text)).toBe(iso);
  });
});

describe('outletFromCopyright', () => {
  it('reads the publisher a copyright line names, without marks, years or "All rights reserved"', () => {
    expect(outletFromCopyright('© 2025 Steppe Herald. All rights reserved.')).toBe('Steppe Herald');
    expect(outletFromCopyright('Copyright © 2019–2025 The Times of Central Asia')).toBe('The Times of Central Asia');
    expect(outletFromCopyright('(c) 2024, Kazinform')).toBe('Kazinform');
    expect(outletFromCopyright('© 2024 24.kg')).toBe('24.kg');
  });

  it('gives nothing when what is left is not a name', () => {
    for (const line of ['All rights reserved.', '© Copyright notice', 'Copyright infringement will be pursued', '© 2025', '© 2025 all content belongs to whoever wrote it and may not be copied']) {
      expect(outletFromCopyright(line), line).toBeNull();
    }
  });
});

describe('outletFromFurniture', () => {
  it('reads the outlet an author bio works for, a comments disclaimer speaks for or a follow prompt names', () => {
    expect(outletFromFurniture('Jane Doe covers energy for The Caspian Times.', 'author-bio')).toBe('The Caspian Times');
    expect(outletFromFurniture('Jane Doe writes about rail for the Steppe Herald.', 'author-bio')).toBe('Steppe Herald');
    expect(outletFromFurniture('Comments are their authors’ views, not those of Kazinform.', 'comment-disclaimer')).toBe('Kazinform');
    expect(outletFromFurniture('Follow The Caspian Times on Google News', 'share-prompt')).toBe('The Caspian Times');
  });

  it('gives nothing when the line names no outlet', () => {
    expect(outletFromFurniture('Jane Doe covers energy and mining.', 'author-bio')).toBeNull();
    expect(outletFromFurniture('Jane Doe is a correspondent at Reuters in Almaty.', 'author-bio')).toBeNull();
    expect(outletFromFurniture('The views expressed in comments are not those of the editors.', 'comment-disclaimer')).toBeNull();
    expect(outletFromFurniture('Follow us on Twitter', 'share-prompt')).toBeNull();
    expect(outletFromFurniture('Share this article on Facebook', 'share-prompt')).toBeNull();
  });
});
