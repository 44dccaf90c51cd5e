import { describe, expect, it } from 'vitest';
import { parseTaxonomy } from '../../../src/topics/loadTaxonomy.ts';
import { tagSentences, tagSources } from '../../../src/topics/tag.ts';
import { paragraphSentences } from './paragraph.ts';

const tax = parseTaxonomy(`
topics:
  - {id: security, label: Security, terms: [military, terror*, security]}
  - {id: energy, label: Energy, terms: [hydroelectric*, power plant*, energy]}
`);

describe('tagSentences', () => {
  it('lists per sentence the topics with the terms and words that matched', () => {
    const [s] = tagSentences(paragraphSentences('x', 'New hydroelectric power plants were opened.'), tax);
    expect(s).toEqual({
      sentenceId: 's-0',
      sourceId: 'x',
      lead: true,
      topics: [
        {
          topicId: 'energy',
          terms: ['hydroelectric*', 'power plant*'],
          hits: [
            { term: 'hydroelectric*', text: 'hydroelectric', start: 4, end: 17 },
            { term: 'power plant*', text: 'power plants', start: 18, end: 30 },
          ],
        },
      ],
    });
  });
});

describe('tagSources', () => {
  it('does not tag a source for one passing word, but keeps it under `below`', () => {
    const sentences = paragraphSentences('x', 'Trade grew. The talks ended amid military conflicts. Prices rose. Shops closed.');
    const [r] = tagSources(sentences, tax);
    expect(r!.topics).toEqual([]);
    expect(r!.below.map((t) => [t.topicId, t.evidence, t.sentenceIds])).toEqual([['security', 1, ['s-1']]]);
  });

  it('tags with two signals, in one sentence or across sentences, citing the sentences', () => {
    const sentences = [
      ...paragraphSentences('a', 'They opened hydroelectric power plants. Nothing else happened.'),
      ...paragraphSentences('b', 'Terrorism was discussed. Nothing else. Security was tightened. More words.'),
    ];
    const [a, b] = tagSources(sentences, tax);
    expect(a!.topics.map((t) => [t.topicId, t.evidence, t.score, t.sentenceIds])).toEqual([['energy', 4, 0.5, ['s-0']]]); // lead sentence: counts twice
    expect(b!.topics.map((t) => [t.topicId, t.evidence, t.score, t.sentenceIds, t.terms])).toEqual([
      ['security', 3, 0.5, ['s-0', 's-2'], ['terror*', 'security']],
    ]);
    expect(b!.sentenceCount).toBe(4);
  });

  it('tags a source for one signal in its lead paragraph, where news says what the story is about', () => {
    const [r] = tagSources(paragraphSentences('x', 'A military parade was held. Prices rose. Shops closed.'), tax);
    expect(r!.topics.map((t) => [t.topicId, t.evidence])).toEqual([['security', 2]]);
  });

  it('respects the threshold set in the taxonomy', () => {
    const strict = parseTaxonomy('threshold: {minEvidence: 3}\ntopics:\n  - {id: energy, label: Energy, terms: [energy, oil]}\n');
    const [r] = tagSources(paragraphSentences('x', 'Nothing. Energy and oil.'), strict);
    expect(r!.topics).toEqual([]);
  });
});
