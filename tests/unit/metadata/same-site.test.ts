import { describe, expect, it } from 'vitest';
import { outletsBySite } from '../../../src/metadata/same-site.ts';
import type { Field, SourceMetadata } from '../../../src/model/types.ts';

const unknown: Field<string> = { value: null, source: 'unknown' };
function record(id: string, url: string | null, outlet: Field<string>) {
  const meta = { headline: unknown, outlet, url: url ? { value: url, source: 'manifest' } : unknown, published: unknown, dateline: unknown, byline: unknown, agency: unknown, kind: unknown, language: unknown, accessed: unknown } as SourceMetadata;
  return { id, meta };
}
const host = (h: string): Field<string> => ({ value: h, source: 'url-host', note: 'the URL host' });

describe('outlets by site', () => {
  it('names a source known only by its host after the other sources from that host', () => {
    const out = outletsBySite([
      record('a', 'https://www.pezan-observer.example/a', { value: 'The Pezan Observer', source: 'manifest' }),
      record('b', 'https://pezan-observer.example/b', host('pezan-observer.example')),
      record('c', 'https://pezan-observer.example/c', { value: 'The Pezan Observer', source: 'text', note: 'the article names itself' }),
    ]);
    expect(out[1]!.meta.outlet).toEqual({ value: 'The Pezan Observer', source: 'inferred', note: 'the name the other sources from pezan-observer.example give' });
    expect(out.map((r) => r.meta.outlet.value)).toEqual(['The Pezan Observer', 'The Pezan Observer', 'The Pezan Observer']);
  });

  it('keeps the host when the site carries several names, or none, and never touches unknown outlets', () => {
    const records = [
      record('a', 'https://news.example/a', { value: 'Norland Daily', source: 'manifest' }),
      record('b', 'https://news.example/b', { value: 'Estovia Times', source: 'manifest' }),
      record('c', 'https://news.example/c', host('news.example')),
      record('d', 'https://lonely.example/d', host('lonely.example')),
      record('e', null, unknown),
    ];
    const out = outletsBySite(records);
    expect(out.map((r) => r.meta.outlet.value)).toEqual(['Norland Daily', 'Estovia Times', 'news.example', 'lonely.example', null]);
    // Unchanged records are the same objects (the per-source cache's), not copies.
    expect(out.every((r, i) => r === records[i])).toBe(true);
  });
});
