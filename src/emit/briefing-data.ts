import { z } from 'astro/zod';
import type { PipelineResult } from '../pipeline/run.ts';
import { claimEntrySchema, disagreementSchema, entityEntrySchema, eventEntrySchema, topicEntrySchema } from '../schemas/corpus-entries.ts';
import { sourceEntrySchema } from '../schemas/source-entry.ts';
import { claimEntries, entityEntries, eventEntries, topicEntries } from './corpus-entries.ts';
import { toSourceEntry } from './source-entry.ts';

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** A disagreement as the collection and briefing.json number it. */
export const disagreementEntries = (r: PipelineResult) => r.analysis.disagreements.map((d, i) => ({ id: `d-${i + 1}`, ...d }));
export const disagreementEntrySchema = disagreementSchema.extend({ id: z.string() });

/**
 * Everything `dist/briefing.json` holds, made straight from the pipeline
 * result and validated by the collections' own schemas (so it says exactly
 * what the pages say). It is written during the content sync rather than read
 * back from the collections: every claim of a large corpus (144,000 at 10,000
 * sources, almost all single-source) would otherwise sit in Astro's data
 * store, which the build bundles into its server code.
 * Sorted, without timestamps: the same input gives the same bytes. Compact,
 * not indented (216 MB instead of about 150 MB at 10,000 sources; `jq .` indents it).
 */
export function briefingJson(r: PipelineResult): string {
  const datings = new Map(r.analysis.eventDates.map((d) => [d.sourceId, d]));
  // Through JSON first, as the MDX front matter does: keys whose value is undefined are dropped.
  const sources = r.records.map((x) => sourceEntrySchema.parse(JSON.parse(JSON.stringify(toSourceEntry(x, datings.get(x.raw.id))))));
  const body = {
    version: 1,
    sources: sources.sort(byId),
    topics: topicEntries(r.records, r.analysis, r.config.taxonomy).map((t) => topicEntrySchema.parse(t)).sort(byId),
    entities: entityEntries(r.records, r.analysis).map((e) => entityEntrySchema.parse(e)).sort(byId),
    claims: claimEntries(r.analysis).map((c) => claimEntrySchema.parse(c)).sort((a, b) => b.reportedBy - a.reportedBy || byId(a, b)),
    disagreements: disagreementEntries(r).map((d) => disagreementEntrySchema.parse(d)).sort(byId),
    timeline: eventEntries(r.records, r.analysis).map((e) => eventEntrySchema.parse(e)).sort((a, b) => a.date.start.localeCompare(b.date.start) || byId(a, b)),
  };
  return `${JSON.stringify(body)}\n`;
}
