import { getCollection } from 'astro:content';
import { UNKNOWN_OUTLET } from './format.ts';

export interface SourceLabel {
  id: string;
  outlet: string;
  /**
   * The outlet in a list of several: an unknown one reads "Unknown outlet (<source id>)",
   * as in the briefing, so that two unknown outlets in one list are told apart.
   */
  listed: string;
  /** Sources of one known outlet share this key; a source whose outlet is unknown has its own. */
  group: string;
  headline: string;
  published: string | null;
  kind: string | null;
  /** The story the source tells, or null when unplaced (see SourceEntry.story). */
  story: string | null;
}

/**
 * One value per build: every page of a static build sees the same collections,
 * so lookups over a whole collection are built once, not once per page (with
 * thousands of pages, per-page scans are quadratic). The dev server rebuilds
 * them per request, since its collections change under it.
 */
function perBuild<T>(make: () => Promise<T>): () => Promise<T> {
  let memo: Promise<T> | null = null;
  return () => {
    if (import.meta.env.DEV) return make();
    return (memo ??= make());
  };
}

/** Source id → what a citation shows about it (outlet, headline). */
export const sourceLabels = perBuild(async (): Promise<Map<string, SourceLabel>> => {
  const entries = await getCollection('sources');
  return new Map(
    entries.map(({ data: d }) => [
      d.id,
      {
        id: d.id,
        outlet: d.outlet.value ?? UNKNOWN_OUTLET,
        listed: d.outlet.value ?? `${UNKNOWN_OUTLET} (${d.id})`,
        group: d.outlet.value === null ? `source:${d.id}` : `outlet:${d.outlet.value}`,
        headline: d.headline.value ?? 'Untitled source',
        published: d.published.value,
        kind: d.kind.value,
        story: d.story,
      },
    ]),
  );
});

/** The search filter each entity type is listed under (source pages and entity pages must agree). */
export const ENTITY_FILTER = { person: 'people', place: 'places', organization: 'organisations' } as const;

/** Ids of the entities that get a page (chosen by src/emit/entity-pages.ts), once per build. */
export const pagedEntityIds = perBuild(async () => new Set((await getCollection('entities')).filter((e) => e.data.page).map((e) => e.id)));

/** Per source id: the labels of the topics it is tagged with and the Pagefind filters of the entities it names. */
export const sourceFilters = perBuild(async (): Promise<Map<string, { topics: string[]; entities: string[] }>> => {
  const out = new Map<string, { topics: string[]; entities: string[] }>();
  const of = (id: string) => out.get(id) ?? out.set(id, { topics: [], entities: [] }).get(id)!;
  for (const t of await getCollection('topics')) for (const id of new Set(t.data.sources.map((x) => x.sourceId))) of(id).topics.push(t.data.label);
  const entities = await getCollection('entities');
  // Only entities with a page are filter values: a pane of thousands of names helps nobody, and every value adds to
  // the filter chunks each first search downloads.
  const paged = await pagedEntityIds();
  for (const e of entities) {
    if (!paged.has(e.data.id)) continue;
    for (const id of new Set(e.data.sources)) of(id).entities.push(`${ENTITY_FILTER[e.data.type]}:${e.data.name}`);
  }
  return out;
});
