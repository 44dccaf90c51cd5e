import { describe, expect, it } from 'vitest';
import { findStories, storiesApart, storyIndex, type StoryInput } from '../../../src/stories/index.ts';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { SEEDS_DIR } from '../../helpers/gold.ts';

/** Two strikes in one country (shared country, minister and union), each with its own company and town. */
const strikes: StoryInput[] = [
  { sourceId: 'a1', entities: ['norland', 'minister-varga', 'dockers-union', 'vogan-energy', 'gangrad'], eventDate: '2024-03-12' },
  { sourceId: 'a2', entities: ['norland', 'vogan-energy', 'gangrad', 'dockers-union'], eventDate: '2024-03-12' },
  { sourceId: 'a3', entities: ['vogan-energy', 'gangrad', 'norland'], eventDate: null },
  { sourceId: 'b1', entities: ['norland', 'minister-varga', 'dockers-union', 'ris-shipping', 'belabad'], eventDate: '2024-06-02' },
  { sourceId: 'b2', entities: ['norland', 'ris-shipping', 'belabad', 'minister-varga'], eventDate: '2024-06-02' },
  // Names nothing but the country: too little to place.
  { sourceId: 'c1', entities: ['norland'], eventDate: '2024-06-02' },
];

const members = (inputs: StoryInput[]) =>
  findStories(inputs)
    .stories.map((s) => s.sourceIds.join())
    .sort();

describe('findStories', () => {
  it('keeps two events of the same people a year apart in two stories, though an undated report names them all', () => {
    // Two floods in one city with the same minister and agency; u1 gives no day and matches the second a little better.
    const names = ['loobesh', 'quiville', 'minister-quisen', 'emergency-ministry'];
    const floods: StoryInput[] = [
      { sourceId: 'f1', entities: names, eventDate: '2023-10-01' },
      { sourceId: 'f2', entities: names, eventDate: '2023-10-01' },
      { sourceId: 'g1', entities: [...names, 'rescuer-doryarova'], eventDate: '2024-03-12' },
      { sourceId: 'g2', entities: [...names, 'rescuer-doryarova'], eventDate: '2024-03-12' },
      { sourceId: 'u1', entities: [...names, 'rescuer-doryarova'], eventDate: null },
    ];
    expect(members(floods)).toEqual(['f1,f2', 'g1,g2,u1']);
  });

  it('tells two events of one country apart by their own names, and keeps each together', () => {
    const found = findStories(strikes);
    expect(members(strikes)).toEqual(['a1,a2,a3', 'b1,b2,c1']);
    expect(found.of('a3')).toBe('a1');
    expect(found.of('b2')).toBe('b1');
    expect(found.comparedPairs).toBeGreaterThan(0);
  });

  it('puts a source with too few names in the story it shares most with, within its week, else leaves it unplaced', () => {
    // c1 names only the country, which both strikes name; its day is the second strike's.
    expect(findStories(strikes).of('c1')).toBe('b1');
    // Undated, it matches both as well: unplaced, comparable with every story.
    const undated = [...strikes.slice(0, 5), { sourceId: 'c1', entities: ['norland'], eventDate: null }];
    const found = findStories(undated);
    expect(found.of('c1')).toBeNull();
    expect(found.stories.flatMap((s) => s.sourceIds)).not.toContain('c1');
    const apart = storiesApart(found.of);
    expect(apart('a1', 'b1')).toBe(true);
    expect(apart('a1', 'a3')).toBe(false);
    expect(apart('c1', 'a1')).toBe(false);
    expect(storiesApart(undefined)('a1', 'b1')).toBe(false);
  });

  it('asks more of the names when the event days differ', () => {
    // Same names, mostly: the same story when both give one day or either gives none; two when the days differ.
    const pair = (d1: string | null, d2: string | null): StoryInput[] => [
      { sourceId: 'x', entities: ['norland', 'gangrad', 'vogan-energy', 'minister-varga'], eventDate: d1 },
      { sourceId: 'y', entities: ['norland', 'gangrad', 'vogan-energy', 'dockers-union'], eventDate: d2 },
      { sourceId: 'z', entities: ['estovia', 'velm', 'port-authority'], eventDate: null },
    ];
    expect(members(pair('2024-03-12', '2024-03-12'))).toContain('x,y');
    expect(members(pair(null, '2024-03-12'))).toContain('x,y');
    expect(members(pair('2024-03-12', '2024-09-30'))).toEqual(['x', 'y', 'z']);
    // Identical names: a day a week off still joins (a weekday read against the wrong week); a month off never does.
    const same = (d1: string, d2: string): StoryInput[] => [
      { sourceId: 'x', entities: ['norland', 'gangrad', 'vogan-energy'], eventDate: d1 },
      { sourceId: 'y', entities: ['norland', 'gangrad', 'vogan-energy'], eventDate: d2 },
    ];
    expect(members(same('2024-03-12', '2024-03-19'))).toEqual(['x,y']);
    expect(members(same('2024-03-12', '2024-04-12'))).toEqual(['x', 'y']);
  });

  it('takes two specific figures both undated reports give for the same day they do not state', () => {
    // Two reports of one earthquake, no dates: half their names in common, and the same two magnitudes.
    const quake = (figures: string[]): StoryInput[] => [
      { sourceId: 'x', entities: ['gansu', 'china', 'usgs', 'dingxi'], eventDate: null, figures: ['6.6', '5.9', '459'] },
      { sourceId: 'y', entities: ['gansu', 'china', 'usgs', 'xinhua', 'lanzhou', 'minxian', 'beijing'], eventDate: null, figures },
    ];
    expect(members(quake(['6.6', '5.9', '515']))).toEqual(['x,y']);
    expect(members(quake(['6.6', '515']))).toEqual(['x', 'y']);
    expect(members(quake([]))).toEqual(['x', 'y']);
  });

  it('puts a report that names only two things in the story it tells, though it forms none of its own', () => {
    const found = findStories([
      { sourceId: 'r1', entities: ['india', 'kanpur', 'pukhrayan', 'uttar-pradesh', 'patna', 'indore', 'reuters', 'pratap-rai', 'satish-kumar'], eventDate: '2016-11-20' },
      { sourceId: 'r2', entities: ['india', 'kanpur', 'pukhrayan', 'uttar-pradesh', 'patna', 'indore', 'reuters', 'kaushal-sharma'], eventDate: '2016-11-20' },
      { sourceId: 'r3', entities: ['india', 'satish-kumar'], eventDate: '2016-11-20' },
    ]);
    expect(found.stories.map((s) => s.sourceIds.join())).toEqual(['r1,r2,r3']);
    expect(found.of('r3')).toBe('r1');
  });

  it('gives the same stories whatever the order of the sources', () => {
    const shuffled = [strikes[4], strikes[0], strikes[5], strikes[2], strikes[3], strikes[1]] as StoryInput[];
    expect(findStories(shuffled).stories).toEqual(findStories(strikes).stories);
  });

  it('reads the five seed articles as one story', () => {
    const { records, analysis } = runPipeline(SEEDS_DIR, `${SEEDS_DIR}/..`);
    expect(analysis.stories).toHaveLength(1);
    expect(analysis.stories[0]?.sourceIds).toEqual(records.map((r) => r.raw.id).sort());
  });
});

describe('storyIndex', () => {
  it('maps each placed source to its story id, and leaves unplaced sources out', () => {
    const index = storyIndex([{ id: 'a', sourceIds: ['a', 'c'] }, { id: 'b', sourceIds: ['b'] }]);
    expect([...index]).toEqual([['a', 'a'], ['c', 'a'], ['b', 'b']]);
    expect(index.has('x')).toBe(false);
  });
});
