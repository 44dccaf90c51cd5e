import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/model/types.ts';
import { anchorRelation } from '../../../src/claims/compare.ts';
import { anchorsOf } from '../../../src/claims/anchors.ts';
import { findDisagreements } from '../../../src/claims/conflicts.ts';
import { groupClaims, groupClaimsWithStats } from '../../../src/claims/group.ts';
import { similarityGraph, unitsOf } from '../../../src/claims/similar.ts';
import type { Anchors, Claim } from '../../../src/claims/types.ts';
import { scenario } from './fixture.ts';

/** One sentence of a source: the first of its text. */
const mk = (sourceId: string, text: string): Sentence => ({ id: 's-0', sourceId, block: 0, item: null, index: 0, text });
const claimWith = (claims: Claim[], sourceId: string, sentenceId = 's-0') =>
  claims.filter((c) => c.supports.some((q) => q.sourceId === sourceId && q.sentenceId === sentenceId));

describe('groupClaims', () => {
  it('groups restatements of one figure across sources and never mixes different figures', () => {
    const claims = groupClaims(scenario('trade'));
    const trade = claims.find((c) => c.anchors.amounts.some((a) => a.value === 45e9));
    expect(trade?.sourceIds).toEqual(['a', 'c', 'd']);
    expect(trade?.reportedBy).toBe(3);
    expect(trade?.of).toBe(4);
    for (const c of claims) {
      const values = new Set(c.anchors.amounts.filter((a) => a.unit === 'USD').map((a) => a.value));
      expect(values.size).toBeLessThanOrEqual(1);
    }
    expect(claimWith(claims, 'b').every((c) => c.sourceIds.join() === 'b')).toBe(true);
  });

  it('reads a spelled number as its digits: same numbers one claim, other numbers apart', () => {
    const claims = groupClaims(scenario('spelled-numbers'));
    const sourcesOf = (id: string) => claimWith(claims, 'a', id).map((c) => c.sourceIds.join());
    // "took two years" / "took 2 years" / "took five years"; "six hours instead of nine" / "6 … 9" / "6 … 8".
    expect(sourcesOf('s-0')).toEqual(['a,b']);
    expect(sourcesOf('s-1')).toEqual(['a,b']);
    expect(claimWith(claims, 'c').every((c) => c.sourceIds.join() === 'c')).toBe(true);
    // A quotation ending a sentence ends it: the next sentence is a claim of its own.
    expect(claims.find((c) => c.representative.text === 'The mayor praised the builders.')?.sourceIds).toEqual(['a']);
  });

  it('counts residents and people as one thing when the lexicon says so: one figure one claim, another apart', () => {
    const lexicon = { concepts: [{ id: 'residents', words: ['people', 'residents'] }] };
    const claims = groupClaims(scenario('counted'), { lexicon });
    expect(claimWith(claims, 'a').map((c) => c.sourceIds.join())).toEqual(['a,b']);
    expect(claimWith(claims, 'c').map((c) => c.sourceIds.join())).toEqual(['c']);
    const [a, c] = ['Some 13,200 residents were moved.', 'About 13,900 people fled.'].map(anchorsOf) as [Anchors, Anchors];
    expect(anchorRelation(a, c).veto).toBe(false);
    expect(anchorRelation(a, c, { unitKey: (u) => (u === 'resident' || u === 'peopl' ? '~residents' : u) }).veto).toBe(true);
  });

  it('lets one concept in other words count as a shared subject when the clauses name nobody, never when one names a place', () => {
    const lexicon = { concepts: [{ id: 'payments', words: ['currency', 'currencies', 'payment', 'payments'] }] };
    const similarity = (b: string, lex?: typeof lexicon) => {
      const sentences = [mk('a', 'A transition to national currencies is underway.'), mk('b', b), mk('c', 'The summit opened in Velm on Friday.')];
      const graph = similarityGraph(sentences, unitsOf(sentences, { lexicon: lex }), 0.26, 100);
      const unit = (source: string, words: RegExp) => graph.units.findIndex((u) => sentences[u.sentence]?.sourceId === source && words.test(u.text));
      return graph.sim(unit('a', /currencies/), unit('b', /payment/));
    };
    // One shared term is otherwise never enough; here it is the concept, and nothing named tells the subjects apart.
    expect(similarity('Leaders pledged to boost trade, and unify payment systems.', lexicon)).toBeGreaterThan(0);
    expect(similarity('Leaders pledged to boost trade, and unify payment systems.')).toBe(0);
    expect(similarity('Leaders pledged to boost trade, and unify payment systems with Ostria.', lexicon)).toBe(0);
  });

  it('counts houses and homes as one thing only where a figure counts them (a counted concept)', () => {
    const lexicon = { concepts: [{ id: 'dwellings', words: ['houses', 'homes'], counted: true }] };
    // The two counts agree only through the concept: at a stricter threshold, only it groups them.
    const strict = (lex?: typeof lexicon) => claimWith(groupClaims(scenario('dwellings'), { lexicon: lex, threshold: 0.4 }), 'a');
    expect(strict().map((c) => c.sourceIds.join())).toEqual(['a']);
    expect(strict(lexicon).map((c) => c.sourceIds.join())).toEqual(['a,b']);
    // "sending money home" and "publishing houses" share no term: the words alone are not mapped.
    const { units } = unitsOf(scenario('dwellings'), { lexicon });
    const terms = (needle: string) => units.find((u) => u.text.includes(needle))?.profile.terms ?? [];
    expect(terms('money home')).toContain('home');
    expect(terms('publishing houses').filter((t) => terms('money home').includes(t))).toEqual([]);
  });

  it('groups one count of one thing under two names ("1,450 emergency workers", "1,450 rescuers") through a counted concept', () => {
    const lexicon = { concepts: [{ id: 'crews', words: ['rescuers', 'workers'], counted: true }] };
    // Without it the two share only the figure, which "1,450 tents" shares too.
    expect(claimWith(groupClaims(scenario('crews')), 'a').map((c) => c.sourceIds.join())).toEqual(['a']);
    expect(claimWith(groupClaims(scenario('crews'), { lexicon }), 'a').map((c) => c.sourceIds.join())).toEqual(['a,b']);
    expect(claimWith(groupClaims(scenario('crews'), { lexicon }), 'c').map((c) => c.sourceIds.join())).toEqual(['c']);
  });

  it('keeps a figure that says nothing of what befell those it counts apart from one that does, when the figure is all they share ("carrying 62 people" / "62 dead")', () => {
    const lexicon = {
      concepts: [
        { id: 'residents', words: ['people', 'passengers'], counted: true },
        { id: 'dead', words: ['killed', 'dead'], contrast: 'casualties' },
        { id: 'injured', words: ['injured', 'wounded'], contrast: 'casualties' },
      ],
    };
    const claims = groupClaims(scenario('carried-or-killed'), { lexicon });
    expect(claimWith(claims, 'a').map((c) => c.sourceIds.join())).toEqual(['a']);
    // Tolls of one crash, however worded, remain one claim.
    expect(claimWith(claims, 'd').map((c) => c.sourceIds.join())).toEqual(['b,c,d']);
  });

  it('never groups two sentences for naming the same source ("…, the Velm Emergency Ministry said")', () => {
    const claims = groupClaims(scenario('attribution'));
    expect(claimWith(claims, 'a').map((c) => c.sourceIds.join())).toEqual(['a']);
    // The injured count is one fact, whoever is said to give it.
    expect(claimWith(claims, 'b').map((c) => c.sourceIds.join())).toEqual(['b,c']);
  });

  it('treats "over $12 billion" and "$12 billion" as one claim', () => {
    const [claim] = groupClaims(scenario('hedge'));
    expect(claim?.sourceIds).toEqual(['a', 'b']);
  });

  it('vetoes pairs whose anchors contradict, whatever the words', () => {
    const a = anchorsOf('Trade between Norland and Estovia reached $45 billion last year.');
    expect(anchorRelation(a, anchorsOf('Trade between Norland and Estovia reached $20 billion last year.')).veto).toBe(true);
    expect(anchorRelation(a, anchorsOf('Trade between Norland and Estovia surpassed $45bn last year.')).veto).toBe(false);
    expect(anchorRelation(anchorsOf('The second summit opened.'), anchorsOf('The fourth summit opened.')).veto).toBe(true);
    expect(anchorRelation(anchorsOf('A plan for 2025-2027.'), anchorsOf('A plan through 2027.')).veto).toBe(false);
    const line = anchorsOf('Aral Energy opened a 830-kilometre power line between Aktau and Atyrau on Monday.');
    expect(anchorRelation(line, anchorsOf('Aral Energy opened a 440-kilometre power line between Aktau and Atyrau on Monday.')).veto).toBe(true);
    expect(anchorRelation(line, anchorsOf('A new 830 km power line between Aktau and Atyrau opened on Monday.')).veto).toBe(false);
  });

  it('keeps a figure of history apart from the same figure a report gives without a year', () => {
    const sentences = [
      mk('a', 'In 2016, a similar flood killed 29 people in the Velm region.'),
      mk('b', 'A flood killed 29 people in the Velm region on Tuesday, officials said.'),
      mk('c', 'At least 29 people were killed when a flood hit the Velm region on Tuesday.'),
    ];
    const writtenOn = () => '2024-04-25';
    const sourcesOf = (claims: Claim[]) => claims.filter((c) => c.basis === 'similar').map((c) => c.sourceIds.join()).sort();
    expect(sourcesOf(groupClaims(sentences, { writtenOn }))).toEqual(['a', 'b,c']);
    // Without the report's date, 2016 could be this year: the figures agree.
    expect(sourcesOf(groupClaims(sentences))).toContain('a,b,c');
  });

  it('never takes a target for the level a dated sentence reports', () => {
    const goal = anchorsOf('The leaders set a goal of $40 billion in mutual trade by 2030.');
    expect(anchorRelation(goal, anchorsOf('Trade among the member states reached $40 billion last year.')).veto).toBe(true);
    expect(anchorRelation(goal, anchorsOf('Trade reached $40 billion in 2024.')).veto).toBe(true);
    // Another wording of the target, dated or not, is still the target.
    expect(anchorRelation(goal, anchorsOf('Trade should reach $40bn by 2030, Yaric said.')).veto).toBe(false);
    expect(anchorRelation(goal, anchorsOf('The goal is $40 billion in trade.')).veto).toBe(false);
    // A sentence giving both the target and the level may restate the level.
    const both = anchorsOf('The leaders set a goal of $16 billion by 2028; trade reached $23.1 billion last year.');
    expect(anchorRelation(both, anchorsOf('Trade among the member states reached $23.1 billion last year.')).veto).toBe(false);
  });

  it('lets a sentence with two facts support two claims, quoting the clause for each', () => {
    const claims = groupClaims(scenario('multi-fact'));
    const both = claimWith(claims, 'a').filter((c) => c.reportedBy > 1);
    expect(both.map((c) => c.sourceIds.join()).sort()).toEqual(['a,b', 'a,c']);
    for (const c of both) {
      const q = c.supports.find((x) => x.sourceId === 'a');
      expect(q?.clauses?.length).toBe(1);
      expect(q?.text).toContain(q?.clauses?.[0] ?? '∅');
    }
  });

  it('gives the rest of a grouped sentence its own single-source claim when it says more', () => {
    const claims = groupClaims(scenario('event'));
    const detail = claims.find((c) => c.basis === 'detail');
    expect(detail?.sourceIds).toEqual(['a']);
    expect(detail?.representative.text).toContain('three-day');
  });

  it('gives each quote of an event claim the values its sentence states, as written', () => {
    const events = groupClaims(scenario('event')).filter((c) => c.basis === 'event');
    expect(events.length).toBeGreaterThan(0);
    for (const c of events) {
      for (const q of c.supports) {
        expect(q.values?.length, q.text).toBeGreaterThan(0);
        for (const v of q.values ?? []) {
          expect(q.text).toContain(v);
          expect(c.facets.join(' ').toLowerCase()).toContain(v.toLowerCase());
        }
      }
    }
  });

  it('produces stable ids, verbatim quotes, sorted sources and hook data', () => {
    const sentences = scenario('trade');
    const topicsOf = (s: Sentence) => (/trade/i.test(s.text) ? ['trade'] : ['other']);
    const entitiesOf = (s: Sentence) => (/Norland/.test(s.text) ? ['place:norland'] : []);
    const first = groupClaims(sentences, { topicsOf, entitiesOf });
    const again = groupClaims([...sentences].reverse(), { topicsOf, entitiesOf });
    expect(new Set(first.map((c) => c.id))).toEqual(new Set(again.map((c) => c.id)));
    expect(new Set(first.map((c) => c.id)).size).toBe(first.length);
    for (const c of first) {
      expect(c.id).toMatch(/^c-[0-9a-f]{12}/);
      expect([...c.sourceIds].sort()).toEqual(c.sourceIds);
      expect(c.supports.some((q) => q.text === c.representative.text)).toBe(true);
      for (const q of c.supports) expect(sentences.find((s) => s.sourceId === q.sourceId && s.id === q.sentenceId)?.text).toBe(q.text);
    }
    const trade = first.find((c) => c.reportedBy === 3);
    expect(trade?.topics).toEqual(['trade']);
    expect(trade?.anchors.entities).toEqual(['place:norland']);
  });

  it('cites two sentences of one source when both state the claim', () => {
    const sentences: Sentence[] = [
      { id: 's-0', sourceId: 'x', block: 0, item: null, index: 0, text: 'The railway between Velm and Ostra will carry freight from 2026.' },
      { id: 's-1', sourceId: 'x', block: 1, item: null, index: 1, text: 'Freight trains on the new Velm–Ostra railway start running in 2026.' },
      { id: 's-0', sourceId: 'y', block: 0, item: null, index: 0, text: 'The Velm-Ostra railway will carry freight from 2026, officials said.' },
    ];
    const [claim] = groupClaimsWithStats(sentences).claims;
    expect(claim?.supports.map((q) => `${q.sourceId}/${q.sentenceId}`)).toEqual(['x/s-0', 'x/s-1', 'y/s-0']);
    expect(claim?.reportedBy).toBe(2);
  });
});

describe('findDisagreements', () => {
  it('flags different figures for the same quantity, with every source on its side', () => {
    const sentences = scenario('trade');
    const [d, ...rest] = findDisagreements(sentences, groupClaims(sentences));
    expect(rest).toEqual([]);
    expect(d?.kind).toBe('number');
    expect(d?.about).toContain('trade');
    // What is measured, in the first quote's words (names are not what a figure measures), and when.
    expect(d?.subject).toEqual({ words: ['trade'], phrase: 'Trade', time: 'last year' });
    expect(d?.sides.map((s) => [s.value, s.citations.map((q) => q.sourceId)])).toEqual([
      ['$45 billion', ['a', 'c', 'd']],
      ['$40 billion', ['b']],
    ]);
    // Every quote names the figure it gives, as written, within its own sentence.
    for (const q of d?.sides.flatMap((s) => s.citations) ?? []) expect(q.values?.length && q.values.every((v) => q.text.includes(v) && /\$4[05]/.test(v))).toBe(true);
    expect(d?.claimIds.length).toBeGreaterThanOrEqual(2);
  });

  it('does not flag hedges, other quantities or other years', () => {
    for (const name of ['hedge', 'different-quantity', 'different-year', 'multi-fact']) {
      const sentences = scenario(name);
      expect(findDisagreements(sentences, groupClaims(sentences))).toEqual([]);
    }
  });

  it('never sets one disaster\'s toll against another\'s when the lexicon tells them apart', () => {
    const sentences = [
      mk('a', 'A flood in the Velm region killed 110 people on Wednesday, officials said.'),
      mk('b', 'A flood in the Velm region killed 150 people on Wednesday, officials said.'),
      mk('c', 'A landslide in the Velm region killed 79 people on Wednesday, officials said.'),
    ];
    const lexicon = {
      concepts: [
        { id: 'flood', words: ['flood', 'flooding'], counted: true, contrast: 'hazards' },
        { id: 'landslide', words: ['landslide', 'mudslide'], counted: true, contrast: 'hazards' },
      ],
    };
    const values = (options: { lexicon?: typeof lexicon }) =>
      findDisagreements(sentences, groupClaims(sentences, options), options).map((d) => d.sides.map((x) => x.value).sort());
    expect(values({ lexicon })).toEqual([['110', '150']]);
    expect(values({})).toEqual([['110', '150', '79']]);
  });

  it('sets apart figures written to a step rounding cannot explain, and targets from levels reached', () => {
    const sentences = scenario('targets');
    const claims = groupClaims(sentences);
    // "$31.7 billion" and "$32.2bn" are within 3 % of each other, but both are written to 0.1 billion.
    expect(claims.some((c) => c.sourceIds.includes('a') && c.sourceIds.includes('b'))).toBe(false);
    const sides = findDisagreements(sentences, claims).map((d) => d.sides.map((s) => `${s.value}:${s.citations.map((q) => q.sourceId).join()}`).sort());
    expect(sides.sort()).toEqual([
      ['$31.7 billion:a', '$32.2bn:b'],
      ['$50 billion:c', '$60 billion:d'],
    ]);
  });

  it('never sets a figure years older than its report beside a count that names no year', () => {
    const sentences = scenario('history');
    const sides = (writtenOn?: (id: string) => string | null) =>
      findDisagreements(sentences, groupClaims(sentences), { writtenOn }).map((d) => d.sides.map((s) => s.value).sort());
    expect(sides(() => '2025-03-02')).toEqual([['12', '9']]);
    // Without dates of writing the 2014 toll cannot be told from today's.
    expect(sides()).toEqual([['12', '70', '9']]);
  });

  it('never sets the figures of two named subjects side by side, however alike their words', () => {
    const sentences = [
      mk('a', 'The town of Gankent lies 420 km from the border with Selland.'),
      mk('b', 'The town of Vopol lies 55 km from the border with Arova.'),
      mk('c', 'The town of Gankent lies 380 km from the border with Selland.'),
    ];
    const ds = findDisagreements(sentences, groupClaims(sentences));
    expect(ds.map((d) => d.sides.map((s) => s.value))).toEqual([['420 km', '380 km']]);
  });

  it('never sets a figure against another because one speaker reports both, nor a demand against an outcome', () => {
    // "the union said" is who said it, and the rise won is not the rise asked for; two demands still disagree.
    const sentences = [
      mk('a', 'Workers at the Velm plant got a pay rise of 10 percent, the union said.'),
      mk('b', 'The union had demanded a 26 percent increase.'),
      mk('c', 'Workers at the Velm plant got a pay rise of 7 percent, the union said.'),
      // Other demands make "demanded" a common word and "union" the rarer one the two would share.
      mk('d', 'Farmers had demanded 300 tractors.'),
      mk('e', 'Doctors had demanded 40 clinics.'),
      mk('f', 'Drivers had demanded 15 depots.'),
      mk('g', 'Workers had asked for 30 percent more pay.'),
      mk('h', 'The union had demanded a 30 percent increase.'),
    ];
    const ds = findDisagreements(sentences, groupClaims(sentences));
    expect(ds.map((d) => d.sides.map((s) => s.value).sort()).sort()).toEqual([['10 percent', '7 percent'], ['26 percent', '30 percent']]);
  });

  it('says what a disputed figure measures without who said it', () => {
    const sentences = [
      mk('a', 'Its capacity is 5 million tonnes a year, according to the operator.'),
      mk('b', 'Its capacity is 2 million tonnes a year, according to the operator.'),
    ];
    const [d, ...rest] = findDisagreements(sentences, groupClaims(sentences));
    expect(rest).toEqual([]);
    expect(d?.subject).toEqual({ words: ['capacity'], phrase: 'capacity', time: null });
  });

  it('never chains figures of other years or units into one disagreement through a figure that states neither', () => {
    const sentences = scenario('chained-figures');
    const ds = findDisagreements(sentences, groupClaims(sentences));
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) {
      const quotes = d.sides.flatMap((s) => s.citations.map((q) => q.text));
      expect(quotes.some((q) => q.includes('2022')) && quotes.some((q) => q.includes('2023')), d.about).toBe(false);
      expect(quotes.some((q) => q.includes('people')) && quotes.some((q) => q.includes('tonnes')), d.about).toBe(false);
    }
  });

  it('does not read the day a strike ended as the whole strike, and reads after 15 days as its length', () => {
    const sentences = scenario('strike-end-day');
    expect(anchorsOf(sentences[1]?.text ?? '').durations).toMatchObject([{ value: 15, unit: 'day', text: 'after 15 days' }]);
    expect(findDisagreements(sentences, groupClaims(sentences))).toEqual([]);
  });

  it('still sets two stated lengths of one strike side by side', () => {
    const sentences = scenario('strike-lengths');
    const [d, ...rest] = findDisagreements(sentences, groupClaims(sentences));
    expect(rest).toEqual([]);
    expect(d?.about).toBe('strike: length');
    expect(d?.sides.map((s) => [s.value, s.citations.map((q) => q.sourceId)])).toEqual([
      ['12-day', ['a']],
      ['after 10 days', ['b']],
    ]);
  });

  it('flags an event called multi-day by one source and dated to one day by others', () => {
    const sentences = scenario('event');
    const [d] = findDisagreements(sentences, groupClaims(sentences));
    expect(d?.kind).toBe('duration');
    expect(d?.about).toBe('conference: length');
    expect(d?.subject).toEqual({ event: 'conference', aspect: 'length' });
    expect(d?.sides.map((s) => s.value)).toEqual(['three-day', 'a single day: Tuesday']);
    expect(d?.sides[0]?.citations.map((q) => q.sourceId)).toEqual(['a']);
    expect(d?.sides[1]?.citations.map((q) => q.sourceId)).toEqual(['b', 'c']);
    expect(d?.note).toBeTruthy();
    // Each quote carries the value as its sentence writes it, for the page to mark.
    expect(d?.sides.map((s) => s.citations.map((q) => q.values))).toEqual([[['three-day']], [['Tuesday'], ['Tuesday']]]);
    for (const q of d?.sides.flatMap((s) => s.citations) ?? []) for (const v of q.values ?? []) expect(q.text).toContain(v);
  });

  it('flags different lengths and different weekdays of one event', () => {
    const lengths = scenario('lengths');
    expect(findDisagreements(lengths, groupClaims(lengths)).map((d) => [d.kind, d.about, d.sides.map((s) => s.value)])).toEqual([
      ['duration', 'talks: length', ['two-day', 'three-day']],
    ]);
    const days = scenario('weekdays');
    expect(findDisagreements(days, groupClaims(days)).map((d) => [d.kind, d.about, d.sides.map((s) => s.value)])).toEqual([
      ['weekday', 'meeting: day', ['Monday', 'Tuesday']],
    ]);
  });

  it('compares resolved dates from the datesOf hook, a date agreeing with its own weekday', () => {
    const a = mk('a', 'On Thursday, leaders of Norland and Estovia opened the summit in Velm.');
    const b = mk('b', 'The Norland-Estovia summit in Velm took place on 9 October.');
    const c = mk('c', 'Leaders of Norland and Estovia met at the summit in Velm on 10 October.');
    const dates: Record<string, string[]> = { b: ['2025-10-09'], c: ['2025-10-10'] };
    const datesOf = (s: Sentence) => dates[s.sourceId] ?? [];
    const agree = [a, b];
    expect(findDisagreements(agree, groupClaims(agree, { datesOf }), { datesOf })).toEqual([]);
    const all = [a, b, c];
    const found = findDisagreements(all, groupClaims(all, { datesOf }), { datesOf });
    // The sides read as dates in words; each quote still marks the date as its sentence writes it.
    expect(found.map((d) => [d.kind, d.about, d.sides.map((s) => s.value)])).toEqual([['date', 'summit: day', ['9 October 2025', '10 October 2025']]]);
    expect(found[0]?.sides.map((s) => s.citations[0]?.values)).toEqual([['9 October'], ['10 October']]);
  });
});

describe('groupClaims on a sentence every report repeats', () => {
  // Fourteen flood reports whose every sentence uses the same few words; three repeat one sentence verbatim, two give other tolls.
  const places = ['Arden', 'Belmo', 'Corva', 'Dessa', 'Elmar', 'Farro', 'Gesta', 'Holm', 'Istra', 'Jorva', 'Kelda', 'Lurra', 'Mosva', 'Norra'];
  const sentences: Sentence[] = places.flatMap((place, k) => {
    const sourceId = String.fromCharCode(97 + k);
    const texts = [
      `Heavy rain fell on ${place} before the river flood reached the town.`,
      `The flood in ${place} followed heavy rain on the river, officials said.`,
      ...(k < 3 ? ['Heavy rain had fallen before the river flood reached the town.'] : []),
      ...(k === 3 ? ['The river flood toll rose to 9, officials said.'] : k === 4 ? ['The river flood toll rose to 11, officials said.'] : []),
    ];
    return texts.map((text, index) => ({ id: `s-${index}`, sourceId, block: 0, item: null, index, text }));
  });
  // A small blocking limit stands in for a corpus of thousands: no word of the repeat is a rare term.
  const claims = groupClaims(sentences, { maxBlock: 6 });

  it('cites every source that repeats it, though none of its words is rare', () => {
    const repeat = claims.find((c) => c.representative.text.startsWith('Heavy rain had fallen'));
    expect(repeat?.sourceIds).toEqual(['a', 'b', 'c']);
  });

  it('keeps a repeat with other numbers apart', () => {
    const toll = claims.filter((c) => c.supports.some((q) => q.text.includes('toll')));
    expect(toll.map((c) => c.sourceIds)).toEqual([['d'], ['e']]);
  });
});
