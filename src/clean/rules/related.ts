import type { Line } from '../lines.ts';
import { endsSentence, LIST_MARKER, nameLike, titleLike } from '../shape.ts';
import type { LineRule } from './types.ts';

/** Links to other articles: "Read also:" headers and the lists after them, "Read More: <title>" lines. */

const LEAD = '(?:read (?:also|more|next)|also read|see also|more (?:on this|from|news|stories)|related|recommended|don[\'’]t miss|must read)';
/** Headers of related-article lists: "Read also:", "Trending Now", "Most read", "Related News", "Latest News". */
const HEADER = new RegExp(
  `^(?:${LEAD}(?: (?:news|articles?|stories|posts|coverage|reading|topics|content))?|more (?:from|on) .{1,40}|trending(?: now| news| stories| topics)?|latest(?: news| stories| posts| articles| headlines)?|most (?:read|popular|viewed|shared|commented)|popular(?: now| stories| news)?|recommended for you|you (?:may|might) (?:also )?(?:like|be interested in)|editor[\'’]?s picks|top stories|what to read next|in other news)\\s*:?$`,
  'i',
);
/** A related link with its title on the same line: "Read More: Uzbekistan positions itself …", "ALSO READ | …". */
const INLINE = new RegExp(`^${LEAD}\\s*[:：|\\-–—]\\s*\\S`, 'i');
const NUMBERED = /^\d{1,2}[.)]\s+\S/;

/** Related-link rules: an inline link before a bare header. */
export const RELATED_RULES: LineRule[] = [
  { id: 'related-link', test: (t) => INLINE.test(t) },
  { id: 'related-header', test: (t) => HEADER.test(t) },
];

type Shape = 'marked' | 'bare';

/** The shape of a related-list item: marked (bulleted or numbered) or a bare title line; null for anything else. */
function itemShape(t: string): Shape | null {
  if (LIST_MARKER.test(t) || NUMBERED.test(t)) return 'marked';
  return titleLike(t, 20) && !endsSentence(t) ? 'bare' : null;
}

/**
 * After a related-articles header the lines that follow are other articles'
 * titles (bulleted, numbered or bare title lines), not this article's text.
 * The first item sets the list's shape, marked or bare, and the list ends at
 * the first line of another shape (a body paragraph) or at the bare name that
 * opens an author box ("Jane Doe" above "27 posts").
 */
export function markRelatedLists(lines: Line[]): void {
  let inList = false;
  let shape: Shape | null = null;
  lines.forEach((l, i) => {
    if (l.rule === 'related-header') [inList, shape] = [true, null];
    if (!inList || l.rule) return;
    const item = itemShape(l.norm);
    shape ??= item;
    const authorName = item === 'bare' && lines[i + 1]?.rule === 'author-box' && nameLike(l.norm, 4);
    if (item !== null && item === shape && !authorName) l.rule = 'related-list';
    else inList = false;
  });
}

/**
 * Other articles' titles between separator lines, with no header: "-" /
 * "Minnesota man charged after …" / "-" / "Player shot near …". Two or more
 * titles each right after a separator are a list of links, not the article.
 */
export function markSeparatedLists(lines: Line[]): void {
  const titles: Line[] = [];
  const flush = () => {
    if (titles.length >= 2) for (const t of titles) t.rule = 'related-list';
    titles.length = 0;
  };
  lines.forEach((l, i) => {
    if (l.rule === 'separator') return;
    if (!l.rule && lines[i - 1]?.rule === 'separator' && itemShape(l.norm) === 'bare') titles.push(l);
    else flush();
  });
  flush();
}
