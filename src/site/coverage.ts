import type { Citation, ClaimEntry, TopicEntry } from '../schemas/corpus-entries.ts';
import type { SourceLabel } from './lookup.ts';

/** One column of the coverage grids: an outlet, with every source it published. */
export interface OutletColumn {
  outlet: string;
  sourceIds: string[];
}

/** The coverage page's two grids, bounded for large corpora. */
export interface CoverageGrids {
  columns: OutletColumn[];
  /**
   * Claims reported by two or more outlets, most reported first; per column, the first supporting
   * sentence, and whether the outlet has no source on the claim's story (its empty cell is then
   * not an omission: it reports other stories).
   */
  claims: { claim: ClaimEntry; cells: (Citation | null)[]; offStory: boolean[] }[];
  /** Whether the corpus tells more than one story (some empty cells can then be off-story). */
  stories: boolean;
  /** Topics by how many sources they tag; per column, the sentences behind the tag (null: not tagged). */
  topics: { topic: TopicEntry; cells: (number | null)[] }[];
  /** Corroborated claims left out of the claims grid. */
  hiddenClaims: number;
  /** Outlets left out of both grids. */
  hiddenOutlets: number;
}

/**
 * How big the grids may get: a grid is read across, so hundreds of columns or
 * thousands of rows help nobody (and cost rows × columns cells to build). The
 * briefing lists every corroborated claim.
 */
export const COVERAGE_LIMITS = { rows: 100, columns: 20 };

/**
 * Columns are outlets (sources of one outlet share a column; a source whose
 * outlet is unknown has its own), in order of their first source id. When
 * there are too many, the outlets with the most cells in the shown rows stay.
 */
export function coverageGrids(labels: readonly SourceLabel[], claims: readonly ClaimEntry[], topics: readonly TopicEntry[], limits = COVERAGE_LIMITS): CoverageGrids {
  const byKey = new Map<string, OutletColumn>();
  for (const s of [...labels].sort((a, b) => a.id.localeCompare(b.id))) {
    // Two unknown outlets are two columns: each is named by its source, as in the briefing ("Unknown outlet (<source id>)").
    const column = byKey.get(s.group) ?? byKey.set(s.group, { outlet: s.listed, sourceIds: [] }).get(s.group)!;
    column.sourceIds.push(s.id);
  }
  const corroborated = claims.filter((c) => c.reportedBy > 1).sort((a, b) => a.rank - b.rank);
  const rows = corroborated.slice(0, limits.rows);

  let columns = [...byKey.values()];
  if (columns.length > limits.columns) {
    const count = new Map<OutletColumn, number>();
    for (const column of columns) {
      const ids = new Set(column.sourceIds);
      count.set(column, rows.filter((c) => c.sourceIds.some((id) => ids.has(id))).length);
    }
    const keep = new Set([...columns].sort((a, b) => count.get(b)! - count.get(a)!).slice(0, limits.columns));
    columns = columns.filter((c) => keep.has(c));
  }
  const columnOf = new Map(columns.flatMap((column, i) => column.sourceIds.map((id) => [id, i] as const)));
  const storyOf = new Map(labels.map((s) => [s.id, s.story]));
  // An unplaced source may tell any story, so its outlet is never off-story.
  const storiesOfColumn = columns.map((column) => new Set(column.sourceIds.map((id) => storyOf.get(id) ?? null)));
  const offStory = (claim: ClaimEntry) => {
    const told = new Set(claim.sourceIds.map((id) => storyOf.get(id) ?? null).filter((s) => s !== null));
    return storiesOfColumn.map((stories) => told.size > 0 && !stories.has(null) && ![...told].some((s) => stories.has(s)));
  };

  return {
    columns,
    claims: rows.map((claim) => {
      const cells: (Citation | null)[] = columns.map(() => null);
      for (const q of claim.supports) {
        const i = columnOf.get(q.sourceId);
        if (i !== undefined) cells[i] ??= q;
      }
      return { claim, cells, offStory: offStory(claim) };
    }),
    stories: new Set(labels.map((s) => s.story).filter((s) => s !== null)).size > 1,
    topics: [...topics]
      .sort((a, b) => b.sources.length - a.sources.length || a.label.localeCompare(b.label))
      .map((topic) => {
        const cells: (number | null)[] = columns.map(() => null);
        for (const s of topic.sources) {
          const i = columnOf.get(s.sourceId);
          if (i !== undefined) cells[i] = (cells[i] ?? 0) + s.sentences.length;
        }
        return { topic, cells };
      }),
    hiddenClaims: corroborated.length - rows.length,
    hiddenOutlets: byKey.size - columns.length,
  };
}
