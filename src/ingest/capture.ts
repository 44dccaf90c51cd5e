/**
 * The capture tool writes the page's publication date as a first line like
 * ` date 2025-10-09 + ↺ − 16 px`: the date part is metadata, the rest is
 * whatever page widget text followed it on the captured line.
 */
export interface CaptureLine {
  /** ISO date YYYY-MM-DD. */
  published: string;
  /** The date part as written ("date 2025-10-09"). */
  marker: string;
  /** The rest of the line (page furniture for the cleaner), trimmed; may be empty. */
  rest: string;
}

const CAPTURE = /^\s*date (\d{4})-(\d{2})-(\d{2})(?=\s|$)/;

/** Parse a capture line, or null when `line` is not one (or its date is not a real day). */
export function parseCaptureLine(line: string): CaptureLine | null {
  const m = CAPTURE.exec(line);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return { published: `${m[1]}-${m[2]}-${m[3]}`, marker: m[0].trim(), rest: line.slice(m[0].length).trim() };
}

/** The capture line of a source's text: only its first line can be one. */
export function captureOf(text: string): CaptureLine | null {
  const end = text.indexOf('\n');
  return parseCaptureLine(end < 0 ? text : text.slice(0, end));
}
