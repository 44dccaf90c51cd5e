import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { SEEDS_DIR } from '../../helpers/gold.ts';
import { tempSources } from '../../helpers/temp-sources.ts';

// Three invented reports of one flood: two are dated; b.txt is not, and gives a country's population as background.
const tmp = tempSources('history-undated-', {
  'a.txt': [
    ' date 2025-03-02',
    'Flood in Velm forces thousands from their homes',
    'Floodwaters swept through the town of Velm on Saturday, officials said.',
    'About 16,300 people were forced from their homes.',
    'Rescue teams worked through the night to reach villages cut off by the water.',
    'The river rose 4 metres above its usual level.',
  ],
  'c.txt': [
    ' date 2025-03-02',
    'Velm flood: thousands flee',
    'Floodwaters swept through the town of Velm on Saturday, officials said.',
    'About 16,300 people were forced from their homes.',
    'Officials counted 12 bridges damaged by the water.',
  ],
  'b.txt': [
    'Thousands leave their homes as Velm floods',
    'Floodwaters swept through the town of Velm on Saturday, officials said.',
    'Raia, home to some 41 million people, became independent in 2000.',
  ],
});

describe('history in an undated source', () => {
  const { records, analysis } = runPipeline(tmp, `${SEEDS_DIR}/..`);

  it('reads the undated report against the day of the event it shares with the dated ones', () => {
    expect(records.find((r) => r.raw.file === 'b.txt')?.meta.published.value).toBeNull();
    expect(analysis.eventDates.find((d) => d.sourceId === records.find((r) => r.raw.file === 'b.txt')?.raw.id)?.date).toBe('2025-03-01');
  });

  it('does not set a population named with a year 25 years back against the people forced from their homes', () => {
    // Before the undated report was read against the event's day, this was a disagreement: 16,300 against 41 million.
    expect(analysis.disagreements.flatMap((d) => d.sides.map((s) => s.value))).toEqual([]);
  });
});
