import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toCsl } from '../site/csl.ts';

/** `dist/sources.csl.json`: every source as CSL-JSON, for reference managers. */
export const GET: APIRoute = async () => {
  const sources = (await getCollection('sources')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  return new Response(`${JSON.stringify(sources.map(toCsl), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
