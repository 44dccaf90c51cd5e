import fs from 'node:fs';
import type { APIRoute } from 'astro';
import { briefingDataPath } from '../site/config.ts';

/**
 * `dist/briefing.json`: the same data the pages show, every claim included, for reuse and audit.
 * Made during the content sync (src/emit/briefing-data.ts); this route only serves it.
 */
export const GET: APIRoute = () => {
  const file = briefingDataPath();
  if (!fs.existsSync(file)) throw new Error(`briefing.json was not generated (${file} is missing): the briefing collection did not load.`);
  return new Response(fs.readFileSync(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
