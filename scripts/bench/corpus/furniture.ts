/**
 * Page furniture as news sites print it around an article: widgets, bylines,
 * stamps, share rows, "Read also" lists, newsletter and cookie prompts,
 * comments, copyright, and some oddities no cleaner rule targets. Which
 * pieces appear is fixed per outlet (its layout); the wording varies.
 */
import { addDays, dayMonthYear, monthDayYear, WEEKDAYS } from './calendar.ts';
import type { Random } from './random.ts';
import type { Outlet, World } from './world.ts';

/** Furniture lines by where they sit on the page. */
export interface Furniture {
  /** Above the headline (widgets, breadcrumbs, share row). */
  top: string[];
  /** Between the headline and the body (byline, stamp, reading time). */
  head: string[];
  /** Inside the body, after the paragraph at `after`. */
  mid: { after: number; lines: string[] }[];
  /** After the body. Lists keep their markers ("- ", "1. "). */
  bottom: string[];
}

/** What the page is furnished for. */
export interface PageFacts {
  outlet: Outlet;
  /** Publication day, or null when the page does not say. */
  published: string | null;
  reporter: string;
  /** Headlines of the outlet's other articles, for related lists. */
  otherHeadlines: string[];
  paragraphs: number;
  kind: string;
  country: string;
}

const longDate = (iso: string) => `${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]}, ${monthDayYear(iso)}`;
const time = (r: Random) => `${String(r.int(6, 22)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;

function stamp(r: Random, published: string | null): string[] {
  if (!published) return r.chance(0.5) ? ['Published • loading... • Updated'] : [];
  return [
    r.pick([
      () => `Published: ${dayMonthYear(published)}`,
      () => `Published ${monthDayYear(published)} at ${time(r)} GMT`,
      () => `Posted on ${monthDayYear(published)}`,
      () => `First published ${dayMonthYear(published)} ${time(r)}`,
    ])(),
    ...(r.chance(0.3) ? [`Updated: ${dayMonthYear(published)} ${time(r)}`] : []),
  ];
}

function related(r: Random, style: Outlet['layout']['related'], headlines: string[]): string[] {
  const items = r.sample(headlines, r.int(3, 5));
  if (style === 'read-also') return [r.pick(['Read also:', 'Related articles', 'Read more']), ...items.map((h) => `- ${h}`)];
  if (style === 'most-read') return [r.pick(['Most read', 'Trending Now', 'Most popular']), ...items.map((h, i) => `${i + 1}. ${h}`)];
  if (style === 'you-may-like') return [r.pick(['You may also like', 'Recommended for you', "Editor's picks"]), ...items];
  return [];
}

export function furnish(r: Random, world: World, page: PageFacts): Furniture {
  const L = page.outlet.layout;
  const { outlet, published, reporter } = page;
  const top: string[] = [];
  const head: string[] = [];
  const bottom: string[] = [];
  const mid: Furniture['mid'] = [];

  if (L.weatherWidget) top.push(r.pick([`${r.int(-5, 35)} °C`, `${r.int(-5, 35)}°C`, `${r.int(-50, 350) / 10} C`]), r.pick(world.countries).capital, longDate(addDays(published ?? '2025-01-01', r.int(0, 30))));
  if (L.breadcrumb) top.push(`Home › ${outlet.sections[0]![0]!.toUpperCase()}${outlet.sections[0]!.slice(1)} › ${page.country}`);
  if (L.shareTop) top.push(r.pick(['Share this article', 'Facebook Twitter WhatsApp Telegram Email', 'Share on Facebook', 'Copy link']));

  if (L.byline === 'by') head.push(r.pick([`By ${reporter}`, `By ${reporter} | ${outlet.name}`, `By ${reporter.toUpperCase()}`]));
  if (L.byline === 'desk') head.push(r.pick(['Web Desk', 'News Desk', 'Staff Reporter', 'Our Correspondent']));
  if (L.byline === 'author-box') head.push(reporter);
  if (L.timestamp === 'published') head.push(...stamp(r, published));
  if (L.timestamp === 'ago') head.push(`${r.int(1, 11)} hours ago`);
  if (L.readingTime) head.push(`${r.int(2, 8)} min read`);

  if (L.adMidBody && page.paragraphs > 3) mid.push({ after: r.int(1, page.paragraphs - 2), lines: [r.pick(['Advertisement', 'Story continues below advertisement', 'Sponsored'])] });
  if (L.inlineReadMore && page.paragraphs > 4) {
    const h = r.pick(page.otherHeadlines);
    mid.push({ after: r.int(2, page.paragraphs - 2), lines: [r.pick([`Read more: ${h}`, `ALSO READ | ${h}`, `Read also: ${h}`])] });
  }

  if (L.wireDateline && r.chance(0.5)) bottom.push(`(Reporting by ${reporter}; Editing by ${r.pick(outlet.staff)})`);
  if (L.oddities) bottom.push(...r.sample([`Tags: ${page.country}, ${page.kind}`, 'Download our app for the latest news', 'Listen to this article', 'Report an error', 'Print'], 2));
  if (L.social) bottom.push(r.pick([`Follow us on Twitter`, 'Join our Telegram channel for the latest news', 'Facebook Twitter WhatsApp Email', `Follow ${outlet.name} on Google News`]));
  bottom.push(...related(r, L.related, page.otherHeadlines));
  if (L.newsletter) bottom.push(r.pick(['Sign up for our daily newsletter', 'Get the latest updates in your inbox', 'Subscribe to our weekly briefing for the top stories in the region.', 'Subscribe now']));
  if (L.byline === 'author-box') bottom.push(reporter, `${r.int(3, 400)} posts`, `${reporter} covers ${page.kind === 'summit' || page.kind === 'election' ? 'politics' : 'the regions'} for ${outlet.name}.`);
  if (L.comments) bottom.push(r.pick(['Leave a comment', 'Comments (3)', `The comments posted here are not those of ${outlet.name} and do not reflect its views.`]));
  if (L.cookie) {
    bottom.push(r.pick([
      'We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.',
      'This website uses cookies. Manage cookie settings',
      'Our site uses cookies to personalise content and ads.',
    ]));
    if (r.chance(0.5)) bottom.push('Accept all');
  }
  if (L.copyright) bottom.push(r.pick([`© ${(published ?? '2025').slice(0, 4)} ${outlet.name}. All rights reserved.`, `Copyright ${outlet.name}`, `© ${outlet.name}`]));
  return { top, head, mid, bottom };
}
