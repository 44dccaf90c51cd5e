import { describe, expect, it } from 'vitest';
import { conceptMap, contrastsMeet, contrastsOf } from '../../../src/claims/concepts.ts';
import { anchorRelation } from '../../../src/claims/compare.ts';
import { anchorsOf } from '../../../src/claims/anchors.ts';
import { loadLexicon, parseLexicon } from '../../../src/claims/loadLexicon.ts';
import { groupClaims } from '../../../src/claims/group.ts';
import { stem } from '../../../src/claims/text.ts';
import type { Sentence } from '../../../src/model/types.ts';

const s = (sourceId: string, text: string): Sentence => ({ id: 's-0', sourceId, block: 0, item: null, index: 0, text });

describe('concept lexicon', () => {
  it('loads and validates content/lexicon.yaml', () => {
    const lex = loadLexicon();
    expect(lex.concepts.length).toBeGreaterThan(5);
  });

  it('names the file and the entry on errors', () => {
    expect(() => parseLexicon('concepts:\n  - { id: a, words: [war, conflict] }\n  - { id: b, words: [Bad Word, x] }\n', 'lex.yaml')).toThrow(
      /lex\.yaml: entry concepts\[1\] \(id "b"\) → words\[0\]/,
    );
    expect(() => parseLexicon('concepts:\n  - { id: a, words: [war, conflict] }\n  - { id: b, words: [wars, fighting] }\n', 'lex.yaml')).toThrow(
      /concepts\[1\] \(id "b"\).*"wars" already belongs to concept "a"/,
    );
    expect(() => parseLexicon('concepts: [{ id: a, words: [war] }]', 'lex.yaml')).toThrow(/at least two words/);
  });

  it('maps inflected stems and prefixes onto concepts, and leaves other words alone', () => {
    const map = conceptMap(parseLexicon('concepts:\n  - { id: terrorism, words: ["terror*", "extremis*"] }\n  - { id: payments, words: [currency, payment] }\n'));
    expect(map(stem('currencies'))).toBe(map(stem('payments')));
    expect(map(stem('terrorists'))).toBe('~terrorism');
    expect(map(stem('extremism'))).toBe('~terrorism');
    expect(map(stem('trade'))).toBe(stem('trade'));
  });

  it('maps a counted concept onto what figures count, not onto the words of a sentence', () => {
    const lex = parseLexicon('concepts:\n  - { id: dwellings, words: [houses, homes], counted: true }\n  - { id: payments, words: [currency, payment] }\n');
    expect(conceptMap(lex, 'units')(stem('houses'))).toBe('~dwellings');
    expect(conceptMap(lex, 'units')(stem('homes'))).toBe('~dwellings');
    expect(conceptMap(lex)(stem('homes'))).toBe(stem('homes'));
    // The other concepts hold everywhere.
    expect(conceptMap(lex)(stem('currencies'))).toBe('~payments');
    expect(conceptMap(lex, 'units')(stem('currencies'))).toBe('~payments');
    expect(() => parseLexicon('concepts:\n  - { id: dwellings, words: [houses, homes], counted: 1 }\n', 'lex.yaml')).toThrow(/lex\.yaml: entry concepts\[0\] \(id "dwellings"\) → counted/);
  });

  it('reads which of a contrast\'s concepts a figure counts, and never takes two for one figure', () => {
    const lex = parseLexicon(
      'concepts:\n  - { id: dead, words: [killed, died, death], contrast: casualties }\n  - { id: injured, words: [injured, wounded], contrast: casualties }\n',
    );
    const contrasts = contrastsOf(lex);
    const killed = anchorsOf('At least 160 people were killed when an earthquake hit Varna on Friday.');
    const injured = anchorsOf('Another 157 people were injured in Varna.');
    expect(contrasts(injured.amounts[0]?.context ?? [])).toEqual(['casualties:injured']);
    // 157 rounds to 160: without the contrast the two counts agree.
    expect(anchorRelation(killed, injured).veto).toBe(false);
    expect(anchorRelation(killed, injured, { contrasts }).veto).toBe(true);
    expect(anchorRelation(killed, anchorsOf('The death toll from the earthquake in Varna rose to 160.'), { contrasts }).veto).toBe(false);
    // A figure said of both ("died … and … wounded") may be either.
    expect(contrastsMeet(['casualties:dead', 'casualties:injured'], ['casualties:injured'])).toBe(true);
    expect(contrastsMeet(['casualties:dead'], [])).toBe(true);
    expect(() => parseLexicon('concepts:\n  - { id: dead, words: [killed, died], contrast: casualties }\n', 'lex.yaml')).toThrow(
      /lex\.yaml: entry concepts\[0\] \(id "dead"\) → contrast: contrast "casualties" has this concept only/,
    );
  });

  it('ships contrasts for casualties, hazards and volumes', () => {
    const lex = loadLexicon();
    const contrasts = contrastsOf(lex);
    const unitKey = conceptMap(lex, 'units');
    const apart = (a: string, b: string) => anchorRelation(anchorsOf(a), anchorsOf(b), { unitKey, contrasts }).veto;
    expect(apart('At least 46 people died in the fire.', 'Another 46 people were hurt in the fire.')).toBe(true);
    expect(apart('The death toll from the flood in Ob rose to 116.', 'The death toll from the earthquake in Ob rose to 116.')).toBe(true);
    expect(apart('Its capacity is 13 million tonnes a year.', 'The port shipped 13.4 million tonnes of goods last year.')).toBe(true);
    // The same count in other words is still one figure.
    expect(apart('At least 46 people were killed in the fire.', 'The fire left 46 residents dead.')).toBe(false);
    expect(apart('The quake injured 230 people.', 'Some 230 residents were wounded when the earthquake struck.')).toBe(false);
  });

  it('keeps words of other senses out of the shipped concepts: a court is no rival, a challenge no rivalry', () => {
    const map = conceptMap(loadLexicon());
    expect(map(stem('rivals'))).toBe('~rivalry');
    expect(map(stem('competition'))).toBe('~rivalry');
    // "courted" would have listed "court" too (one stem); "challenges" are mostly difficulties.
    for (const word of ['court', 'courts', 'challenge', 'challenges']) expect(map(stem(word)), word).toBe(stem(word));
  });

  it('groups paraphrases that share a concept but not the word', () => {
    const lexicon = parseLexicon('concepts:\n  - { id: armed-conflict, words: [war, conflict] }\n');
    const sentences = [
      s('a', 'The war in Velmora has hurt the economy of the region.'),
      s('b', 'The conflict in Velmora has hurt local businesses.'),
      s('c', 'Grain exports from the port of Tarsk rose sharply in spring.'),
      s('d', 'The central bank of Velmora kept its key rate unchanged.'),
      s('e', 'Officials opened a new bridge over the river near Tarsk.'),
    ];
    const without = groupClaims(sentences).filter((c) => c.reportedBy === 2);
    const withLex = groupClaims(sentences, { lexicon }).filter((c) => c.reportedBy === 2);
    expect(without.some((c) => c.sourceIds.join() === 'a,b')).toBe(false);
    expect(withLex.some((c) => c.sourceIds.join() === 'a,b')).toBe(true);
  });
});
