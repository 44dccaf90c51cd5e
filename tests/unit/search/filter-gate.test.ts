import { describe, expect, it } from 'vitest';
import { adaptInstance } from '../../../src/search/client/adapter.ts';
import { FilterGate } from '../../../src/search/client/filter-gate.ts';
import type { PagefindInstanceApi } from '../../../src/search/client/types.ts';

/** A stand-in for Pagefind's instance that counts how often its filter data is loaded. */
function fakeInstance(): PagefindInstanceApi & { loads: number } {
  const fake = {
    loads: 0,
    options: async () => {},
    init: async () => {},
    destroy: async () => {},
    mergeIndex: async () => {},
    preload: async () => {},
    search: async () => null,
    debouncedSearch: async () => null,
    filters: async () => {
      fake.loads++;
      return { topic: { Energy: 3, Trade: 5 } };
    },
  };
  return fake;
}

const ctx = { siteRoot: './', sentenceId: /^s-/ };

describe('filter data on demand', () => {
  it('answers nothing, and loads nothing, until the pane is opened', async () => {
    const gate = new FilterGate();
    const inner = fakeInstance();
    const adapted = adaptInstance(inner, ctx, null, gate);
    expect(await adapted.filters()).toEqual({});
    expect(inner.loads).toBe(0);
    expect(gate.wanted).toBe(false);

    expect(await gate.open()).toBe(true);
    expect(inner.loads).toBe(1);
    expect(await adapted.filters()).toEqual({ topic: { Energy: 3, Trade: 5 } });
  });

  it('opened before any instance exists: the first instance loads filters itself', async () => {
    const gate = new FilterGate();
    expect(await gate.open()).toBe(false);
    const inner = fakeInstance();
    const adapted = adaptInstance(inner, ctx, null, gate);
    expect(await adapted.filters()).toEqual({ topic: { Energy: 3, Trade: 5 } });
    expect(inner.loads).toBe(1);
  });

  it('without a gate, filters pass straight through', async () => {
    const inner = fakeInstance();
    expect(await adaptInstance(inner, ctx, null).filters()).toEqual({ topic: { Energy: 3, Trade: 5 } });
  });
});
