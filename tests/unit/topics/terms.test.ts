import { describe, expect, it } from 'vitest';
import { parseTaxonomy } from '../../../src/topics/loadTaxonomy.ts';
import { compileTaxonomy, matchTerms } from '../../../src/topics/terms.ts';

const tax = parseTaxonomy(`
topics:
  - id: energy
    label: Energy
    terms: [energy, power plant*, power, hydroelectric*, river]
  - id: sanctions
    label: Sanctions
    terms: [sanction*]
  - id: trade
    label: Trade
    terms: [import, trade turnover, cross-border trade]
  - id: diplomacy
    label: Diplomacy
    terms: [communiqu*, policy]
`);
const index = compileTaxonomy(tax);
const terms = (text: string) => matchTerms(text, index).map((m) => `${m.topicId}:${m.term}=${m.text}`);

describe('matchTerms', () => {
  it('matches whole words only, case-insensitively', () => {
    expect(terms('ENERGY and Energetic people')).toEqual(['energy:energy=ENERGY']);
    expect(terms('The importance of imports')).toEqual(["trade:import=imports"]);
  });

  it('handles prefixes (stems) and regular plurals of plain words', () => {
    expect(terms('Sanctions, sanctioned firms and rivers')).toEqual([
      'sanctions:sanction*=Sanctions',
      'sanctions:sanction*=sanctioned',
      'energy:river=rivers',
    ]);
    expect(terms('new policies')).toEqual(['diplomacy:policy=policies']);
  });

  it('ignores accents and lets hyphens and spaces join phrase words', () => {
    expect(terms('a joint Communiqué on cross border trade')).toEqual([
      'diplomacy:communiqu*=Communiqué',
      'trade:cross-border trade=cross border trade',
    ]);
  });

  it('prefers the longest term of a topic so a phrase counts once', () => {
    expect(terms('new hydroelectric power plants')).toEqual([
      'energy:hydroelectric*=hydroelectric',
      'energy:power plant*=power plants',
    ]);
  });

  it('does not join phrase words across punctuation', () => {
    expect(terms('trade, turnover')).toEqual([]);
  });
});
