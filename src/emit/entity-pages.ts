import type { EntityEntry, EntityPageEntry } from '../schemas/corpus-entries.ts';
import { boundSections, entitiesWithPages, PAGE_LIMITS } from '../site/page-limits.ts';
import { pushTo } from '../model/multimap.ts';

/**
 * The entities collection: each entity with what its page shows (the sources it quotes, with their
 * mentions, then the sources it links), decided here once instead of on the page, so the data store
 * holds no mention a page does not quote. Entities without a page keep their name, type and sources.
 */
export function entityPageEntries(entities: readonly EntityEntry[], limits = PAGE_LIMITS): EntityPageEntry[] {
  const paged = entitiesWithPages(entities, limits.entityPages);
  return entities.map(({ mentions, ...entity }) => {
    const base = { ...entity, mentionCount: mentions.length, page: paged.has(entity.id) };
    if (!base.page) return { ...base, quoted: [], linked: [], omitted: 0 };
    const bySource = new Map<string, EntityEntry['mentions']>();
    for (const m of mentions) pushTo(bySource, m.sourceId, m);
    return { ...base, ...boundSections(entity.sources.map((id) => ({ sourceId: id, items: bySource.get(id) ?? [] })), limits) };
  });
}
