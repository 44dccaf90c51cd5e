import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

const when = (e: { id: string }) => (e as { date?: { start: string } }).date?.start ?? '';
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const data = async <C extends 'sources' | 'topics' | 'entities' | 'claims' | 'disagreements' | 'events'>(name: C) =>
  (await getCollection(name)).map((e) => e.data as { id: string });

/**
 * `dist/briefing.json`: the same data the pages show, for reuse and audit.
 * Sorted and without timestamps so the same input gives the same bytes.
 */
export const GET: APIRoute = async () => {
  const body = {
    version: 1,
    sources: (await data('sources')).sort(byId),
    topics: (await data('topics')).sort(byId),
    entities: (await data('entities')).sort(byId),
    claims: (await data('claims')).sort((a, b) => (b as { reportedBy: number }).reportedBy - (a as { reportedBy: number }).reportedBy || byId(a, b)),
    disagreements: (await data('disagreements')).sort(byId),
    timeline: (await data('events')).sort((a, b) => when(a).localeCompare(when(b)) || byId(a, b)),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
