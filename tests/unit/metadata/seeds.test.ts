import { describe, expect, it } from 'vitest';
import type { SourceMetadata } from '../../../src/model/types.ts';
import { gold, SEEDS_DIR, sourceIdOf } from '../../helpers/gold.ts';
import { runDir } from '../clean/stages.ts';

const staged = runDir(SEEDS_DIR);
const metaOf = (file: string) => staged.find((s) => s.raw.id === sourceIdOf(file))!.meta;
const cases = gold.sources.map((g) => [g.file.slice(0, 3), g] as const);

describe('seed metadata against the gold', () => {
  it.each(cases)('%s: headline (text headline, or derived from the URL slug when the text has none)', (_id, g) => {
    const m = metaOf(g.file);
    if (g.headline) expect(m.headline).toEqual({ value: g.headline, source: 'text' });
    else
      expect(m.headline).toEqual({
        value: 'Putin advocates for stronger Russia-Central Asia ties at the Dushanbe summit',
        source: 'url-slug',
        note: 'derived from the URL slug',
      });
  });

  it.each(cases)('%s: outlet, published, dateline and kind', (_id, g) => {
    const m = metaOf(g.file);
    expect(m.outlet.value).toBe(g.outlet);
    expect(m.published.value).toBe(g.published);
    expect(m.dateline.value).toBe(g.dateline);
    expect(m.kind.value).toBe(g.kind);
  });

  it.each(cases)('%s: byline, agency and accessed date where the gold has them, unknown elsewhere', (_id, g) => {
    const m = metaOf(g.file);
    expect(m.byline.value).toBe(g.byline ?? null);
    expect(m.agency.value).toBe(g.credited_agency ?? null);
    expect(m.accessed.value).toBe(g.accessed ?? null);
  });

  it.each(cases)('%s: every field has a provenance, and unknown fields have no value', (_id, g) => {
    const m = metaOf(g.file);
    for (const [key, field] of Object.entries(m) as [keyof SourceMetadata, SourceMetadata[keyof SourceMetadata]][]) {
      expect(field.source, key).toBeTruthy();
      if (field.source === 'unknown') expect(field.value, key).toBeNull();
      else expect(field.value, key).not.toBeNull();
    }
    expect(m.language).toEqual({ value: 'en', source: 'inferred', note: 'common English function words' });
  });

  it('provenance of the gold fields: manifest for what the editor gave, the text or dateline for the rest', () => {
    const m = (id: string) => metaOf(gold.sources.find((g) => g.file.startsWith(id))!.file);
    expect(m('002').published).toEqual({ value: '2025-10-09', source: 'manifest' });
    expect(m('002').agency).toMatchObject({ value: 'Anadolu Agency', source: 'text' });
    expect(m('001').dateline).toEqual({ value: 'Dushanbe', source: 'dateline' });
    expect(m('001').byline).toEqual({ value: 'Web Desk', source: 'text' });
    expect(m('001').accessed).toEqual({ value: '2025-11-10', source: 'text', note: 'page date widget at capture' });
    expect(m('001').published).toMatchObject({ value: null, source: 'unknown' });
    expect(m('003').dateline).toEqual({ value: 'Tajikistan', source: 'dateline' });
    expect(m('004').dateline.value).toBeNull();
    expect(m('000').outlet).toEqual({ value: 'aerocloud.top', source: 'manifest' });
  });
});
