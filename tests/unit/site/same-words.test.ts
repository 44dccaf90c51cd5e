import { describe, expect, it } from 'vitest';
import { firstWordings, sameWords } from '../../../src/site/same-words.ts';

// A background line three outlets reprint word for word, one outlet's own wording, and the same words with another highlight.
const cite = (sourceId: string, text: string, mark = 'in 1991') => ({ sourceId, sentenceId: `s-${sourceId}`, text, mark });
const wire = 'Quiganland, home to some 30 million people, became independent in 1991.';
const own = 'The country has been independent since 1991.';
const citations = [cite('a', wire), cite('b', own, 'since 1991'), cite('c', wire), cite('d', wire), cite('e', wire, '1991')];

describe('sameWords', () => {
  it('groups citations of the same text, in order of first appearance', () => {
    const groups = sameWords(citations);
    expect(groups.map((g) => [g.first.sourceId, g.all.map((c) => c.sourceId)])).toEqual([
      ['a', ['a', 'c', 'd', 'e']],
      ['b', ['b']],
    ]);
  });
  it('keeps apart quotes that would show differently', () => {
    const groups = sameWords(citations, (c) => `${c.text}|${c.mark}`);
    expect(groups.map((g) => g.all.map((c) => c.sourceId))).toEqual([['a', 'c', 'd'], ['b'], ['e']]);
  });
  it('leaves every citation its own group when no two share words', () => {
    expect(sameWords([cite('a', wire), cite('b', own)]).map((g) => g.all.length)).toEqual([1, 1]);
    expect(sameWords([])).toEqual([]);
  });
});

describe('firstWordings', () => {
  it('shows the first groups and counts the citations of the rest', () => {
    const groups = sameWords(citations, (c) => `${c.text}|${c.mark}`);
    const { shown, more } = firstWordings(groups, 1);
    expect(shown.map((g) => g.first.sourceId)).toEqual(['a']);
    expect(more).toBe(2);
    expect(firstWordings(groups, 5)).toEqual({ shown: groups, more: 0 });
  });
});
