/**
 * A report no story holds (too few names to place it) still reports a
 * story's event: its mentions join that event, and never link two stories'.
 */
import { describe, expect, it } from 'vitest';
import { linkEvents } from '../../../src/claims/eventgroups.ts';
import type { EventMention } from '../../../src/claims/events.ts';

/** One mention per sentence: sentence i is source `sources[i]`'s, naming `names[i]`. */
function link(mentions: { source: string; noun: string; names: string[]; day?: string }[], storyOf: (source: string) => string | null) {
  const ms: EventMention[] = mentions.map((m, i) => ({
    sentence: i,
    noun: m.noun,
    facets: m.day ? [{ kind: 'day', value: m.day, label: m.day, sentence: i }] : [],
  }));
  const groups = linkEvents(ms, (i) => mentions[i]?.source as string, (i) => mentions[i]?.names ?? [], storyOf);
  return groups.map((g) => g.sourceIds.join()).sort();
}

describe('events of a report no story holds', () => {
  it('joins the event of the story whose mentions share its names', () => {
    const mentions = [
      { source: 'a', noun: 'derailment', names: ['india', 'uttar-pradesh', 'pukhrayan'], day: '2016-11-20' },
      { source: 'b', noun: 'derailment', names: ['india', 'uttar-pradesh'], day: '2016-11-20' },
      { source: 'c', noun: 'derailment', names: ['india'], day: '2016-11-20' },
    ];
    const storyOf = (s: string) => (s === 'c' ? null : 'train');
    expect(link(mentions, storyOf)).toEqual(['a,b,c']);
  });

  it('never links two stories’ events through it', () => {
    const mentions = [
      { source: 'a', noun: 'flood', names: ['velm', 'norland'] },
      { source: 'b', noun: 'flood', names: ['orsk', 'norland'] },
      { source: 'c', noun: 'flood', names: ['velm', 'orsk', 'norland'] },
    ];
    const storyOf = (s: string) => (s === 'a' ? 'velm' : s === 'b' ? 'orsk' : null);
    expect(link(mentions, storyOf)).toHaveLength(2);
    // Without stories the three are one flood, as before.
    expect(link(mentions, () => null)).toEqual(['a,b,c']);
  });
});
