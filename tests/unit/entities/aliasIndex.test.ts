import { describe, expect, it } from 'vitest';
import { compileGazetteer, matchAliases } from '../../../src/entities/aliasIndex.ts';
import { parseGazetteer } from '../../../src/entities/loadGazetteer.ts';

const gaz = parseGazetteer(`
ignore: [President]
entries:
  - { id: russia, name: Russia, type: place, demonyms: [Russian] }
  - { id: asia, name: Asia, type: place, demonyms: [Asian] }
  - { id: central-asia, name: Central Asia, type: place, demonyms: [Central Asian] }
  - { id: un, name: United Nations, type: organization, aliases: [UN] }
  - { id: putin, name: Vladimir Putin, type: person, aliases: [Putin, President Putin] }
  - { id: news-az, name: News.Az, type: organization }
  - { id: bri, name: Belt and Road Initiative, type: organization }
`);
const index = compileGazetteer(gaz);
const hits = (text: string) => matchAliases(text, index).map((m) => `${m.entry?.id ?? '-'}${m.blocking ? '(blocked)' : ''}=${m.text}@${m.start}`);

describe('matchAliases', () => {
  it('prefers the longest name and respects word boundaries', () => {
    expect(hits('Central Asia and Asia, not Asiatic')).toEqual(['central-asia=Central Asia@0', 'asia=Asia@17']);
    expect(hits('the Belt and Road Initiative')).toEqual(['bri=Belt and Road Initiative@4']);
  });

  it('reads possessives with straight and curly apostrophes as the name', () => {
    expect(hits("Russia's and Russia’s")).toEqual(['russia=Russia@0', 'russia=Russia@13']);
    expect(hits('Putin’s plan')).toEqual(['putin=Putin@0']);
  });

  it('treats hyphens like spaces between names', () => {
    expect(hits('the Russia‑Central Asia summit')).toEqual(['russia=Russia@4', 'central-asia=Central Asia@11']);
  });

  it('matches aliases onto one entry, titles included when listed', () => {
    expect(hits('President Putin met President Vladimir Putin')).toEqual([
      'putin=President Putin@0',
      '-(blocked)=President@20',
      'putin=Vladimir Putin@30',
    ]);
  });

  it('requires capitals where the name has them, exact capitals for acronyms', () => {
    expect(hits('russia, un, Un, UN, RUSSIA')).toEqual(['un=UN@16', 'russia=RUSSIA@20']);
  });

  it('recognises demonyms only to block them', () => {
    expect(hits('Russian and Central Asian firms')).toEqual(['russia(blocked)=Russian@0', 'central-asia(blocked)=Central Asian@12']);
  });

  it('keeps dots inside names', () => {
    expect(hits('News.Az reports, News Az no')).toEqual(['news-az=News.Az@0']);
  });
});
