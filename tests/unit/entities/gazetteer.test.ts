import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/gold.ts';
import { loadGazetteer, parseGazetteer } from '../../../src/entities/loadGazetteer.ts';
import { SourceInputError } from '../../../src/model/errors.ts';

describe('content/gazetteer.yaml', () => {
  it('validates and has people, places and organisations with the aliases the brief names', () => {
    const gaz = loadGazetteer(ROOT);
    const byName = new Map(gaz.entries.map((e) => [e.name, e]));
    expect(byName.get('Vladimir Putin')?.aliases).toEqual(expect.arrayContaining(['Putin', 'President Putin', 'Vladimir Vladimirovich Putin']));
    expect(byName.get('Emomali Rahmon')?.aliases).toEqual(expect.arrayContaining(['Rahmon', 'Rakhmon', 'Emomali Rakhmon']));
    expect(byName.get('Kyrgyzstan')?.aliases).toContain('Kyrgyz Republic');
    expect(byName.get('International Atomic Energy Agency')?.aliases).toContain('IAEA');
    for (const type of ['person', 'place', 'organization']) expect(gaz.entries.some((e) => e.type === type)).toBe(true);
    for (const n of ['Central Asia', 'United Nations', 'European Union', 'Belt and Road Initiative', 'Shanghai Cooperation Organisation', 'Collective Security Treaty Organization', 'NATO']) {
      expect(byName.has(n), n).toBe(true);
    }
  });
});

describe('parseGazetteer errors', () => {
  const bad = (yaml: string) => {
    try {
      parseGazetteer(yaml, 'content/gazetteer.yaml');
    } catch (err) {
      expect(err).toBeInstanceOf(SourceInputError);
      return (err as Error).message;
    }
    throw new Error('expected an error');
  };

  it('names the file and the entry', () => {
    const msg = bad('entries:\n  - {id: a, name: A, type: place}\n  - {id: b, name: B, type: city}\n');
    expect(msg).toMatch(/^content\/gazetteer\.yaml: entry entries\[1\] \(id "b"\) → type: /);
  });

  it('rejects duplicate ids and a name claimed by two entries', () => {
    expect(bad('entries:\n  - {id: a, name: A, type: place}\n  - {id: a, name: B, type: place}\n')).toContain('duplicate id "a"');
    expect(bad('entries:\n  - {id: a, name: Georgia, type: place}\n  - {id: b, name: B, type: place, aliases: [Georgia]}\n')).toContain(
      '"Georgia" is already a name, alias or demonym of "a"',
    );
  });

  it('applies defaults', () => {
    const gaz = parseGazetteer('entries:\n  - {id: a, name: A, type: place}\n');
    expect(gaz.ignore).toEqual([]);
    expect(gaz.entries[0]).toEqual({ id: 'a', name: 'A', type: 'place', aliases: [], demonyms: [] });
  });
});
