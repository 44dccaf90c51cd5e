import { describe, expect, it } from 'vitest';
import { disagreementIds } from '../../../src/emit/briefing-cite.ts';
import { briefingJson } from '../../../src/emit/briefing-data.ts';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { SEEDS_DIR } from '../../helpers/gold.ts';

// dist/briefing.json is made from the pipeline result, not read back from the collections: check it holds everything.
const r = runPipeline(SEEDS_DIR, `${SEEDS_DIR}/..`);
const text = briefingJson(r);
const data = JSON.parse(text) as Record<string, { id: string; reportedBy?: number; representative?: { text: string } }[]> & { version: number };

describe('briefing.json data', () => {
  it('holds every claim, single-source ones included, most corroborated first', () => {
    expect(data.claims).toHaveLength(r.analysis.claims.length);
    expect(data.claims!.some((c) => c.reportedBy === 1)).toBe(true);
    const ranks = data.claims!.map((c) => c.reportedBy!);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    for (const c of r.analysis.claims) expect(data.claims!.find((x) => x.id === c.id)?.representative?.text).toBe(c.representative.text);
  });

  it('holds every source, topic, entity, disagreement and timeline entry, sorted', () => {
    expect(data.version).toBe(1);
    expect(data.sources!.map((s) => s.id)).toEqual(r.records.map((x) => x.raw.id).sort());
    expect(data.entities).toHaveLength(r.analysis.entities.length);
    expect(data.disagreements!.map((d) => d.id).sort()).toEqual([...disagreementIds(r.analysis.disagreements)].sort());
    for (const d of data.disagreements!) expect(d.id).toMatch(/^d-[0-9a-f]{12}(-\d+)?$/);
    expect(data.timeline).toHaveLength(r.analysis.timeline.events.length);
    expect(data.topics!.length).toBeGreaterThan(0);
    for (const key of ['sources', 'topics', 'entities'] as const) {
      const ids = data[key]!.map((x) => x.id);
      expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    }
  });

  it('holds the events at a glance, each facet pointing to a claim it holds with the same count', () => {
    const summaries = (data as unknown as { eventSummaries: { id: string; facets: { kind: string; label: string; claimId: string; reportedBy: number }[] }[] }).eventSummaries;
    expect(summaries.map((e) => e.id)).toEqual(r.analysis.events.map((e) => e.id));
    expect(summaries[0]!.facets.find((f) => f.kind === 'place')?.label).toBe('Dushanbe');
    for (const f of summaries.flatMap((e) => e.facets)) expect(data.claims!.find((c) => c.id === f.claimId)?.reportedBy).toBe(f.reportedBy);
  });

  it('holds the stories, every source in at most one', () => {
    const stories = (data as unknown as { stories: { id: string; sourceIds: string[] }[] }).stories;
    expect(stories).toEqual(r.analysis.stories);
    const placed = stories.flatMap((s) => s.sourceIds);
    expect(new Set(placed).size).toBe(placed.length);
    // The five seed articles report one summit.
    expect(stories.map((s) => s.sourceIds.length)).toEqual([5]);
  });

  it('is compact and the same bytes for the same input', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(2);
    expect(briefingJson(r)).toBe(text);
  });
});
