/** Date arithmetic and the ways outlets write a date (UTC only: no machine clock or zone). */

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => toIso(new Date(toDate(iso).getTime() + days * 86_400_000));
export const daysBetween = (from: string, to: string): number => Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
export const weekdayOf = (iso: string): string => WEEKDAYS[toDate(iso).getUTCDay()]!;
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

const parts = (iso: string) => {
  const d = toDate(iso);
  return { day: d.getUTCDate(), month: MONTHS[d.getUTCMonth()]!, year: d.getUTCFullYear() };
};

/** "14 March 2024" */
export const dayMonthYear = (iso: string) => {
  const p = parts(iso);
  return `${p.day} ${p.month} ${p.year}`;
};
/** "March 14, 2024" */
export const monthDayYear = (iso: string) => {
  const p = parts(iso);
  return `${p.month} ${p.day}, ${p.year}`;
};
/** "14 March" */
export const dayMonth = (iso: string) => {
  const p = parts(iso);
  return `${p.day} ${p.month}`;
};
/** "Mar 14" as wire datelines abbreviate it. */
export const shortMonthDay = (iso: string) => {
  const p = parts(iso);
  return `${p.month.slice(0, 3)} ${p.day}`;
};
