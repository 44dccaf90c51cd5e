/**
 * Direct quotes across outlets: the words in quotation marks are the
 * statement, who said them tells statements apart, and the speaker's name
 * and title are no shared subject.
 */
import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../../src/claims/group.ts';
import { similarityGraph, unitsOf } from '../../../src/claims/similar.ts';
import type { Claim } from '../../../src/claims/types.ts';
import type { Sentence } from '../../../src/model/types.ts';
import { scenario } from './fixture.ts';

/** One sentence of a source. */
const mk = (sourceId: string, text: string): Sentence => ({ id: 's-0', sourceId, block: 0, item: null, index: 0, text });
const quoting = (claims: Claim[], words: string) => claims.filter((c) => c.supports.some((q) => (q.clauses ?? [q.text]).join(' ').includes(words))).map((c) => c.sourceIds.join());

describe('quotes', () => {
  it('keeps an official’s different remarks apart, though outlets name the same speaker', () => {
    const claims = groupClaims(scenario('quotes-of-one-official'));
    expect(quoting(claims, 'We will rebuild every school')).toEqual(['a,c']);
    expect(quoting(claims, 'Our first task')).toEqual(['b']);
    expect(quoting(claims, 'Roads to the valley')).toEqual(['d']);
  });

  it('reads "every" as a function word: reported remarks sharing only it and the speaker stay apart', () => {
    const claims = groupClaims([mk('a', 'On Monday Ilse Varga said every school would be rebuilt.'), mk('b', 'On Monday Ilse Varga said every family would be reached.')]);
    expect(claims.map((c) => c.sourceIds.join())).toEqual(['a', 'b']);
  });

  it('drops who said it before a quote ("Interior minister Ilse Varga said:") as a clause of its own, keeping the speaker', () => {
    const { units } = unitsOf([mk('a', 'Interior minister Ilse Varga said: “Roads to the valley will reopen on Friday.”')]);
    expect(units.map((u) => u.text)).toEqual(['“Roads to the valley will reopen on Friday.”']);
    expect(units[0]?.speakers).toEqual(expect.arrayContaining(['ilse', 'varga']));
  });

  it('makes no claim of an attribution that says where it was said ("she said from the accident site.")', () => {
    // Two outlets print one wire sentence: its quote is their common statement, not who said it from where.
    const wire = '“We are using every means to reach them, but the carriages are hard to cut,” she said from the accident site.';
    const claims = groupClaims([mk('a', wire), mk('b', wire)]);
    expect(claims.map((c) => c.sourceIds.join())).toEqual(['a,b']);
    expect(claims[0]?.supports.map((q) => (q.clauses ?? [q.text]).join(' '))).toEqual([
      '“We are using every means to reach them, but the carriages are hard to cut,',
      '“We are using every means to reach them, but the carriages are hard to cut,',
    ]);
  });

  it('drops the speaker’s title after "said Name," as a clause of its own', () => {
    const sentences = scenario('quotes-of-one-official');
    const { units } = unitsOf(sentences);
    expect(units.some((u) => u.text.startsWith('the interior minister'))).toBe(false);
    expect(units.find((u) => u.text.includes('Roads to the valley'))?.speakers).toEqual(['ilse', 'varga']);
  });

  it('never makes one claim of one remark in the mouths of two people', () => {
    const sentences = scenario('one-remark-two-speakers');
    const graph = similarityGraph(sentences, unitsOf(sentences), 0.26, 100);
    const unit = (source: string) => graph.units.findIndex((u) => sentences[u.sentence]?.sourceId === source);
    expect(graph.sim(unit('a'), unit('b'))).toBeNull();
    expect(graph.sim(unit('a'), unit('c'))).toBeGreaterThan(0.26);
    expect(quoting(groupClaims(sentences), 'The search will continue')).toEqual(['a,c', 'b']);
  });

  it('groups a remark two outlets retell with a common word changed', () => {
    // "fix all the problems if we just make the time to talk with each other" / "… all the troubles …": common words only.
    expect(quoting(groupClaims(scenario('remark-retold')), 'fix all the')).toEqual(['a,b']);
  });
});
