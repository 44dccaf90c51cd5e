import { emitVersion } from '../pipeline/cache-version.ts';
import type { PipelineResult } from '../pipeline/run.ts';
import { UNKNOWN_OUTLET } from '../site/format.ts';
import { inputKey, type KeyedFile } from '../site/generate.ts';
import { storyIndex, type Story } from '../stories/index.ts';
import type { BriefingContext } from './briefing-context.ts';
import { briefingTree } from './briefing-tree.ts';
import { glance } from './event-cards.ts';
import { safeHttpUrl } from './source-entry.ts';
import { toMdx } from './serialize.ts';

/**
 * Outlet name per source id. An unknown outlet reads "Unknown outlet (<source id>)": unknown, as on
 * every other page, never a guess, and still told apart from another source's unknown outlet.
 */
export function outletNames(r: Pick<PipelineResult, 'records'>): Map<string, string> {
  return new Map(r.records.map((x) => [x.raw.id, x.meta.outlet.value ?? `${UNKNOWN_OUTLET} (${x.raw.id})`]));
}

/**
 * The source a story is named by: the first whose headline states no figure, since a headline's
 * "rises to 8" can be a figure its other sources dispute; else the first with a headline; else its first source.
 */
export function storyNamer(story: Story, headlineOf: (sourceId: string) => string | null | undefined): string {
  const headed = story.sourceIds.filter((id) => headlineOf(id));
  return headed.find((id) => !/\d/.test(headlineOf(id) ?? '')) ?? headed[0] ?? story.id;
}

/** A source's story, the source it is named by, and how many sources tell it (BriefingContext.storyOf). */
function storyLookup(stories: readonly Story[], storyOf: ReadonlyMap<string, string>, headlineOf: (sourceId: string) => string | null | undefined): NonNullable<BriefingContext['storyOf']> {
  const byId = new Map(stories.map((s) => [s.id, { id: s.id, namedBy: storyNamer(s, headlineOf), sources: s.sourceIds.length }]));
  return (sourceId) => {
    const id = storyOf.get(sourceId);
    return id === undefined ? undefined : byId.get(id);
  };
}

/** The event briefing page as MDX: every statement a verbatim source sentence with its citations. */
export function briefingMdx(r: PipelineResult): string {
  const { claims, disagreements, stories } = r.analysis;
  const storyOf = storyIndex(stories);
  const refs = new Map(r.records.map((x) => [x.raw.id, { headline: x.meta.headline.value, url: safeHttpUrl(x.meta.url.value), published: x.meta.published.value }]));
  const ctx = {
    outlets: outletNames(r),
    ...(stories.length > 1 ? { storyOf: storyLookup(stories, storyOf, (id) => refs.get(id)?.headline) } : {}),
    refs,
    writtenOn: r.analysis.writtenOn,
    topicLabels: new Map(r.config.taxonomy.topics.map((t) => [t.id, t.label])),
    events: r.analysis.events,
  };
  const { cards, place } = glance(claims, ctx);
  // The overview's story: the one its place is reported in, else the largest.
  const story = (place ? place.sourceIds.map((id) => storyOf.get(id)).find((s) => s !== undefined) : stories[0]?.id) ?? null;
  return toMdx(briefingTree(claims, disagreements, ctx), {
    sources: r.records.length,
    eventCards: cards,
    place: place ? { label: place.label, reportedBy: place.reportedBy, of: place.of } : null,
    story,
    claims: claims.length,
    corroborated: claims.filter((c) => c.reportedBy > 1).length,
    disagreements: disagreements.length,
    stories: r.analysis.stories.length,
  });
}

/** The briefing as a keyed file: rendered again only when what it shows or the emitting code changed. */
export function briefingFile(r: PipelineResult): KeyedFile {
  const { claims, disagreements, events, stories } = r.analysis;
  const refs = r.records.map((x) => [x.raw.id, x.meta.outlet.value, x.meta.headline.value, x.meta.url.value, x.meta.published.value]);
  return { key: inputKey(emitVersion(), claims, disagreements, events, stories, refs, r.config.taxonomy.topics), render: () => briefingMdx(r) };
}
