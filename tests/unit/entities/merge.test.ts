import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/entities/extract.ts';
import { parseGazetteer } from '../../../src/entities/loadGazetteer.ts';
import { mergeCorpus } from '../../../src/entities/merge.ts';
import type { NerFn, NerSpan } from '../../../src/entities/types.ts';
import type { Sentence } from '../../../src/model/types.ts';

const gaz = parseGazetteer(`
entries:
  - { id: vladimir-putin, name: Vladimir Putin, type: person, aliases: [Putin, President Putin] }
  - { id: oslo, name: Oslo, type: place }
`);

/** A scripted NER so the merging logic is tested without compromise. */
const scripted =
  (table: Record<string, Omit<NerSpan, 'start' | 'end'>[]>): NerFn =>
  (text) =>
    (table[text] ?? []).map((s) => ({ ...s, start: text.indexOf(s.text), end: text.indexOf(s.text) + s.text.length }));

const sentence = (sourceId: string, index: number, text: string): Sentence => ({ id: `s-${index}`, sourceId, block: 0, item: null, index, text });

describe('extractEntities + mergeCorpus', () => {
  const sentences = [
    sentence('a', 0, 'Putin met Anna Berg in Oslo.'),
    sentence('a', 1, 'Berg said little.'),
    sentence('b', 0, 'President Putin praised Berg.'),
    sentence('b', 1, 'Karl Lund and Eva Lund spoke; Lund left.'),
  ];
  const ner = scripted({
    'Putin met Anna Berg in Oslo.': [{ text: 'Anna Berg', type: 'person', weak: false }, { text: 'Oslo', type: 'place', weak: false }],
    'Berg said little.': [{ text: 'Berg', type: null, weak: true }],
    'President Putin praised Berg.': [{ text: 'Berg', type: 'place', weak: false }],
    'Karl Lund and Eva Lund spoke; Lund left.': [
      { text: 'Karl Lund', type: 'person', weak: false },
      { text: 'Eva Lund', type: 'person', weak: false },
      { text: 'Lund', type: 'person', weak: false },
    ],
  });
  const perSource = extractEntities(sentences, gaz, { ner });
  const corpus = mergeCorpus(perSource);
  const byId = new Map(corpus.map((e) => [e.id, e]));

  it('gives one id per entity across sources and lists sources and sentences', () => {
    const putin = byId.get('vladimir-putin')!;
    expect(putin.sources).toEqual(['a', 'b']);
    expect(putin.mentions.map((m) => [m.sourceId, m.sentenceId, m.text])).toEqual([
      ['a', 's-0', 'Putin'],
      ['b', 's-0', 'President Putin'],
    ]);
    expect(byId.get('oslo')!.gazetteer).toBe(true);
  });

  it('merges a surname into the one person named in full, across sources, even when weak or mistyped', () => {
    const berg = byId.get('anna-berg')!;
    expect(berg.type).toBe('person');
    expect(berg.sources).toEqual(['a', 'b']);
    expect(berg.mentions.map((m) => `${m.sourceId}/${m.sentenceId}:${m.text}`)).toEqual(['a/s-0:Anna Berg', 'a/s-1:Berg', 'b/s-0:Berg']);
    expect(byId.has('berg')).toBe(false);
  });

  it('leaves an ambiguous surname on its own', () => {
    expect(byId.get('lund')?.mentions).toHaveLength(1);
    expect(byId.has('karl-lund') && byId.has('eva-lund')).toBe(true);
  });

  it('drops weak candidates nothing corroborates', () => {
    const lone = extractEntities([sentence('c', 0, 'Strengthening ties.')], gaz, {
      ner: scripted({ 'Strengthening ties.': [{ text: 'Strengthening', type: null, weak: true }] }),
    });
    expect(lone).toEqual([{ sourceId: 'c', entities: [] }]);
  });

  it('merges surnames in mergeCorpus when sources were extracted separately', () => {
    const separate = [
      ...extractEntities([sentences[0]!], gaz, { ner }),
      ...extractEntities([sentences[2]!], gaz, { ner }),
    ];
    const merged = mergeCorpus(separate);
    expect(merged.find((e) => e.id === 'anna-berg')?.sources).toEqual(['a', 'b']);
    expect(merged.some((e) => e.name === 'Berg')).toBe(false);
  });

  it('calls the NER once per sentence', () => {
    const seen: string[] = [];
    extractEntities(sentences, gaz, { ner: (t) => (seen.push(t), ner(t)) });
    expect(seen).toEqual(sentences.map((s) => s.text));
  });
});
