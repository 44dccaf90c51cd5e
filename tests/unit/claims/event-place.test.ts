import { describe, expect, it } from 'vitest';
import { eventMentions, namesAfterIn } from '../../../src/claims/events.ts';
import { anchorsOf } from '../../../src/claims/anchors.ts';
import type { Sentence } from '../../../src/model/types.ts';

const corpus = (texts: string[]): Sentence[] => texts.map((text, index) => ({ id: `s-${index}`, sourceId: 'a', block: index, item: null, index, text }));

/** The place facets eventMentions reads off each sentence of a one-source corpus. */
function places(texts: string[]): string[][] {
  const sentences = corpus(texts);
  const indices = sentences.map((_, i) => i);
  const mentions = eventMentions(sentences, indices, sentences.map((s) => anchorsOf(s.text)), undefined, namesAfterIn(sentences));
  return indices.map((i) => mentions.filter((m) => m.sentence === i).flatMap((m) => m.facets.filter((f) => f.kind === 'place').map((f) => f.label)));
}

describe('event places', () => {
  it('reads the names written after "in" as places', () => {
    expect([...namesAfterIn(corpus(['Leaders met in Velm, Norland.', "Workers in Bel-Arabad's port struck.", 'Prices rose in the capital.']))].sort()).toEqual([
      'bel arabad',
      'velm',
    ]);
  });

  it('does not take an employer after "at" for the place, and takes the town after it', () => {
    expect(
      places([
        'The strike at Shagaz ended on Thursday with a pay rise.',
        'The strike at Ar Holding in Bel ended on Monday.',
        'Dock workers in Kagrad joined the strike on Friday.',
      ]),
    ).toEqual([[], ['Bel'], []]);
  });

  it('keeps a town after "at" when the corpus also writes it after "in"', () => {
    expect(places(['The summit at Velm closed on Friday.', 'Leaders arrived in Velm on Thursday.'])).toEqual([['Velm'], []]);
  });

  it('keeps every name after "at" when no corpus test is given', () => {
    const sentences = corpus(['The strike at Shagaz ended on Thursday.']);
    const mentions = eventMentions(sentences, [0], sentences.map((s) => anchorsOf(s.text)));
    expect(mentions.flatMap((m) => m.facets.filter((f) => f.kind === 'place').map((f) => f.label))).toEqual(['Shagaz']);
  });

  it('reads the place of a derailment, a collision, a crash or a blast as of a summit', () => {
    expect(
      places([
        'At least 100 people are dead after the derailment of a train in Velm.',
        'It was the deadliest rail disaster since a collision in Kard.',
        'A bus crash in Orsk killed 12 people.',
        'A blast at a market in Tarsk wounded 30 people.',
      ]),
    ).toEqual([['Velm'], ['Kard'], ['Orsk'], ['Tarsk']]);
  });

  it('reads the event a verb reports ("a plane crashed in Texas"), for reports that never use the noun', () => {
    expect(places(['A small plane crashed in Orsk on Sunday, killing 10 people.', 'An express train derailed in Velm, officials said.'])).toEqual([['Orsk'], ['Velm']]);
    const sentences = corpus(['A small plane crashed in Orsk on Sunday, killing 10 people.']);
    const [mention] = eventMentions(sentences, [0], sentences.map((s) => anchorsOf(s.text)));
    expect(mention?.noun).toBe('crash');
    // Figurative or transitive uses report nothing of the kind.
    const nouns = (text: string) => {
      const ss = corpus([text]);
      return eventMentions(ss, [0], ss.map((s) => anchorsOf(s.text))).map((m) => m.noun);
    };
    expect(nouns('The dispute derailed the plan in Velm on Monday.')).toEqual([]);
    expect(nouns('The plan was derailed in Velm on Monday.')).toEqual([]);
    expect(nouns('Fighting erupted in Velm on Monday.')).toEqual([]);
    expect(nouns('The fire exploded in size near Velm on Monday.')).toEqual([]);
  });

  it('reads a place written with its region, compass or division ("in northern state of …", "in China’s Gansu province")', () => {
    expect(
      places([
        'A train derailed in northern state of Uttar Pradesh on Sunday.',
        'A train derailed in the northern Indian state of Uttar Pradesh on Sunday.',
        'An earthquake in central Velm killed 89 people.',
        'The earthquake in Norland\'s Kard province killed 89 people.',
        'The quake in the north of Norland killed 5 people.',
      ]),
    ).toEqual([['Uttar Pradesh'], ['Uttar Pradesh'], ['Velm'], ['Kard', 'Norland'], ['Norland']]);
  });

  it('does not take a name a compass word or "the" begins, or an adjective, for a place in a description', () => {
    expect(places(['A bomb blast in Northern Ireland killed 2 people.', 'The summit in the Norlandic capital ended on Friday.', 'The summit in Central Asia ended on Friday.'])).toEqual([
      ['Northern Ireland'],
      [],
      ['Central Asia'],
    ]);
  });

  it('reads a place only beside the event ("outside", "near", "on the outskirts of") as near it, as written', () => {
    const texts = ['A plane crashed outside São Paulo on Friday.', 'A plane crashed on the outskirts of São Paulo on Friday.', 'The crash near the village of Orsk killed 100 people.', 'A plane crashed outside Velm, Norland on Friday.'];
    expect(places(texts)).toEqual([['outside São Paulo'], ['on the outskirts of São Paulo'], ['near the village of Orsk'], ['outside Velm', 'Norland']]);
    const sentences = corpus(texts);
    const values = eventMentions(sentences, [0, 1], sentences.map((s) => anchorsOf(s.text))).flatMap((m) => m.facets.filter((f) => f.kind === 'place').map((f) => f.value));
    // One place for both ways of saying it, and never the same as the city itself.
    expect(values).toEqual(['near sao paulo', 'near sao paulo']);
  });
});
