/**
 * One toll in other words, at other times and in a report no story holds:
 * the figure disagreements a reader of a disaster briefing looks for first.
 * Invented reports, in the shapes real coverage of a derailment and an
 * earthquake took.
 */
import { describe, expect, it } from 'vitest';
import { findDisagreements, LOWER_BOUNDS, PUBLISHED_APART } from '../../../src/claims/conflicts.ts';
import { groupClaims } from '../../../src/claims/group.ts';
import type { GroupOptions } from '../../../src/claims/types.ts';
import type { Sentence } from '../../../src/model/types.ts';

const mk = (sourceId: string, text: string, index = 0): Sentence => ({ id: `s-${index}`, sourceId, block: 0, item: null, index, text });
const lexicon = {
  concepts: [
    { id: 'dead', words: ['killed', 'dead', 'died', 'death'], contrast: 'casualties' },
    { id: 'injured', words: ['injured', 'wounded'], contrast: 'casualties' },
  ],
};
const disagreements = (sentences: Sentence[], options: GroupOptions = {}) => findDisagreements(sentences, groupClaims(sentences, options), options);
const sides = (sentences: Sentence[], options: GroupOptions = {}) => disagreements(sentences, options).map((d) => d.sides.map((s) => `${s.value}:${s.citations.map((q) => q.sourceId).join()}`).sort());

describe('death tolls', () => {
  const derailment = [
    mk('a', 'At least 119 people were killed in the derailment near Velm on Sunday.'),
    mk('b', 'At least 100 people are dead after the derailment near Velm.'),
    mk('c', 'The derailment near Velm killed at least 115 people, police said.'),
    mk('d', 'Rescue teams searched the wreckage near Velm through the night.'),
  ];

  it('reads "killed" and "dead" as one toll where the lexicon says so', () => {
    expect(sides(derailment, { lexicon })).toEqual([['100:b', '115:c', '119:a']]);
    expect(sides(derailment)).toEqual([['115:c', '119:a']]);
  });

  it('sets different lower bounds side by side, saying they need not contradict', () => {
    const [d, ...rest] = disagreements(derailment, { lexicon });
    expect(rest).toEqual([]);
    expect(d?.sides).toHaveLength(3);
    expect(d?.note).toBe(LOWER_BOUNDS);
    expect(LOWER_BOUNDS).toMatch(/lower bound/);
    // Figures that cannot both be right carry no such note.
    const [plain] = disagreements([mk('a', 'A flood in Velm killed 75 people.'), mk('b', 'A flood in Velm killed 89 people.')], { lexicon });
    expect(plain?.sides.map((s) => s.value).sort()).toEqual(['75', '89']);
    expect(plain?.note).toBeUndefined();
  });

  it('never sets a lower bound against an equal one, or against a plain figure it allows', () => {
    expect(sides([mk('a', 'At least 119 people were killed in Velm.'), mk('b', 'More than 119 people were killed in Velm.'), mk('c', 'The quake in Velm killed 125 people.')], { lexicon })).toEqual([]);
  });

  it('keeps a figure whose clause names both the dead and the injured out of either toll', () => {
    const sentences = [
      mk('a', 'The quake injured 459 people in Velm, the monitoring service said.'),
      mk('b', 'More than 700 people were injured in Velm, state media said.'),
      mk('b', 'Most of the casualties were in Velm county, where 87 people were killed and 515 were injured.', 1),
    ];
    const values = disagreements(sentences, { lexicon }).flatMap((d) => d.sides.map((s) => s.value));
    expect(values).not.toContain('87');
    expect(values).toEqual(expect.arrayContaining(['459', '700']));
  });

  it('reads a clause without a year as old as its sentence ("The region was hit in 2019, when 14 people died")', () => {
    const sentences = [
      mk('a', 'The flood in Velm killed 49 people on 22 February.'),
      mk('b', 'The region was hit in 2019, when 14 people died.'),
      mk('b', 'The flood in Velm killed 44 people on 22 February.', 1),
    ];
    const options = { lexicon, writtenOn: () => '2023-02-23' };
    expect(sides(sentences, options)).toEqual([['44:b', '49:a']]);
  });

  it('never makes one report contradict itself: a district’s part is not the whole toll', () => {
    const sentences = [
      mk('a', 'The death toll from the earthquake in Velm has risen to 75.'),
      mk('b', 'The death toll has risen to 89 after the earthquake in Velm.'),
      mk('b', 'Most of the dead were in Orsk district, where 87 people were killed.', 1),
      // Other figures of the reports, which make "dead" a rarer word among them.
      mk('a', 'Another 459 people were injured.', 1),
      mk('a', 'Some 1,200 tents were sent to the region.', 2),
      mk('b', 'Rescuers cleared 40 roads by nightfall.', 2),
      mk('b', 'More than 700 people were injured.', 3),
    ];
    expect(sides(sentences, { lexicon }).sort()).toEqual([['459:a', '700:b'], ['75:a', '89:b']]);
  });

  it('compares the figures of a report no story holds with every story', () => {
    const sentences = [
      mk('a', 'A flood in Velm killed 75 people on Monday.'),
      mk('b', 'The flood in Velm left 75 people dead.'),
      mk('c', 'The Velm flood killed 89 people, officials said.'),
    ];
    const storyOf = (id: string) => (id === 'c' ? null : 'velm');
    expect(sides(sentences, { lexicon, storyOf })).toEqual([['75:a,b', '89:c']]);
  });

  it('says when the sides were published on different days: a count may have been updated between them', () => {
    const sentences = [mk('a', 'The death toll from the Velm fire rose to 29 on Sunday.'), mk('b', 'The death toll from the Velm fire rose to 71 on Friday.')];
    const note = (published: Record<string, string | null>) => disagreements(sentences, { lexicon, publishedOn: (id) => published[id] ?? null })[0]?.note;
    expect(note({ a: '2018-11-12', b: '2018-11-16' })).toBe(PUBLISHED_APART);
    expect(PUBLISHED_APART).toMatch(/published on different days/);
    expect(note({ a: '2018-11-12', b: '2018-11-12' })).toBeUndefined();
    expect(note({ a: '2018-11-12', b: null })).toBeUndefined();
  });

  it('sets two magnitudes of one quake side by side, however each is written', () => {
    const quake = [
      mk('a', 'A magnitude 6.6 earthquake struck the Velm region of Norland on Monday, killing 12 people.'),
      mk('b', 'A 6.8-magnitude earthquake struck the Velm region of Norland on Monday, officials said.'),
      mk('c', 'The earthquake, which had a magnitude of 6.6, struck the Velm region of Norland on Monday.'),
    ];
    expect(sides(quake, { lexicon })).toEqual([['6.8-magnitude:b', 'magnitude 6.6:a,c']]);
  });
});
