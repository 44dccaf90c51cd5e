import { parseCaptureLine } from '../ingest/capture.ts';
import { fold } from './shape.ts';

/** One piece of a non-empty input line, as the rules see it. */
export interface Line {
  /** 1-based line number in the input file. */
  n: number;
  /** The text as written, trimmed (a heading marker removed): what blocks and the audit show. */
  text: string;
  /** `text` with spacing folded (NBSPs, runs of spaces): what the rules test. */
  norm: string;
  /** Heading level when the input marks it (`# ` / `## ` lines from Markdown or saved HTML). */
  level?: number;
  /** Rule that removed it, once decided. */
  rule?: string;
}

/**
 * Markers some pages glue to the text that follows them ("Read Full
 * ArticlePutin urges …"): split off so the marker is removed and the rest
 * judged on its own.
 */
const GLUED_MARKERS = [/^read (?:the )?full (?:article|story)/i];

/**
 * Non-empty lines of a page with their input line numbers. The capture
 * line's date part is split from the widget text captured with it, and glued
 * markers from what follows them; both halves keep the same line number.
 */
export function toLines(text: string, firstLine: number): Line[] {
  const out: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    const n = firstLine + i;
    const capture = i === 0 ? parseCaptureLine(raw) : null;
    if (capture) {
      out.push({ n, text: capture.marker, norm: capture.marker, rule: 'capture-line' });
      if (capture.rest) out.push(...split(n, capture.rest));
    } else out.push(...split(n, raw));
  });
  return out;
}

function split(n: number, raw: string): Line[] {
  const text = raw.trim();
  if (!text) return [];
  const heading = /^(#{1,6})\s+(\S.*)$/.exec(text);
  if (heading) return [{ n, text: heading[2]!, norm: fold(heading[2]!), level: heading[1]!.length }];
  for (const re of GLUED_MARKERS) {
    const m = re.exec(text);
    if (m && text.length > m[0].length) return [{ n, text: m[0], norm: fold(m[0]) }, ...split(n, text.slice(m[0].length))];
  }
  return [{ n, text, norm: fold(text) }];
}

/** The lines no rule has removed yet. */
export const unruled = (lines: Line[]): Line[] => lines.filter((l) => !l.rule);
