import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/entities/extract.ts';
import { parseGazetteer } from '../../../src/entities/loadGazetteer.ts';
import { initialsOf, mergeCorpus, resolveAcronyms } from '../../../src/entities/merge.ts';
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

describe('acronyms', () => {
  it('reads the initials of a name of several words, skipping "of" and "the"', () => {
    expect(initialsOf('U.S. Geological Survey')).toBe('USGS');
    expect(initialsOf('North Atlantic Treaty Organization')).toBe('NATO');
    expect(initialsOf('Organization of the Petroleum Exporting Countries')).toBe('OPEC');
    expect(initialsOf('Gansu')).toBe('');
  });

  it('folds an acronym into the one entity it abbreviates, as two outlets name it', () => {
    const ner = scripted({
      'The U.S. Geological Survey put the magnitude at 5.9.': [{ text: 'U.S. Geological Survey', type: 'organization', weak: false }],
      'The USGS recorded it at magnitude 5.9.': [{ text: 'USGS', type: 'organization', weak: false }],
    });
    const merged = mergeCorpus(extractEntities([sentence('a', 0, 'The U.S. Geological Survey put the magnitude at 5.9.'), sentence('b', 0, 'The USGS recorded it at magnitude 5.9.')], gaz, { ner }));
    expect(merged.map((e) => [e.name, e.sources])).toEqual([['U.S. Geological Survey', ['a', 'b']]]);
  });

  it('leaves an acronym alone when two entities have its initials, or when the editor listed it', () => {
    const org = (id: string, name: string, gazetteer = false) => ({ id, name, type: 'organization' as const, gazetteer });
    expect(resolveAcronyms([org('usgs', 'USGS'), org('u-s-geological-survey', 'U.S. Geological Survey'), org('united-states-gas-supply', 'United States Gas Supply')]).size).toBe(0);
    expect(resolveAcronyms([org('usgs', 'USGS', true), org('u-s-geological-survey', 'U.S. Geological Survey')]).size).toBe(0);
    expect(resolveAcronyms([org('usgs', 'USGS'), org('u-s-geological-survey', 'U.S. Geological Survey')])).toEqual(new Map([['usgs', 'u-s-geological-survey']]));
  });
});
