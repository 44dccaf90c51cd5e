/**
 * Resolve a temporal expression to the calendar against an explicit
 * reference date. Nothing here reads the machine clock: expressions that
 * need a reference and get none stay unresolved (null).
 *
 * Decisions, so readers of the timeline know what a date means:
 * - A bare weekday ("On Thursday") is the most recent such day on or before
 *   the reference (news reports what happened); with a nearby future marker
 *   ("will meet on Friday") it is the next such day on or after it.
 * - "last year" is the previous calendar year. "in the past year" is also
 *   read as the previous calendar year (precision `year`) although it may mean
 *   the trailing twelve months; the basis says so.
 * - "a decade ago" is a round figure: year − 10 at precision `approximate-year`.
 *   "two years ago" is year − 2 at precision `year`.
 * - "through 2027" / "by 2030" resolve to that year (precision `year`) with a
 *   `bound`, so the timeline can tie them to the range they close.
 */
import * as chrono from 'chrono-node';
import {
  addDays, addMonths, formatDate, isoDay, isoMonth, isoYear, MONTHS, parseIsoDay, WEEKDAYS, weekdayOf, type Ymd,
} from './calendar.ts';
import type { Reference, ResolvedDate, TemporalExpression, TemporalValue } from './types.ts';

/** True when the expression cannot be placed without a reference date. */
export function needsReference(expr: TemporalExpression): boolean {
  const v = expr.value;
  return v.kind === 'weekday' || v.kind === 'relative' || v.kind === 'month' || (v.kind === 'absolute' && v.year === null);
}

/**
 * True when the expression counts days or weeks from the day it was written
 * ("yesterday", "three days ago", "last week"): an event day is no stand-in
 * for that day, since reports are written a day or more after the event.
 */
export function needsWritingDay(expr: TemporalExpression): boolean {
  const v = expr.value;
  return v.kind === 'relative' && (v.unit === 'day' || v.unit === 'week');
}

/**
 * Resolve `expr` against `reference` (YYYY-MM-DD plus why that date).
 * Returns null when the expression needs a reference and none is given, or
 * needs the writing day and the reference is an event day.
 */
export function resolve(expr: TemporalExpression, reference: Reference | null): ResolvedDate | null {
  if (needsReference(expr) && !reference) return null;
  if (needsWritingDay(expr) && reference?.written === false) return null;
  const ref = reference ? parseIsoDay(reference.date) : null;
  // Every basis ends with the reference and why it is the reference.
  const against = reference ? ` ${formatDate(reference.date)} (${reference.basis})` : '';
  const r = place(expr.value, ref, against);
  if (!r) return null;
  return { ...r, text: expr.text, ...(expr.bound ? { bound: expr.bound } : {}) };
}

type Placed = Omit<ResolvedDate, 'text' | 'bound'>;

function place(v: TemporalValue, ref: Ymd | null, against: string): Placed | null {
  switch (v.kind) {
    case 'absolute':
      if (v.year !== null) return { start: isoDay({ year: v.year, month: v.month, day: v.day }), precision: 'day', basis: 'date stated in the text' };
      return ref && yearlessDay(v.month, v.day, ref, against);
    case 'weekday':
      return ref && weekday(v, ref, against);
    case 'relative':
      return ref && relative(v, ref, against);
    case 'year':
      return { start: isoYear(v.year), precision: 'year', basis: 'year stated in the text' };
    case 'range':
      return { start: isoYear(v.from), end: isoYear(v.to), precision: 'year-range', basis: 'years stated in the text' };
    case 'month-year':
      return { start: isoMonth(v.year, v.month), precision: 'month', basis: 'month stated in the text' };
    case 'month':
      return ref && month(v, ref, against);
    case 'decade':
      return { start: isoYear(v.decade), end: isoYear(v.decade + 9), precision: 'decade', basis: 'decade stated in the text' };
  }
}

/** "October 9": chrono picks the year that puts the day nearest the reference, read at noon UTC so no zone shifts it. */
function yearlessDay(month: number, day: number, ref: Ymd, against: string): Placed | null {
  const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  const parsed = chrono.parse(`${MONTHS[month - 1]} ${day}`, { instant, timezone: 0 })[0];
  const year = parsed?.start.get('year');
  if (!year || parsed?.start.get('month') !== month || parsed.start.get('day') !== day) return null;
  return { start: isoDay({ year, month, day }), precision: 'day', basis: `day and month stated; year nearest to${against}` };
}

function weekday(v: Extract<TemporalValue, { kind: 'weekday' }>, ref: Ymd, against: string): Placed {
  const refDay = weekdayOf(ref);
  const name = WEEKDAYS[v.weekday];
  if (v.direction === 'past') {
    let back = (refDay - v.weekday + 7) % 7;
    if (v.strict && back === 0) back = 7;
    const how = v.strict ? 'before' : 'on or before';
    return { start: isoDay(addDays(ref, -back)), precision: 'day', basis: `most recent ${name} ${how}${against}` };
  }
  let ahead = (v.weekday - refDay + 7) % 7;
  if (v.strict && ahead === 0) ahead = 7;
  const how = v.strict ? 'after' : 'on or after';
  return { start: isoDay(addDays(ref, ahead)), precision: 'day', basis: `next ${name} ${how}${against}; future tense nearby` };
}

const dir = (offset: number) => (offset < 0 ? 'before' : 'after');
const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

function relative(v: Extract<TemporalValue, { kind: 'relative' }>, ref: Ymd, against: string): Placed {
  const { unit, offset } = v;
  const n = Math.abs(offset);
  switch (unit) {
    case 'day':
      return { start: isoDay(addDays(ref, offset)), precision: 'day', basis: `${count(n, 'day')} ${dir(offset)}${against}` };
    case 'week': {
      // A week is Monday–Sunday; "two weeks ago" is the week holding the day 14 days back.
      const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7) + offset * 7);
      return { start: isoDay(monday), end: isoDay(addDays(monday, 6)), precision: 'day', basis: offset ? `the week ${count(n, 'week')} ${dir(offset)} the week of${against}` : `the week of${against}` };
    }
    case 'month': {
      const m = addMonths(ref.year, ref.month, offset);
      return { start: isoMonth(m.year, m.month), precision: 'month', basis: offset ? `${count(n, 'month')} ${dir(offset)} the month of${against}` : `the month of${against}` };
    }
    case 'year': {
      const basis = v.loose
        ? `the calendar year before${against}; "the past year" may mean the twelve months before it`
        : offset ? `${count(n, 'calendar year')} ${dir(offset)}${against}` : `the calendar year of${against}`;
      return { start: isoYear(ref.year + offset), precision: 'year', basis };
    }
    case 'decade':
      if (v.anchor === 'ago') {
        return { start: isoYear(ref.year + offset * 10), precision: 'approximate-year', basis: `${n * 10} years before${against}; a round figure` };
      }
      if (offset === 0) {
        const d = Math.floor(ref.year / 10) * 10;
        return { start: isoYear(d), end: isoYear(d + 9), precision: 'decade', basis: `the decade of${against}` };
      }
      // "the past decade": the ten years before the reference year (or after, for "the next decade").
      return offset < 0
        ? { start: isoYear(ref.year - 10), end: isoYear(ref.year - 1), precision: 'year-range', basis: `the ten years before${against}` }
        : { start: isoYear(ref.year + 1), end: isoYear(ref.year + 10), precision: 'year-range', basis: `the ten years after${against}` };
  }
}

function month(v: Extract<TemporalValue, { kind: 'month' }>, ref: Ymd, against: string): Placed {
  const candidates = [ref.year - 1, ref.year, ref.year + 1].map((year) => ({ year, diff: (year - ref.year) * 12 + v.month - ref.month }));
  const pick =
    v.direction === 'past'
      ? candidates.filter((c) => c.diff < 0).at(-1)
      : v.direction === 'future'
        ? candidates.find((c) => c.diff > 0)
        : // Nearest; a tie (six months either way) goes to the past, as news mostly reports.
          [...candidates].sort((a, b) => Math.abs(a.diff) - Math.abs(b.diff) || a.diff - b.diff)[0];
  const year = pick?.year ?? ref.year;
  return { start: isoMonth(year, v.month), precision: 'month', basis: `the ${v.direction} ${MONTHS[v.month - 1]} to${against}` };
}
