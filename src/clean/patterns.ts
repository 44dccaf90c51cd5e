/**
 * Shapes of page furniture, by kind. Each pattern describes a kind of line
 * that news pages and aggregators print around an article (never one site's
 * exact wording), so the same rules clean pages from outlets we have not seen.
 */

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?';

/** A line that is only a date: "Monday, November 10, 2025", "10 Nov 2025", "2025-11-10". */
export const DATE_ONLY = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})$`,
  'i',
);
/** Weather widget: "19.9 C", "21°C", "-3 °F". */
export const WEATHER = /^-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]$/i;
/** Font-size controls: "+ ↺ − 16 px", "A A A", "A- A+". */
export const FONT_SIZE = /^(?:[+\-−–↺⟲\s]*\d{1,2}\s*px|(?:A[+\-−]?\s*){2,3})$|↺.*\bpx\b/i;
/** Capture metadata line written by our capture tool: " date 2025-10-09 …". */
export const CAPTURE_LINE = /^\s*date (\d{4}-\d{2}-\d{2})\b/;

/** Headers of related-article lists: "Read also:", "Trending Now", "Most Popular", "Related News". */
export const RELATED_HEADER =
  /^(?:read (?:also|more|next)|see also|also read|related(?: news| articles?| stories| posts| coverage)?|more (?:from|on|stories|news)\b.*|trending(?: now| news| stories)?|latest(?: news| stories| posts)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|recommended(?: for you)?|you (?:may|might) (?:also )?like|editor'?s picks|top stories)\s*:?$/i;
/** A related link with its title on the same line: "Read More: Uzbekistan positions itself …". */
export const RELATED_INLINE = /^(?:read (?:also|more|next)|see also|also read|related)\s*[:：\-–—]\s*\S/i;

/** Share and follow prompts. */
export const SHARE =
  /^(?:share(?: this)?(?: article| story| post)?(?: on \w+)?|follow (?:us|the .{1,60}?) on .{1,40}|join (?:us|our .{1,40}) on .{1,40}|tweet|email|print|copy link|click to share.*|share via .*)\s*:?$/i;
/** A bare link to a messaging or social channel. */
export const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
/** Newsletter and subscription prompts. */
export const SUBSCRIBE = /^(?:subscribe|sign up|register)\b.{0,80}\b(?:newsletter|updates|alerts|inbox|free)\b/i;
/** Comment-section disclaimers. */
export const COMMENT_DISCLAIMER = /\bcomments?\b.{0,60}\b(?:not (?:from|those of|the views)|refrain|moderated|abusive|obscene)\b/i;
/** Cookie banners. */
export const COOKIES = /\bcookies?\b.{0,80}\b(?:use|accept|consent|experience|policy)\b|\baccept all\b/i;
/** Copyright lines. */
export const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i;
/** Photo and video captions or credits. */
export const CAPTION = /^(?:photo|image|picture|video|file photo|illustration)(?: credit)?\s*[:：|]/i;
/** Publisher self-descriptions: "Established in December 2008, X is Pakistan's premier … magazine". */
export const PUBLISHER_BIO =
  /^(?:established|founded|launched|started) in\b.{0,40}\d{4}\b.{0,120}\b(?:is|has been)\b|\b(?:is|are) (?:a |an |the )?.{0,40}\b(?:premier|leading|largest|independent|award-winning|first)\b.{0,60}\b(?:magazine|newspaper|news (?:portal|site|website|agency|outlet)|publication|media (?:house|outlet|group)|daily|weekly)\b/i;
/** Author-box crumbs: "+ posts", "12 posts", "View all posts by …". */
export const AUTHOR_BOX = /^(?:\+|\d+)\s*posts?$|^view all posts\b|^more by\b|^about the author$/i;
/** Byline: "By Jane Doe", "By Jane Doe and John Roe". */
export const BYLINE = /^[Bb]y\s+([A-Z][\p{L}.'’-]+(?:\s+(?:and\s+)?[A-Z][\p{L}.'’-]+){0,5})(?:\s*[,|]\s*.{0,40})?$/u;
/** Desk and staff credits that stand alone: "Web Desk", "News Desk", "Staff Reporter". */
export const DESK = /^(?:[A-Z][\p{L}]+\s+)?(?:desk|staff|staff reporter|correspondent|bureau|newsroom|editorial team)$/iu;

/** Aggregator page furniture (story pages that list other outlets' articles). */
export const AGGREGATOR = [
  /^read full article$/i,
  /^insights? by\b/i,
  /^(?:coverage details|bias distribution|factuality|blindspot|ownership|similar news topics)$/i,
  /^total news sources\s*\d+$/i,
  /leaning (?:left|right)\s*\d/i,
  /^[LCR]\s+\d{1,3}%$/,
  /^\d{1,3}%\s+(?:center|centre|left|right)$/i,
  /\d{1,3}% of the sources (?:are|lean)\b/i,
  /\b(?:upgrade|subscribe) to (?:premium|pro|vantage)\b|\bpremium (?:members?|feature)\b/i,
  /^published\b.{0,40}\b(?:updated|loading)\b/i,
];
/** Start of an aggregator's listing of other outlets' articles: "9 Articles", "12 Sources". */
export const LISTING_HEADER = /^\d+\s+(?:articles|sources|stories|reports)$/i;
/** The marker an aggregator puts before each listed article; may be glued to the headline. */
export const READ_FULL = /^read full article/i;
/** A listed article's location line: "·New York, United States". */
export const LOCATION_LINE = /^[·•]\s*(.+)$/;
