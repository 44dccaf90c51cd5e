import type { Field, SourceMetadata } from '../model/types.ts';
import { hostOf } from './outlet.ts';

/**
 * Across a corpus: a source whose outlet is known only as its URL host takes the
 * name that the other sources from that host give (in their metadata or their own
 * text), when they all give the same one. One site is one outlet, and counting
 * "thediplomaticinsight.com" and "The Diplomatic Insight" as two outlets would
 * overstate how widely something is reported. Where the names differ (an
 * aggregator's host carries many outlets) or none is given, the host stays.
 */
export function outletsBySite<T extends { meta: SourceMetadata }>(records: readonly T[]): T[] {
  const named = new Map<string, Set<string>>();
  const hostOfRecord = (r: T) => (r.meta.url.value ? hostOf(r.meta.url.value) : null);
  for (const r of records) {
    const host = hostOfRecord(r);
    const name = r.meta.outlet.value;
    if (!host || name === null || r.meta.outlet.source === 'url-host') continue;
    named.set(host, (named.get(host) ?? new Set()).add(name));
  }
  return records.map((r) => {
    if (r.meta.outlet.source !== 'url-host') return r;
    const host = hostOfRecord(r);
    const names = host ? named.get(host) : undefined;
    if (!host || names?.size !== 1) return r;
    const outlet: Field<string> = { value: [...names][0]!, source: 'inferred', note: `the name the other sources from ${host} give` };
    return { ...r, meta: { ...r.meta, outlet } };
  });
}
