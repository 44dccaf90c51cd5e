/**
 * Durations: lengths of time, not points in it. "The two-day event" says how
 * long something lasted; it must never become a date, but conflict detection
 * needs it ("two-day" in one source against "three-day" in another).
 */
import type { Duration } from './types.ts';
import { COUNT, countValue, DASH } from './words.ts';

type Unit = Duration['unit'];

const UNIT = '(hour|day|week|month|year|decade)';

// "two-day", "10-year", "multi-year"; not "16-year-old" (an age, not a span of the event).
const COMPOUND = new RegExp(
  `(?<![\\w-])(${COUNT}|multi|several)${DASH}${UNIT}(?:${DASH}long)?(?!${DASH}old)(?![\\w-])`,
  'gi',
);

// "for a decade", "over the past three years", "for two days".
const PHRASE = new RegExp(
  `\\b(?:for|over|during|within)\\s+(?:the\\s+(?:past|last|next|coming)\\s+)?(${COUNT}|several|many)\\s+${UNIT}s?\\b`,
  'gi',
);

/** Find durations in a sentence, in reading order, with verbatim `text` and offsets. */
export function findDurations(sentence: string): Duration[] {
  const out: Duration[] = [];
  for (const m of sentence.matchAll(COMPOUND)) {
    out.push(make(m, 'compound'));
  }
  for (const m of sentence.matchAll(PHRASE)) {
    const d = make(m, 'phrase');
    if (!out.some((o) => o.start < d.end && d.start < o.end)) out.push(d);
  }
  return out.sort((a, b) => a.start - b.start);
}

function make(m: RegExpMatchArray, form: Duration['form']): Duration {
  const start = m.index ?? 0;
  const countText = m[1] ?? '';
  return {
    text: m[0],
    start,
    end: start + m[0].length,
    count: countValue(countText),
    unit: (m[2] ?? 'day').toLowerCase() as Unit,
    form,
  };
}
