import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FilterPane, orderedValues } from '../../../src/search/client/filter-pane.ts';

function pane() {
  const { document } = parseHTML('<!doctype html><html><body><div id="p"></div></body></html>');
  const container = document.getElementById('p') as unknown as HTMLElement;
  let changes = 0;
  const p = new FilterPane(container, () => changes++);
  p.build({ topic: { Trade: 5, Energy: 3, Water: 3 }, outlet: { 'A <b>Wire</b>': 2 } });
  return { p, container, changes: () => changes };
}

describe('filter pane', () => {
  it('orders values by count, then by name', () => {
    expect(orderedValues({ b: 1, a: 1, c: 4 })).toEqual([['c', 4], ['a', 1], ['b', 1]]);
  });

  it('draws one group per key, in name order, with a labelled checkbox per value', () => {
    const { p, container } = pane();
    expect(p.built).toBe(true);
    expect([...container.querySelectorAll('details')].map((d) => d.getAttribute('data-filter-name'))).toEqual(['outlet', 'topic']);
    const topic = container.querySelector('details[data-filter-name="topic"]')!;
    expect([...topic.querySelectorAll('.filter-value')].map((e) => e.textContent)).toEqual(['Trade', 'Energy', 'Water']);
    expect(topic.querySelector('legend')?.textContent).toBe('Topic');
    // Values from the index are text, never markup.
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('details[data-filter-name="outlet"] .filter-value')?.textContent).toBe('A <b>Wire</b>');
  });

  it('reports the ticked values by key, updates counts per search, and clears', () => {
    const { p, container, changes } = pane();
    const boxes = [...container.querySelectorAll('input')] as unknown as HTMLInputElement[];
    const energy = boxes.find((b) => b.value === 'Energy')!;
    energy.checked = true;
    energy.dispatchEvent(new (energy.ownerDocument.defaultView as unknown as typeof globalThis).Event('change'));
    expect(changes()).toBe(1);
    expect(p.selection()).toEqual({ topic: ['Energy'] });
    expect(container.querySelector('details[data-filter-name="topic"] .filter-picked')?.textContent).toBe(' (1 selected)');

    p.update({ topic: { Energy: 2, Trade: 1 } });
    const counts = [...container.querySelectorAll('details[data-filter-name="topic"] .filter-count')].map((e) => e.textContent);
    expect(counts).toEqual(['1', '2', '0']);

    p.clear();
    expect(p.selection()).toEqual({});
    expect(container.querySelector('details[data-filter-name="topic"] .filter-picked')?.textContent).toBe('');
  });
});
