import type { PipelineResult } from '../pipeline/run.ts';
import { claimEntrySchema, disagreementEntrySchema, entityEntrySchema, eventEntrySchema, eventSummarySchema, storySchema, topicEntrySchema } from '../schemas/corpus-entries.ts';
import { sourceEntrySchema } from '../schemas/source-entry.ts';
import { corpusEntries } from './corpus-entries.ts';
import { datingsOf, sourceEntryOf, storiesOf } from './source-mdx.ts';

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

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
  const datings = datingsOf(r);
  const stories = storiesOf(r);
  const e = corpusEntries(r);
  const body = {
    version: 1,
    sources: r.records.map((x) => sourceEntrySchema.parse(sourceEntryOf(x, datings.get(x.raw.id), stories.get(x.raw.id) ?? null))).sort(byId),
    topics: e.topics.map((t) => topicEntrySchema.parse(t)).sort(byId),
    entities: e.entities.map((x) => entityEntrySchema.parse(x)).sort(byId),
    claims: e.claims.map((c) => claimEntrySchema.parse(c)).sort((a, b) => a.rank - b.rank),
    disagreements: e.disagreements.map((d) => disagreementEntrySchema.parse(d)).sort(byId),
    // In the analysis's order: most reported first, as the briefing's cards take them.
    eventSummaries: r.analysis.events.map((x) => eventSummarySchema.parse(x)),
    // Largest first, as the analysis gives them.
    stories: r.analysis.stories.map((x) => storySchema.parse(x)),
    timeline: e.events.map((x) => eventEntrySchema.parse(x)).sort((a, b) => a.date.start.localeCompare(b.date.start) || byId(a, b)),
  };
  return `${JSON.stringify(body)}\n`;
}
