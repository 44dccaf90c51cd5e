import { getCollection } from 'astro:content';

export interface SourceLabel {
  id: string;
  outlet: string;
  headline: string;
  published: string | null;
  kind: string | null;
}

/** Source id → what a citation shows about it (outlet, headline). */
export async function sourceLabels(): Promise<Map<string, SourceLabel>> {
  const entries = await getCollection('sources');
  return new Map(
    entries.map(({ data: d }) => [
      d.id,
      {
        id: d.id,
        outlet: d.outlet.value ?? 'Unknown outlet',
        headline: d.headline.value ?? 'Untitled source',
        published: d.published.value,
        kind: d.kind.value,
      },
    ]),
  );
}
