import { describe, expect, it } from 'vitest';
import { compromiseNer, memoNer } from '../../../src/entities/ner.ts';
import type { NerSpan } from '../../../src/entities/types.ts';

const spans = (text: string) => compromiseNer(text).map((s) => `${s.type ?? '?'}${s.weak ? '~' : ''}:${s.text}`);

describe('compromiseNer', () => {
  it('strips titles and punctuation, splits lists, and keeps offsets verbatim', () => {
    const text = 'President Vladimir Putin met leaders of Kazakhstan, Uzbekistan and Kyrgyzstan.';
    const found = compromiseNer(text);
    expect(found.map((s) => s.text)).toEqual(['Vladimir Putin', 'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan']);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(found[0]!.type).toBe('person');
    expect(found[1]!.type).toBe('place');
  });

  it('drops possessives, months, weekdays and lone demonyms', () => {
    expect(spans('In March, the Afghan delegation met Russia’s envoy on Monday.')).toEqual(['place:Russia']);
  });

  it('reads a capitals word after a clock time as its time zone, not an organisation', () => {
    expect(spans('The quake struck at 7:45 a.m. (2345 GMT Sunday), or 7:45 p.m. ET on Sunday, the USGS said.')).toEqual(['organization:USGS']);
  });

  it('splits a place and a person at the title between them, even when the tagger does not know the name', () => {
    expect(spans('Velm County Sheriff Kory Honea said the list was long.')).toEqual(['place:Velm County', 'person:Kory Honea']);
    expect(spans('said Velm County Sheriff-Coroner Kory Honea.')).toEqual(['place:Velm County', 'person:Kory Honea']);
    // A title word before one capitalised word is part of a name.
    expect(spans('The General Assembly met in Velm.').some((x) => x.includes('General Assembly'))).toBe(true);
  });

  it('makes a lone capitalised first word weak (needs corroboration), keeps known first names', () => {
    expect(spans('Strengthening ties matters.')).toEqual(['?~:Strengthening']);
    expect(spans('Bawumia conceded on Sunday.')).toEqual(['?~:Bawumia']);
    expect(spans('Maria Lopez said so.')).toEqual(['person:Maria Lopez']);
  });

  it('types unknown names by cues: acronyms, organisation words, titles, "said", coordination', () => {
    expect(spans('Observers from ECOWAS and the New Patriotic Party came.')).toEqual(['?~:Observers', 'organization:ECOWAS', 'organization:New Patriotic Party']);
    expect(spans('It was led by Vice President Mahamudu Bawumia of the party.')).toEqual(['person:Mahamudu Bawumia']);
    expect(spans('The vote in Accra and Kumasi was calm.')).toEqual(['place:Accra', 'place:Kumasi']);
    expect(spans('The shipping company Hapag-Lloyd diverted ships.')).toEqual(['organization:Hapag-Lloyd']);
  });

  it('treats a domain-shaped name as an outlet', () => {
    expect(spans('News.Az reports it.')).toEqual(['organization:News.Az']);
  });

  it('makes every run of a headline-style line weak', () => {
    expect(compromiseNer('Leader Urges Central Banks to Step up Trade With Neighbours').every((s) => s.weak)).toBe(true);
  });
});

describe('memoNer', () => {
  it('calls the wrapped function once per distinct sentence text', () => {
    let calls = 0;
    const fn = memoNer((text): NerSpan[] => {
      calls++;
      return [{ text, start: 0, end: text.length, type: 'place', weak: false }];
    });
    fn('Oslo');
    fn('Oslo');
    fn('Bergen');
    expect(calls).toBe(2);
  });
});
