/**
 * How the build read the generated corpus, against what the generator knows:
 * furniture lines the cleaner kept as article text, article paragraphs it
 * removed, and metadata (date, outlet, headline) it got wrong or missed.
 * Not a test: a by-product of the benchmark that tells where the cleaner and
 * metadata stages trip on text they were not written against.
 */
import fs from 'node:fs';
import path from 'node:path';
import { auditFacts, type FactAudit } from './audit-facts.ts';
import { auditGrouping, type GroupingAudit } from './audit-grouping.ts';
import type { GeneratedSource } from './corpus/index.ts';

export interface Audit {
  sources: number;
  /** Furniture lines of .txt/.md sources (HTML chrome is Readability's business). */
  furniture: number;
  /** Of those, lines not removed (so they are read as article text). */
  leaked: number;
  /** The most frequent leaked lines, digits folded to #, with counts. */
  leakedExamples: { line: string; count: number }[];
  paragraphs: number;
  /** Article paragraphs removed as furniture. */
  overRemoved: number;
  overRemovedExamples: { line: string; rule: string }[];
  /** Publication day: right; wrong; unknown though the page or manifest states it; unknown and not stated (only implied, e.g. "3 hours ago", a dateline without a year); given where there is none. */
  published: { right: number; wrong: number; missed: number; notStated: number; invented: number };
  outlet: { right: number; urlHost: number; unknown: number; wrong: number };
  headlineRight: number;
  /** The day of the reported event (briefing.json `eventDate`): right, wrong, unknown (absent in results recorded before it existed). */
  eventDate?: { right: number; wrong: number; unknown: number };
  /** Stories, claims and disagreements against the events the sources report (absent in results recorded before it existed). */
  grouping?: GroupingAudit;
  /** Claims against the facts each generated sentence states (absent in results recorded before it existed). */
  facts?: FactAudit;
}

interface BuiltSource {
  file: string;
  removed: { text: string; rule: string }[];
  published: { value: string | null };
  outlet: { value: string | null; source: string };
  headline: { value: string | null };
  eventDate: { value: string | null };
}

const norm = (s: string) => s.replace(/^(?:[-•*]\s+|\d{1,2}[.)]\s+|#+\s+)/, '').replace(/\s+/g, ' ').trim().toLowerCase();
const shape = (s: string) => s.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

export function auditBuild(dist: string, truth: GeneratedSource[]): Audit {
  const built = JSON.parse(fs.readFileSync(path.join(dist, 'briefing.json'), 'utf8')) as { sources: BuiltSource[] } & Parameters<typeof auditGrouping>[0] & Parameters<typeof auditFacts>[0];
  const byFile = new Map(built.sources.map((s) => [s.file, s]));
  const a: Audit = {
    sources: 0, furniture: 0, leaked: 0, leakedExamples: [], paragraphs: 0, overRemoved: 0, overRemovedExamples: [],
    published: { right: 0, wrong: 0, missed: 0, notStated: 0, invented: 0 }, outlet: { right: 0, urlHost: 0, unknown: 0, wrong: 0 }, headlineRight: 0,
    eventDate: { right: 0, wrong: 0, unknown: 0 },
  };
  const eventDate = a.eventDate as NonNullable<Audit['eventDate']>;
  const leaked = new Map<string, number>();
  for (const t of truth) {
    const b = byFile.get(t.file);
    if (!b) continue;
    a.sources++;
    const removed = new Map(b.removed.map((r) => [norm(r.text), r.rule]));
    if (!t.file.endsWith('.html')) {
      for (const f of t.furniture) {
        a.furniture++;
        if (!removed.has(norm(f))) {
          a.leaked++;
          leaked.set(shape(f), (leaked.get(shape(f)) ?? 0) + 1);
        }
      }
    }
    for (const p of t.paragraphs) {
      a.paragraphs++;
      const rule = removed.get(norm(p));
      if (rule) {
        a.overRemoved++;
        if (a.overRemovedExamples.length < 5) a.overRemovedExamples.push({ line: p, rule });
      }
    }
    const got = b.published.value;
    if (t.published === null) a.published[got === null ? 'right' : 'invented']++;
    else a.published[got === t.published ? 'right' : got !== null ? 'wrong' : t.datedOnPage ? 'missed' : 'notStated']++;
    a.outlet[b.outlet.value === t.outlet ? 'right' : b.outlet.value === null ? 'unknown' : b.outlet.source === 'url-host' ? 'urlHost' : 'wrong']++;
    if (b.headline.value === t.headline) a.headlineRight++;
    eventDate[b.eventDate.value === null ? 'unknown' : b.eventDate.value === t.eventDate ? 'right' : 'wrong']++;
  }
  a.grouping = auditGrouping(built, truth);
  a.facts = auditFacts(built, truth);
  a.leakedExamples = [...leaked].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([line, count]) => ({ line, count }));
  return a;
}
