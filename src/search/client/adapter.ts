/**
 * Wraps the object Pagefind's `createInstance()` returns:
 *  - every result's lazily loaded data passes through {@link enhanceResult}
 *    (relative links that land on the matching sentence);
 *  - results from preferred pages (by default `page type: Source`) come
 *    first. Topic, entity and briefing pages quote the sources, and being
 *    short they outrank the articles the quotes come from; the reader wants
 *    the evidence first, the overviews after.
 * The page (page.ts) calls the wrapped instance exactly as it would call Pagefind's.
 */
import { enhanceResult, type LinkContext } from './results.ts';
import type { PagefindInstanceApi, PagefindSearchOptions, PagefindSearchResponse } from './types.ts';

/** Which pages go first: those carrying `data-pagefind-filter="<key>:<value>"`. */
export interface Preference {
  key: string;
  value: string;
}

/** Parse `"page type:Source"` (the search page's `data-prefer` attribute); null when absent or malformed. */
export function parsePreference(attr: string | undefined): Preference | null {
  const i = attr?.indexOf(':') ?? -1;
  if (!attr || i <= 0 || i === attr.length - 1) return null;
  return { key: attr.slice(0, i).trim(), value: attr.slice(i + 1).trim() };
}

/** Replace each result's `data()` with one that returns enhanced data. */
function wrapData(res: PagefindSearchResponse, ctx: LinkContext): PagefindSearchResponse {
  for (const r of res.results) {
    const load = r.data;
    r.data = async () => enhanceResult(await load(), ctx);
  }
  return res;
}

/**
 * Stable-partition `res.results`: preferred pages first, each group still by
 * Pagefind's score. The preferred set comes from a second search with the
 * preference as an extra filter: it reuses the index chunks the first search
 * loaded, so it costs one small filter chunk once and no page data.
 */
async function preferFirst(
  instance: PagefindInstanceApi,
  term: string | null,
  opts: PagefindSearchOptions | undefined,
  res: PagefindSearchResponse,
  pref: Preference,
): Promise<PagefindSearchResponse> {
  const filters = opts?.filters ?? {};
  // The reader's own choice of this filter, or an explicit sort, decides the order instead.
  if (pref.key in filters || Object.keys(opts?.sort ?? {}).length > 0 || res.results.length < 2) return res;
  const preferred = await instance.search(term, { ...opts, filters: { ...filters, [pref.key]: [pref.value] } });
  const ids = new Set((preferred?.results ?? []).map((r) => r.id));
  if (ids.size === 0 || ids.size === res.results.length) return res;
  return {
    ...res,
    results: [...res.results.filter((r) => ids.has(r.id)), ...res.results.filter((r) => !ids.has(r.id))],
  };
}

/** The instance, with results reordered and post-processed; `filters()` passes through. */
export function adaptInstance(instance: PagefindInstanceApi, ctx: LinkContext, pref: Preference | null): PagefindInstanceApi {
  const finish = async (term: string | null, opts: PagefindSearchOptions | undefined, res: PagefindSearchResponse | null) => {
    if (!res) return res;
    return wrapData(pref ? await preferFirst(instance, term, opts, res, pref) : res, ctx);
  };
  return {
    ...instance,
    search: async (term, opts) => finish(term, opts, await instance.search(term, opts)),
  };
}
