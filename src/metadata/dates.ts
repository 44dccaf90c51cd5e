import { WRITTEN_DATE } from '../clean/index.ts';

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const pad = (n: number) => String(n).padStart(2, '0');

/** A valid calendar date as ISO YYYY-MM-DD, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** Month number of "Oct", "October", "Sept.", else null. */
export const monthNumber = (name: string): number | null => MONTHS[name.toLowerCase().slice(0, 3)] ?? null;

/**
 * "Monday, November 10, 2025" / "10 Nov 2025" / "2025-11-10" → ISO, or null.
 * Needs an explicit year: a year is never guessed. Numeric d/m/y forms are
 * ambiguous between conventions and are read only when unambiguous.
 */
export function parseWrittenDate(text: string): string | null {
  const t = text.replace(/^[A-Za-z]+day,?\s+/i, '').replace(/(\d)(?:st|nd|rd|th)\b/g, '$1').trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(t);
  if (m) return withMonth(m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})/.exec(t);
  if (m) return withMonth(m[2]!, +m[1]!, +m[3]!);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(t);
  if (m) {
    const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
    if (a > 12 && b <= 12) return isoDate(y, b, a);
    if (b > 12 && a <= 12) return isoDate(y, a, b);
    if (a === b) return isoDate(y, a, b);
  }
  return null;
}

/** The first complete written date inside a longer text ("Published: 3 March 2025, 10:42"), as ISO. */
export function findWrittenDate(text: string): string | null {
  const m = WRITTEN_DATE.exec(text);
  return m ? parseWrittenDate(m[0]) : null;
}

function withMonth(month: string, d: number, y: number): string | null {
  const mo = monthNumber(month);
  return mo ? isoDate(y, mo, d) : null;
}

/**
 * The publication day a URL's path writes: "/2018/11/10/…", "…-20181110-story.html",
 * "/2025-10-09/…". Only a whole day (year, month and day) of a plausible year;
 * never the host, and never a longer run of digits (an article id).
 */
export function dateInUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const forms = [/\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?=\/|$)/, /(?<![\d])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d])/, /(?<=[-/_])((?:19|20)\d\d)(\d\d)(\d\d)(?=[-/_.]|$)/];
  for (const re of forms) {
    const m = re.exec(path);
    const iso = m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : null;
    if (iso) return iso;
  }
  return null;
}

