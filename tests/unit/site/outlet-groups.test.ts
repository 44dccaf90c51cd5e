import { describe, expect, it } from 'vitest';
import { outletGroups, outletList } from '../../../src/site/outlet-groups.ts';

const outlet: Record<string, string> = { a: 'The Pezan Observer', b: 'Volisko Daily', c: 'The Pezan Observer', d: 'd-unknown', e: 'The Pezan Observer' };
const of = (id: string) => outlet[id] ?? id;

describe('outletGroups', () => {
  it('names each outlet once, in order of first appearance, with its number of sources', () => {
    expect(outletGroups(['a', 'b', 'c', 'd', 'e'], of)).toEqual([
      { label: 'The Pezan Observer', sources: 3 },
      { label: 'Volisko Daily', sources: 1 },
      { label: 'd-unknown', sources: 1 },
    ]);
  });
});

describe('outletGroups with a key', () => {
  it('keeps sources of unknown outlets apart though they share a label', () => {
    const label = (id: string) => (id.startsWith('u') ? 'Unknown outlet' : 'Volisko Daily');
    const key = (id: string) => (id.startsWith('u') ? `source:${id}` : 'outlet:Volisko Daily');
    expect(outletList(['u1', 'v1', 'u2', 'v2'], label, Infinity, key)).toEqual({
      names: ['Unknown outlet', 'Volisko Daily (2 sources)', 'Unknown outlet'],
      outlets: 3,
    });
  });
});

describe('outletList', () => {
  it('says how many sources an outlet published, and how many outlets there are', () => {
    expect(outletList(['a', 'b', 'c', 'd', 'e'], of)).toEqual({ names: ['The Pezan Observer (3 sources)', 'Volisko Daily', 'd-unknown'], outlets: 3 });
  });

  it('caps the names and counts the rest as outlets, or as sources when each source is its own outlet', () => {
    expect(outletList(['a', 'b', 'c', 'd'], of, 1).names).toEqual(['The Pezan Observer (2 sources)', 'and 2 more outlets']);
    expect(outletList(['a', 'b', 'd'], of, 1).names).toEqual(['The Pezan Observer', 'and 2 more sources']);
    // One left out is one outlet, or one source.
    expect(outletList(['a', 'b', 'c', 'd'], of, 2).names).toEqual(['The Pezan Observer (2 sources)', 'Volisko Daily', 'and 1 more outlet']);
    expect(outletList(['a', 'b', 'd'], of, 2).names).toEqual(['The Pezan Observer', 'Volisko Daily', 'and 1 more source']);
  });
});
