import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

/**
 * `dist/briefing.json`: the same data the pages show, for reuse and audit.
 * Sorted and without timestamps so the same input gives the same bytes.
 */
export const GET: APIRoute = async () => {
  const sources = (await getCollection('sources')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  return new Response(`${JSON.stringify({ version: 1, sources }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
