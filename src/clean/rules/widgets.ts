import type { Line } from '../lines.ts';
import { endsSentence, nameLike, words } from '../shape.ts';
import type { LineRule } from './types.ts';

/**
 * Page widgets: font-size controls, weather, dates and times printed by the
 * page (not by the article), reading-time badges.
 */

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?';
const DAY_MONTH_YEAR = `(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})`;
const TIME = '(?:\\s*(?:[,|•·-]|at)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?(?:GMT|UTC|[A-Z]{2,4})(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\)?)?)?';

/** A line that is only a date (and maybe a time): "Monday, November 10, 2025", "10 Nov 2025 14:05 GMT". */
export const DATE_ONLY = new RegExp(`^(?:${WEEKDAY},?\\s+)?${DAY_MONTH_YEAR}${TIME}$`, 'i');
/** A date written inside other text, for the metadata stage to find in timestamp lines. */
export const WRITTEN_DATE = new RegExp(DAY_MONTH_YEAR, 'i');

/** Weather widget: "19.9 C", "21°C", "-3 °F", "21°". */
const WEATHER = /^[-−]?\d{1,3}(?:[.,]\d)?\s*(?:°\s*[CF]?|[CF])$/i;
/** Font-size controls: "+ ↺ − 16 px", "A A A", "A- A+". */
const FONT_SIZE = /^(?:[+\-−–↺⟲\s]*\d{1,2}\s*px|(?:A[+\-−]?\s*){2,3}|[+\-−]\s*A\s*[+\-−]?)$|↺.*\bpx\b/i;

const STAMP_LABEL = /\b(?:first published|last updated|last modified|published|posted|updated|modified)\b(?:\s+on\b)?/gi;
/**
 * Publication or update stamps the page prints: "Published: 3 March 2025",
 * "Updated 10:42 GMT", "Published • loading... • Updated" (a widget that had
 * not loaded). What remains after the labels must be a date or time, or nothing.
 */
function isTimestamp(t: string): boolean {
  if (!/^(?:first published|last updated|last modified|published|posted|updated|modified)\b/i.test(t) || words(t) > 14) return false;
  const rest = t.replace(STAMP_LABEL, ' ').replace(/\bloading\b\.*|\bat\b/gi, ' ').replace(/[\s:•·|,–—-]+/g, ' ').trim();
  return rest === '' || (/\d/.test(rest) && /^[\p{L}\d .:+\-/()]*$/u.test(rest) && words(rest) <= 9);
}
const RELATIVE_TIME = /^(?:updated\s+)?(?:\d{1,2}|an?)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i;
/** An audio player's label: "Listen to this article", "Listen to article 4:32", "Listen (3 min)". */
const AUDIO_PLAYER = /^(?:listen(?: to)?(?: this| the)? (?:article|story|report)|listen|play audio|audio version)\s*(?:[•·|:(-]\s*)?(?:\d{1,2}:\d{2}|\d{1,2}\s*min(?:ute)?s?)?\)?$/i;
/** A tag list: "Tags: Almaty, rail, tariffs"; short comma-separated items, no sentence. */
function isTagList(t: string): boolean {
  const m = /^(?:tags?|tagged|topics?|keywords?|filed under|related topics)\s*:\s*(.+)$/i.exec(t);
  if (!m || /[.!?]$/.test(m[1]!)) return false;
  const items = m[1]!.split(/\s*[,;|•·]\s*/).filter(Boolean);
  return items.length >= 1 && items.length <= 20 && items.every((i) => words(i) <= 4);
}
const READING_TIME = /^\d{1,2}\s*min(?:ute)?s?\s+read$/i;
/** A line that only separates others: "-", "—", "* * *", "•". */
const SEPARATOR = /^(?:[-–—•*·|_=~]\s*){1,5}$/;

/** Widget rules, in the order they are tried (a stamp before a bare date). */
export const WIDGET_RULES: LineRule[] = [
  { id: 'font-size-widget', test: (t) => FONT_SIZE.test(t) },
  { id: 'weather-widget', test: (t) => WEATHER.test(t) },
  { id: 'timestamp', test: (t) => isTimestamp(t) || RELATIVE_TIME.test(t) },
  { id: 'reading-time', test: (t) => READING_TIME.test(t) },
  { id: 'audio-player', test: (t) => AUDIO_PLAYER.test(t) },
  { id: 'tag-list', test: (t) => isTagList(t) },
  { id: 'separator', test: (t) => SEPARATOR.test(t) },
  { id: 'date-line', test: (t) => DATE_ONLY.test(t) },
];

/**
 * Widgets at the very top of a page (weather, the city it is for, today's
 * date) come as a cluster of short lines before the headline. A date there is
 * the day the page was captured, so it is relabelled `date-widget`; a lone
 * place name next to a weather or date widget is the widget's city.
 */
export function markTopWidgets(lines: Line[]): void {
  const lead: Line[] = [];
  for (const l of lines) {
    if (!l.rule && (words(l.norm) > 3 || endsSentence(l.norm))) break;
    lead.push(l);
  }
  for (const l of lead) if (l.rule === 'date-line') l.rule = 'date-widget';
  const widget = (l: Line | undefined) => l?.rule === 'weather-widget' || l?.rule === 'date-widget';
  lead.forEach((l, i) => {
    if (!l.rule && nameLike(l.norm, 3) && (widget(lead[i - 1]) || widget(lead[i + 1]))) l.rule = 'page-widget';
  });
}

/**
 * Topic tags printed one per line after the article ("United States" /
 * "Texas" / "Plane Crash"): a run of two or more short names closing the
 * page, with only other furniture after it. An article ends with a sentence.
 */
export function markTrailingTags(lines: Line[]): void {
  const run: Line[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i] as Line;
    if (l.rule) continue;
    if (!nameLike(l.norm, 4)) break;
    run.push(l);
  }
  if (run.length >= 2) for (const l of run) l.rule = 'tag-list';
}

