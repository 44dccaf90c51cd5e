import { describe, expect, it } from 'vitest';
import { isEventNounAt } from '../../../src/claims/event-word.ts';
import { eventMentions } from '../../../src/claims/events.ts';
import { anchorsOf } from '../../../src/claims/anchors.ts';
import { fold, tokenize } from '../../../src/claims/text.ts';
import type { Sentence } from '../../../src/model/types.ts';

/** Whether `word` in `sentence` is read as an event noun. */
function nounUse(sentence: string, word: string): boolean {
  const text = fold(sentence);
  const tokens = tokenize(text);
  const k = tokens.findIndex((t) => t.lower === word);
  expect(k, `${word} in ${sentence}`).toBeGreaterThanOrEqual(0);
  return isEventNounAt(text, tokens, k);
}

describe('event words used as verbs', () => {
  it.each([
    ['Local television showed crowds gathering in the centre of Stotenabad.', 'gathering'],
    ['Leaders meeting in Velm agreed to expand trade.', 'meeting'],
    ['Ministers were meeting in Velm when the news broke.', 'meeting'],
    ['The president will visit Norland next week.', 'visit'],
    ['He plans to visit Norland in May.', 'visit'],
    ['Supporters will rally in the capital on Sunday.', 'rally'],
    ['He talks about trade every week.', 'talks'],
  ])('%s (%s) is not an event', (sentence, word) => expect(nounUse(sentence, word)).toBe(false));

  it.each([
    ['The meeting in Velm ended on Thursday.', 'meeting'],
    ["Thursday's meeting focused on trade.", 'meeting'],
    ["The foreign ministers' meeting opened in Velm.", 'meeting'],
    ['A leaders meeting was held on Thursday.', 'meeting'],
    ['The gathering drew thousands of people.', 'gathering'],
    ['The visit to Norland was the first since 2019.', 'visit'],
    ['Delegations travelled to talks in Velm.', 'talks'],
    ['Talks lasted two days.', 'talks'],
    ['The rally in the capital drew 5,000 people.', 'rally'],
    ['The second Norland-Estovia summit took place in Velm on Friday.', 'summit'],
    ['The quake struck a hilly farming area early Monday.', 'quake'],
  ])('%s (%s) is an event', (sentence, word) => expect(nounUse(sentence, word)).toBe(true));

  it('reads "quake" as the earthquake it is short for', () => {
    const text = 'The quake struck a hilly farming area near Velm early Monday.';
    const s = { id: 's-0', sourceId: 'a', block: 0, item: null, index: 0, text } as Sentence;
    expect(eventMentions([s], [0], [anchorsOf(text)]).map((m) => m.noun)).toEqual(['earthquake']);
  });

  it('gives a participle no event facets, so a card is not titled after it', () => {
    const texts = [
      'A mudslide buried part of a mountain village near Stotenabad on Tuesday.',
      'Local television showed crowds gathering in the centre of Stotenabad.',
    ];
    const sentences: Sentence[] = texts.map((text, index) => ({ id: `s-${index}`, sourceId: 'a', block: index, item: null, index, text }));
    const mentions = eventMentions(sentences, [0, 1], sentences.map((s) => anchorsOf(s.text)));
    expect(mentions.map((m) => m.noun)).not.toContain('gathering');
  });
});
