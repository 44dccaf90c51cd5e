import { COPYRIGHT_MARK } from '../../ingest/copyright.ts';
import { AGENCY_BUREAU, AGENCY_CREDIT } from '../agencies.ts';
import type { Line } from '../lines.ts';
import { endsSentence, nameLike, words } from '../shape.ts';
import { REPORTS, type LineRule } from './types.ts';

/** Who made the page: bylines, author boxes, publisher self-descriptions, photo and agency credits, copyright. */

const PARTICLE = "(?:de|da|del|der|den|di|du|van|von|la|le|al|el|bin|ibn|ter)";
const NAME_WORD = `(?:\\p{Lu}[\\p{L}.'’-]*|${PARTICLE})`;
const NAME = `\\p{Lu}[\\p{L}.'’-]*(?:\\s+${NAME_WORD}){0,4}`;
/** Case variants spelt out: a case-insensitive "by" would also read "By the way, …" as a byline. */
const BY = "(?:[Bb]y|BY|[Ww]ritten by|WRITTEN BY|[Rr]eported by|[Pp]osted by|[Ss]tory by|[Ww]ords by|[Aa]uthor:|AUTHOR:)";
/** "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe | Staff Writer", "By JANE DOE, Reuters". */
const BYLINE = new RegExp(`^${BY}\\s+${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*(?:\\s*[,|·•–—-]\\s*[^.!?]{0,50})?$`, 'u');
/** Desk and staff credits that stand alone: "Web Desk", "News Desk", "Staff Reporter", "Our Correspondent". */
const DESK =
  /^(?:(?:web|news|online|digital|sports?|business|foreign|world|city|metro|political|international) desk|staff(?: reporter| writer| correspondent)?|(?:our|special|a) correspondent|news ?room|editorial (?:team|board|staff)|(?:web|online|news) (?:team|editor))$/i;
/** Author-box crumbs: "+ posts", "12 posts", "View all posts by …", "About the author". */
const AUTHOR_BOX = /^(?:\+|\d+)\s*(?:posts?|articles?)$|^view all (?:posts|articles|stories)\b|^(?:more (?:by|from) (?:this author|\p{Lu}.{0,40})|about the author|author|contributor|see full bio)$/iu;
/** Publisher self-descriptions: "Established in December 2008, X is Pakistan’s premier … magazine". */
const FOUNDED = /^(?:established|founded|launched|started|set up) in\b.{0,40}\b(?:1[89]|20)\d{2}\b.{0,60}\b(?:is|has been|was)\b/i;
const SELF_DESCRIBED =
  /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’ -]{1,60}\s(?:is|has been)\s(?:a|an|the|\p{Lu}[\p{L}.-]*['’]s)\s.{0,60}\b(?:premier|leading|largest|independent|award-winning|first|only|trusted|foremost|top)\b.{0,60}\b(?:magazine|newspaper|news (?:portal|site|website|agency|outlet|platform|service|channel)|publication|media (?:house|outlet|group|company|platform)|daily|weekly|broadcaster|publisher)\b/u;
const CREDIT_LINE = /^\(?(?:additional )?(?:reporting|writing|editing|compiled|translated|translation|research|fact-checking) by\b.{0,200}$/i;
const CAPTION = /^\(?(?:photos?|images?|pictures?|pic|videos?|file photo|illustration|graphic|photograph|cover photo)(?: credits?)?\s*[:：|]|^(?:credit|courtesy)\s*:\s*.{1,80}$/i;
/** A photo's credit closing its caption: "… shows responders at the airport. (PTI Photo)", "(AP Photo/Jane Doe)". */
const PHOTO_CREDIT = /\((?:[\p{Lu}][\p{L}.&-]{0,20}\s)?(?:photo|photograph|image|picture|file photo)(?:\s*\/\s*[^()]{1,60})?\)$/iu;
/** A wire desk's sign-off, editors' initials: "wd/cs/rma", "burs-jm/sst". */
const SIGN_OFF = /^(?:burs-)?[a-z]{2,4}(?:\/[a-z]{2,4}){1,4}$/;
const COPYRIGHT = new RegExp(`${COPYRIGHT_MARK.source}|\\ball rights reserved\\b`, 'i');

/** Credit rules, in the order they are tried (copyright before captions before bylines). */
export const CREDIT_RULES: LineRule[] = [
  { id: 'copyright', test: (t) => COPYRIGHT.test(t) },
  { id: 'caption', test: (t) => CAPTION.test(t) || PHOTO_CREDIT.test(t) },
  { id: 'publisher-bio', test: (t) => (FOUNDED.test(t) || SELF_DESCRIBED.test(t)) && !REPORTS.test(t) && words(t) <= 60 },
  { id: 'author-box', test: (t) => AUTHOR_BOX.test(t) },
  { id: 'credit-line', test: (t) => CREDIT_LINE.test(t) },
  { id: 'agency-credit', test: (t) => AGENCY_CREDIT.test(t) || AGENCY_BUREAU.test(t) },
  { id: 'wire-sign-off', test: (t) => SIGN_OFF.test(t) },
  { id: 'byline', test: (t) => (BYLINE.test(t) && words(t) <= 14) || DESK.test(t) },
];

/** What an author bio says about its author: "… covers energy for …", "… is a senior correspondent …". */
const BIO_WORDS = /\b(?:covers|writes (?:about|on|for)|reports on|is an? (?:\p{L}+ ){0,2}(?:reporter|correspondent|journalist|editor|writer|columnist|contributor|analyst))\b/iu;

const AUTHOR_CONTEXT = new Set(['byline', 'author-box', 'publisher-bio', 'timestamp', 'reading-time']);

/**
 * A bare author name ("Jane Doe", no "By"): recognised by where it sits, next
 * to an author box, byline, publisher bio or time stamp, or printed twice in a
 * row (author boxes repeat the name); its other copies go with it. A repeated
 * title elsewhere (a "Key Points" heading) is not enough. `keep` (the
 * headline) is never taken.
 */
export function markAuthorNames(lines: Line[], keep: Line | null): void {
  const candidate = (l: Line | undefined) =>
    l !== undefined && !l.rule && l !== keep && l.level === undefined && !endsSentence(l.norm) && nameLike(l.norm, 4) && words(l.norm) >= 2;
  const context = (l: Line | undefined) => l?.rule !== undefined && AUTHOR_CONTEXT.has(l.rule);
  const names = new Set<string>();
  lines.forEach((l, i) => {
    if (!candidate(l)) return;
    const [prev, next] = [lines[i - 1], lines[i + 1]];
    if (context(prev) || context(next) || prev?.norm === l.norm || next?.norm === l.norm) names.add(l.norm);
  });
  for (const l of lines) if (candidate(l) && names.has(l.norm)) l.rule = 'byline';
  markAuthorBios(lines);
}

/**
 * A short sentence about a byline's author ("Jane Doe covers transport for …")
 * is the author box, not the article. Only names already found as bylines count.
 */
function markAuthorBios(lines: Line[]): void {
  const names = lines.filter((l) => l.rule === 'byline').map((l) => l.norm.replace(/^\S+\s+by\s+|^by\s+/i, '').split(/\s*[,|·•–—]\s*/)[0]!);
  for (const l of lines) {
    if (l.rule || words(l.norm) > 45) continue;
    if (names.some((n) => n.length > 3 && l.norm.startsWith(`${n} `)) && BIO_WORDS.test(l.norm)) l.rule = 'author-bio';
  }
}
