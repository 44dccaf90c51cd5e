/**
 * Two invented, undated reports of one earthquake, written the way two wire
 * rewrites are: one says "U.S. Geological Survey", the other "USGS"; each has
 * a clock time with its time zone; one dates a statement ("state media said
 * Tuesday"), not the quake; they share half their names and the same two
 * magnitudes. Shapes found on real coverage of another event than the seeds.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { SEEDS_DIR } from '../../helpers/gold.ts';
import { tempSources } from '../../helpers/temp-sources.ts';

const tmp = tempSources('two-quake-reports-', {
  'a.txt': [
    'Death toll from quake in northern Norland rises to 75',
    "Norland says the death toll from a shallow earthquake in the country's north has risen to 75.",
    'The quake struck a hilly farming area early Monday near the town of Vessa in Kard province, about 60 kilometres from the provincial capital, Tarsk.',
    'The Norland Earthquake Agency said another 459 people were injured.',
    'The agency said the main quake at 7:45 a.m. (2345 GMT Sunday) was magnitude 6.6, and later tremors reached magnitude 5.6.',
    'The U.S. Geological Survey put the magnitude of the main quake at 5.9 and its depth at 10 kilometres.',
  ],
  'b.txt': [
    'Quake toll climbs to 89 in northern Norland',
    'The death toll has risen to 89, with more than 700 people injured, after a strong earthquake in northern Norland, state media said Tuesday.',
    'The quake hit Kard province about 8 miles east of Orsk at 7:45 a.m. Monday local time (7:45 p.m. ET Sunday), the USGS said.',
    'The Norland Earthquake Agency gave the quake a magnitude of 6.6, while the USGS measured it at 5.9.',
    'Rescue teams from Tarsk, the provincial capital, reached Orsk district by nightfall.',
    'Most of the dead were in Orsk district, where 87 people were killed, the Norland News Agency said.',
  ],
}, '\n\n');

describe('two undated reports of one earthquake', () => {
  const { records, analysis } = runPipeline(tmp, `${SEEDS_DIR}/..`);
  const idOf = (file: string) => records.find((r) => r.raw.file === file)?.raw.id as string;

  it('are one story, so their figures are compared', () => {
    expect(records.every((r) => r.meta.published.value === null)).toBe(true);
    expect(analysis.stories.filter((s) => s.sourceIds.length > 1).map((s) => s.sourceIds.length)).toEqual([2]);
    const toll = analysis.disagreements.find((d) => d.kind === 'number' && d.sides.some((s) => s.value === '75'));
    expect(toll?.sides.map((s) => s.value).sort()).toEqual(['75', '89']);
  });

  it('date the earthquake Monday in both, not Tuesday, the day state media spoke', () => {
    const quake = analysis.events.find((e) => e.noun === 'earthquake');
    const days = quake?.facets.filter((f) => f.kind === 'day') ?? [];
    expect(days.map((f) => f.label)).toEqual(['Monday']);
    const claim = analysis.claims.find((c) => c.id === days[0]?.claimId);
    expect(claim?.sourceIds.sort()).toEqual([idOf('a.txt'), idOf('b.txt')].sort());
  });

  it('know the USGS by both its names, and no time zone as an organisation', () => {
    const usgs = analysis.entities.filter((e) => /geological|usgs/i.test(e.name));
    expect(usgs.map((e) => [e.name, e.sources.length])).toEqual([['U.S. Geological Survey', 2]]);
    expect(analysis.entities.some((e) => ['GMT', 'ET'].includes(e.name))).toBe(false);
  });
});
