import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/**
 * `dist/briefing.json`: the same data the pages show, for reuse and audit.
 * Sorted and without timestamps so the same input gives the same bytes.
 * Compact, not indented: at 10,000 sources indentation made it 216 MB instead
 * of about 150 MB, in dist/ and in the offline zip (`jq .` indents it to read).
 */
export const GET: APIRoute = async () => {
  const body = {
    version: 1,
    sources: (await getCollection('sources')).map((e) => e.data).sort(byId),
    topics: (await getCollection('topics')).map((e) => e.data).sort(byId),
    entities: (await getCollection('entities')).map((e) => e.data).sort(byId),
    claims: (await getCollection('claims')).map((e) => e.data).sort((a, b) => b.reportedBy - a.reportedBy || byId(a, b)),
    disagreements: (await getCollection('disagreements')).map((e) => e.data).sort(byId),
    timeline: (await getCollection('events')).map((e) => e.data).sort((a, b) => a.date.start.localeCompare(b.date.start) || byId(a, b)),
  };
  return new Response(`${JSON.stringify(body)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
