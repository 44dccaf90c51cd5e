import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/**
 * `dist/briefing.json`: the same data the pages show, for reuse and audit.
 * Sorted and without timestamps so the same input gives the same bytes.
 */
export const GET: APIRoute = async () => {
  const sources = (await getCollection('sources')).map((e) => e.data).sort(byId);
  const topics = (await getCollection('topics')).map((e) => e.data).sort(byId);
  const entities = (await getCollection('entities')).map((e) => e.data).sort(byId);
  return new Response(`${JSON.stringify({ version: 1, sources, topics, entities }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
