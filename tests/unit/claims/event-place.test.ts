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
});

