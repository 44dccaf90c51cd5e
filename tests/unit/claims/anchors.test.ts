import { describe, expect, it } from 'vitest';
import { anchorsOf } from '../../../src/claims/anchors.ts';
import { anchorRelation } from '../../../src/claims/compare.ts';
import { bareNumbers, figuresConflict, numbersApart, sameFigure, writtenStep } from '../../../src/claims/numbers.ts';
import { isAttribution, segmentsOf, withoutAttribution } from '../../../src/claims/segments.ts';
import { contentWords, stem, type Token } from '../../../src/claims/text.ts';
import type { Amount } from '../../../src/claims/types.ts';

const amount = (text: string) => anchorsOf(text).amounts.map((a) => [a.value, a.unit, a.qualifier]);

describe('amounts', () => {
  it('applies scale and currency, in words or glued', () => {
    expect(amount('Trade reached $45 billion.')).toEqual([[45e9, 'USD', 'exact']]);
    expect(amount('Trade reached $45bn.')).toEqual([[45e9, 'USD', 'exact']]);
    expect(amount('Trade hit 45bn last year.')).toEqual([[45e9, null, 'exact']]);
    expect(amount('Aid of 5 billion dollars and €1.2bn.')).toEqual([[5e9, 'USD', 'exact'], [1.2e9, 'EUR', 'exact']]);
  });
  it('reads hedges as qualifiers', () => {
    expect(amount('It allocated more than $33 million.')).toEqual([[33e6, 'USD', 'over']]);
    expect(amount('Trade exceeded $45 billion.')).toEqual([[45e9, 'USD', 'over']]);
    expect(amount('There are around 25,000 companies.')).toEqual([[25000, 'company', 'about']]);
    expect(amount('Up to $3 million was lost.')).toEqual([[3e6, 'USD', 'under']]);
  });
  it('counts need the counted noun; years and bare numbers are not amounts', () => {
    expect(amount('In 2024 the plan grew.')).toEqual([]);
    expect(amount('He met 3 of them.')).toEqual([]);
    expect(amount('Some 1,200 troops left.')).toEqual([[1200, 'troop', 'about']]);
  });
  it('finds the counted noun after a modifier or two, not past a verb or a stop word', () => {
    expect(amount('The ministry said 1,500 emergency workers had been deployed.')).toEqual([[1500, 'worker', 'exact']]);
    expect(amount('About 3,500 local residents were moved.')).toEqual([[3500, 'resident', 'about']]);
    expect(amount('Officials said 300 were hurt.')).toEqual([]);
    expect(amount('It lasted 12 days.')).toEqual([]);
    expect(amount('The ministry said the new line rose to 9, then fell.')).toEqual([]);
  });
  it('reads a toll or a number of dead or injured as a count of people', () => {
    expect(amount('The toll rose to 9, the ministry said.')).toEqual([[9, 'peopl', 'exact']]);
    expect(amount('The death toll from the flood that struck Tarn on 28 February 2025 climbed to about 40.')).toEqual([[40, 'peopl', 'about']]);
    expect(amount('The ministry put the number of injured at 236.')).toEqual([[236, 'peopl', 'exact']]);
    expect(amount('The toll road to Velm cost 12 to build.')).toEqual([]);
    // So "rose to 96" and "killed 55 people" are two figures of one kind: never one claim.
    const toll = anchorsOf('The death toll from the quake rose to 96, the ministry said.');
    expect(anchorRelation(toll, anchorsOf('The quake killed 55 people, officials said.')).veto).toBe(true);
    expect(anchorRelation(toll, anchorsOf('Officials said 96 people died in the quake.')).veto).toBe(false);
  });
  it('reads units of measure, spelt out, abbreviated or hyphenated, as the figure’s unit', () => {
    expect(amount('The line runs 597 km to the border.')).toEqual([[597, 'km', 'exact']]);
    expect(amount('They opened a 830-kilometre power line.')).toEqual([[830, 'km', 'exact']]);
    expect(amount('It will carry about 40 million tonnes a year.')).toEqual([[40e6, 't', 'about']]);
    expect(amount('The dam adds 1.2 GW and floods 3,000 square kilometres.')).toEqual([[1.2, 'GW', 'exact'], [3000, 'km2', 'exact']]);
    expect(anchorsOf('They opened a 830-kilometre power line.').amounts[0]?.text).toBe('830-kilometre');
    expect(anchorsOf('The line runs 597 km to the border.').amounts[0]?.context).not.toContain('km');
  });
  it('reads a magnitude written before or after its value as one measure ("magnitude-6.6", "a 6.6-magnitude quake", "a magnitude of 6.6")', () => {
    for (const text of ['The quake was magnitude-6.6, the centre said.', 'It was a 6.6-magnitude quake.', 'A magnitude 6.6 quake struck.', 'The quake had a magnitude of 6.6.']) {
      expect(amount(text), text).toEqual([[6.6, 'magnitude', 'exact']]);
    }
    expect(anchorsOf('The quake had a magnitude of 6.6.').amounts[0]?.text).toBe('magnitude of 6.6');
    // Named earlier in the clause: only a value a magnitude can take, and never a count.
    expect(amount('The USGS measured the magnitude of the initial quake as 5.9.')).toEqual([[5.9, 'magnitude', 'exact']]);
    expect(anchorsOf('The USGS measured the magnitude of the initial quake as 5.9.').amounts[0]?.text).toBe('5.9');
    expect(amount('The magnitude of the damage was 300 homes.')).toEqual([[300, stem('homes'), 'exact']]);
    expect(amount('The magnitude of the disaster came to 40 in the end.')).toEqual([]);
    // So two magnitudes of one quake are two figures to compare, not bare numbers.
    expect(anchorRelation(anchorsOf('A magnitude 6.6 quake struck Velm.'), anchorsOf('A 6.8-magnitude quake struck Velm.')).veto).toBe(true);
    expect(anchorsOf('A magnitude 6.6 quake struck Velm.').bare).toEqual([]);
  });
  it('keeps the words around a figure as its context', () => {
    const [a] = anchorsOf('Russia’s cumulative investment in the region has surpassed $20 billion.').amounts;
    expect(a?.context).toContain(stem('investment'));
  });
  it('"over $45 billion" and "$45 billion" are the same figure; $45bn and $40bn conflict', () => {
    expect(sameFigure({ value: 45e9, unit: 'USD' }, { value: 45e9, unit: null })).toBe(true);
    expect(figuresConflict({ value: 45e9, qualifier: 'over' }, { value: 45e9, qualifier: 'exact' })).toBe(false);
    expect(figuresConflict({ value: 45e9, qualifier: 'exact' }, { value: 40e9, qualifier: 'exact' })).toBe(true);
    expect(figuresConflict({ value: 40e9, qualifier: 'over' }, { value: 45e9, qualifier: 'exact' })).toBe(false);
  });
  it('reads the step a figure is written to, and never calls figures one that differ by a step of it', () => {
    const fig = (t: string) => anchorsOf(t).amounts[0] as Amount;
    expect(writtenStep(32.2e9, '$32.2bn')).toBeCloseTo(0.1e9);
    expect(writtenStep(3500, '3,500')).toBe(100);
    expect(writtenStep(45e9, '$45 billion')).toBe(1e9);
    expect(sameFigure(fig('Trade reached $31.7 billion.'), fig('Trade reached $32.2bn.'))).toBe(false);
    expect(sameFigure(fig('Trade reached $45 billion.'), fig('Trade reached $46bn.'))).toBe(false);
    expect(sameFigure(fig('Trade reached $45 billion.'), fig('Trade reached $45.4bn.'))).toBe(true);
    expect(sameFigure(fig('Some 3,500 people fled.'), fig('In all 3,512 people fled.'))).toBe(true);
  });
});

describe('time anchors', () => {
  it('finds years, ranges and deadlines', () => {
    const years = (t: string) => anchorsOf(t).years.map((y) => [y.from, y.to]);
    expect(years('A plan for 2025-2027 was adopted.')).toEqual([[2025, 2027]]);
    expect(years('A plan for 2025–27.')).toEqual([[2025, 2027]]);
    expect(years('Cooperation through 2027.')).toEqual([[null, 2027]]);
    expect(years('From 2025 to 2030, and in 2024, growth was 4.5%.')).toEqual([[2025, 2030], [2024, 2024]]);
  });
  it('finds weekdays, calendar days, relative years', () => {
    const a = anchorsOf('On Thursday, 9 October 2025, leaders met; trade rose last year.');
    expect(a.weekdays).toEqual(['thursday']);
    expect(a.days).toEqual(['2025-10-09']);
    expect(a.relative).toContain('last-year');
    expect(anchorsOf('It was founded a decade ago.').relative).toEqual(['decade-ago']);
    expect(anchorsOf('Talks are set for Oct. 9.').days).toEqual(['--10-09']);
  });
  it('reads nothing from a wire dateline: its day is when the story was filed', () => {
    const wire = anchorsOf('GANKENT, Jul 25 (Lismun Press) - Lena Varga opened a 350-kilometre railway on Wednesday.');
    expect(wire.days).toEqual([]);
    expect(wire.words).not.toContain('press');
    expect(anchorRelation(wire, anchorsOf('Lena Varga opened a 350-kilometre railway on 24 July.')).veto).toBe(false);
    expect(anchorsOf('Lena Varga opened the railway on Jul 25 (a Wednesday).').days).toEqual(['--07-25']);
  });
  it('finds lengths of time', () => {
    const d = (t: string) => anchorsOf(t).durations.map((x) => [x.value, x.unit]);
    expect(d('The two-day event ended.')).toEqual([[2, 'day']]);
    expect(d('A 48-hour visit began.')).toEqual([[48, 'hour']]);
    expect(d('The talks lasted three days.')).toEqual([[3, 'day']]);
    expect(d('A multi-year action plan.')).toEqual([[null, 'year']]);
    expect(d('Growth over the past year.')).toEqual([]);
  });
  it('reads editions of events', () => {
    expect(anchorsOf('He attended the second Russia-Central Asia summit.').editions).toEqual(['2 summit']);
    expect(anchorsOf('For the first time, the summit met.').editions).toEqual([]);
  });
});

describe('words', () => {
  it('folds accents and stems inflections and derivations together', () => {
    expect(stem('communiqué')).toBe(stem('communique'));
    expect(contentWords('A Joint Communiqué was adopted')).toEqual(contentWords('the joint communique adoption'));
    expect(new Set(['trade', 'trading', 'traded'].map(stem)).size).toBe(1);
    expect(new Set(['investment', 'investor', 'invested'].map(stem)).size).toBe(1);
    expect(new Set(['unify', 'unifying', 'unified'].map(stem)).size).toBe(1);
  });
  it('drops stop-words, numbers and figure words', () => {
    expect(contentWords('He said that trade of $45 billion was reached')).toEqual(['trad', 'reach']);
    // A spelled number is a number too: "took two years" and "took 2 years" have the same words.
    expect(contentWords('Construction took two years')).toEqual(contentWords('Construction took 2 years'));
    expect(contentWords('Hundreds of people came')).toContain('hundr');
  });
});

describe('clause segments', () => {
  it('cuts at commas and coordinated noun phrases but keeps figures and tiny pieces together', () => {
    // As the corpus would say: "plan", "joint", "actions" also occur in lower case, so they are words, not names.
    const names = (t: Token) => t.capital && !['plan', 'joint', 'actions', 'communique'].includes(t.lower);
    const text = 'The summit resulted in a Joint Communiqué and a Plan of Joint Actions for 2025-2027, outlining a common direction.';
    expect(segmentsOf(text, names).map((s) => s.text)).toEqual(['The summit resulted in a Joint Communiqué', 'and a Plan of Joint Actions for 2025-2027,', 'outlining a common direction.']);
    // Without that knowledge a title-case piece looks like a bare name and stays glued to its neighbour.
    expect(segmentsOf(text)).toHaveLength(2);
    expect(segmentsOf('Speaking in Dushanbe, the Tajik capital, he said trade grew.').map((s) => s.text)).toEqual(['Speaking in Dushanbe, the Tajik capital,', 'he said trade grew.']);
    expect(segmentsOf('Around 25,000 companies operate, Vladimir Putin said.').map((s) => s.text)).toEqual(['Around 25,000 companies operate, Vladimir Putin said.']);
  });
  it('cuts an example list after including or such as into its items', () => {
    const text = 'Ministers discussed farming, including new irrigation canals and cheaper fertiliser imports from abroad.';
    expect(segmentsOf(text).map((s) => s.text)).toEqual(['Ministers discussed farming,', 'including new irrigation canals', 'and cheaper fertiliser imports from abroad.']);
    // An item too short to stand alone stays glued to its neighbour.
    expect(segmentsOf('Talks covered transport, such as rail and roads.').map((s) => s.text)).toEqual(['Talks covered transport, such as rail and roads.']);
  });
  it('tells a clause that only says who said it from one that says something', () => {
    expect(isAttribution('the Velm Emergency Ministry said.')).toBe(true);
    expect(isAttribution('according to a preliminary count.')).toBe(true);
    expect(isAttribution('the minister told reporters on Monday.')).toBe(true);
    expect(isAttribution('said people were waiting for more details.')).toBe(false);
    expect(isAttribution('officials said the bridge would reopen.')).toBe(false);
    expect(isAttribution('the Velm Emergency Ministry said in a statement.')).toBe(true);
    expect(isAttribution('the minister told reporters at a news conference.')).toBe(true);
    expect(isAttribution('Ilse Varga (a director general of police) told a freelancer.')).toBe(true);
    expect(isAttribution('a police officer told state media.')).toBe(true);
    expect(isAttribution('officials told reporters 40 people had died.')).toBe(false);
    expect(isAttribution('officials said on Tuesday that the bridge would reopen.')).toBe(false);
    expect(isAttribution('officials said on Tuesday 40 people had died.')).toBe(false);
    expect(isAttribution('a deal said to be worth millions.')).toBe(false);
  });
  it('takes a closing attribution off a clause, and nothing else', () => {
    expect(withoutAttribution('A strike ended with a pay rise of 10 percent, the union said.')).toBe('A strike ended with a pay rise of 10 percent');
    expect(withoutAttribution('The toll rose to 57, according to the ministry.')).toBe('The toll rose to 57');
    expect(withoutAttribution('The toll rose to 57, the ministry said in a statement.')).toBe('The toll rose to 57');
    expect(withoutAttribution('The ministry said 900 emergency workers had been deployed.')).toBe('The ministry said 900 emergency workers had been deployed.');
    expect(withoutAttribution('Trade rose, officials said the bridge would reopen.')).toBe('Trade rose, officials said the bridge would reopen.');
  });
  it('returns verbatim substrings with offsets', () => {
    const text = 'On Thursday, “leaders agreed” on new corridors — and a customs deal.';
    for (const s of segmentsOf(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('bare numbers', () => {
  const bare = (t: string) => bareNumbers(t, anchorsOf(t));
  it('keeps numbers that are neither a figure nor a date', () => {
    expect(bare('The water from the dam that burst near Tarn on 28 February 2025 rose to 9, the ministry said.')).toEqual(['9']);
    expect(bare('TARN, Mar 2 (Wire) - The quake had a rating of 7.2.')).toEqual(['7.2']);
    expect(bare('Some 1,350 rescuers and $4.2bn in aid arrived on May 3 at 10:30.')).toEqual([]);
  });
  it('sets apart two texts that each give some, unless one gives only numbers the other gives', () => {
    expect(numbersApart(['9'], ['11'])).toBe(true);
    expect(numbersApart(['9'], ['9', '3'])).toBe(false);
    expect(numbersApart([], ['11'])).toBe(false);
    expect(numbersApart(['6', '9'], ['6', '8'])).toBe(true);
  });
  it('reads spelled numbers as digits, and a length of time as no bare number', () => {
    expect(bare('The journey will take six hours instead of nine.')).toEqual(['9']);
    expect(bare('The journey will take 6 hours instead of 9.')).toEqual(['9']);
    expect(bare('They counted twenty-five of them; dozens of people left.')).toEqual(['25']);
    expect(bare('Construction by Obris Steel took five years.')).toEqual([]);
    expect(anchorsOf('Construction by Obris Steel took five years.').durations.map((d) => d.value)).toEqual([5]);
  });
});

describe('spelled figures', () => {
  const figures = (text: string) => anchorsOf(text).amounts.map((a) => [a.value, a.unit, a.text]);
  it('reads a spelled count or measure as the figure written in digits', () => {
    expect(figures('Eight candidates were on the ballot.')).toEqual(figures('8 candidates were on the ballot.').map(([v, u]) => [v, u, 'Eight']));
    expect(figures('Twenty-five homes and one school stood.')).toEqual([[25, stem('homes'), 'Twenty-five']]);
    expect(figures('The road is four kilometres long.')).toEqual([[4, 'km', 'four kilometres']]);
    expect(anchorsOf('Twenty-five homes and one school stood.').bare).toEqual([]);
  });
  it('leaves lengths of time, shares and lone number words alone', () => {
    expect(figures('Construction took four years.')).toEqual([]);
    expect(figures('Two of them were hurt, and one of the leaders left.')).toEqual([]);
    expect(figures('Nine percent of voters stayed home.')).toEqual([]);
  });
});

describe('bare numbers beside a figure', () => {
  it('drops every whole occurrence of a figure, never digits of another number', () => {
    const t = 'At least 27 people were killed in 2027 and 127 homes, and the toll rose to 27 on 14 April.';
    expect(bareNumbers(t, anchorsOf(t))).toEqual([]);
    const u = 'On 14 April some 14 people died; 3 more later.';
    expect(bareNumbers(u, anchorsOf(u))).toEqual(['3']);
  });
});
