const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A valid calendar date as ISO, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** "Monday, November 10, 2025" / "10 Nov 2025" / "2025-11-10" → ISO, or null. Needs an explicit year: never guesses one. */
export function parseWrittenDate(text: string): string | null {
  const t = text.replace(/^[A-Za-z]+day,?\s+/i, '').trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m) return monthDay(m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m) return monthDay(m[2]!, +m[1]!, +m[3]!);
  return null;
}

function monthDay(month: string, d: number, y: number): string | null {
  const mo = MONTHS[month.toLowerCase().slice(0, month.toLowerCase().startsWith('sept') ? 4 : 3)];
  return mo ? isoDate(y, mo, d) : null;
}
