/**
 * Calendar arithmetic on plain year/month/day numbers. Everything goes
 * through Date.UTC so neither the machine's time zone nor its clock can move
 * a date.
 */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const DAY_MS = 86_400_000;

/** `2025-10-09` → `9 October 2025`, `2025-10` → `October 2025`, `2025` → `2025`; anything else as given; null → null. Never consults the clock or the locale. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Parse "YYYY-MM-DD" strictly (a real calendar day); throws otherwise. */
export function parseIsoDay(iso: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not an ISO day (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isValidDay(ymd.year, ymd.month, ymd.day)) throw new Error(`Not a calendar day: ${iso}`);
  return ymd;
}

/** True when year-month-day exists in the Gregorian calendar. */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Ymd): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** Whole days between two ISO days, whichever comes first. */
export function daysBetween(a: string, b: string): number {
  const t = (d: Ymd) => Date.UTC(d.year, d.month - 1, d.day);
  return Math.abs(t(parseIsoDay(a)) - t(parseIsoDay(b))) / DAY_MS;
}

export function addDays(d: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Shift a (year, month) pair by whole months. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const isoYear = (year: number) => pad(year, 4);
export const isoMonth = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;
export const isoDay = (d: Ymd) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

/** Month number (1–12) for a full or abbreviated English month name, else null. */
export function monthNumber(name: string): number | null {
  const key = name.replace(/\.$/, '').toLowerCase().slice(0, 3);
  const i = MONTHS.findIndex((m) => m.toLowerCase().startsWith(key));
  return i < 0 ? null : i + 1;
}

/** Weekday number (0 = Sunday) for an English weekday name, else null. */
export function weekdayNumber(name: string): number | null {
  const i = WEEKDAYS.findIndex((w) => w.toLowerCase() === name.toLowerCase());
  return i < 0 ? null : i;
}
