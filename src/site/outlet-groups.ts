/**
 * Who reports something, named by outlet, each outlet once. Several articles
 * from one outlet are that outlet's word, not independent reports: a list
 * reading "The Pezan Observer, …, The Pezan Observer" looks like a slip and
 * hides how many outlets there are. A source whose outlet is unknown ("Unknown
 * outlet (<source id>)" in the briefing) counts as an outlet of its own (nothing
 * says it is another's).
 */
import { andMore, formatCount } from './format.ts';

/** One outlet and how many of the listed sources it published. */
export interface OutletGroup {
  label: string;
  sources: number;
}

/**
 * The sources' outlets in order of first appearance, with their counts. `keyOf` tells
 * outlets apart when labels do not: every unknown outlet may be labelled "Unknown outlet"
 * (default: the label).
 */
export function outletGroups(sourceIds: readonly string[], outletOf: (id: string) => string, keyOf: (id: string) => string = outletOf): OutletGroup[] {
  const groups = new Map<string, OutletGroup>();
  for (const id of sourceIds) {
    const key = keyOf(id);
    const group = groups.get(key);
    if (group) group.sources++;
    else groups.set(key, { label: outletOf(id), sources: 1 });
  }
  return [...groups.values()];
}

/** "The Pezan Observer", or "The Pezan Observer (3 sources)". */
export function outletName(g: OutletGroup): string {
  return g.sources > 1 ? `${g.label} (${formatCount(g.sources)} sources)` : g.label;
}

/**
 * The outlets of `sourceIds` as prose: at most `limit` names, then "and N more
 * outlets" ("sources" when every source is its own outlet); `outlets` is
 * their number, to say beside the source count when it is smaller.
 */
export function outletList(
  sourceIds: readonly string[],
  outletOf: (id: string) => string,
  limit = Infinity,
  keyOf: (id: string) => string = outletOf,
): { names: string[]; outlets: number } {
  const groups = outletGroups(sourceIds, outletOf, keyOf);
  const names = groups.slice(0, limit).map(outletName);
  const hidden = groups.length - names.length;
  if (hidden > 0) names.push(groups.length === sourceIds.length ? andMore(hidden, 'source', 'sources') : andMore(hidden, 'outlet', 'outlets'));
  return { names, outlets: groups.length };
}

/** "43 sources", and "(33 outlets)" after it when some outlet published several of them. */
export function sourcesAndOutlets(sources: string, count: number, outlets: number): string {
  return outlets < count ? `${sources} (${formatCount(outlets)} outlets)` : sources;
}
