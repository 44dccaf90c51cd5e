import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { UNKNOWN_OUTLET } from '../site/format.ts';
import { routes } from '../site/paths.ts';
import { absoluteUrl } from '../site/seo.ts';

/**
 * RSS feed of the sources, one item per source page. Links are absolute
 * (feed readers need them), built from `site` + `base`. Items without a known
 * publication date carry no pubDate rather than a guessed one.
 */
export async function GET(context: APIContext) {
  const base = import.meta.env.BASE_URL;
  const sources = (await getCollection('sources')).map((s) => s.data).sort((a, b) => a.id.localeCompare(b.id));
  return rss({
    title: 'Briefing: sources',
    description: `The ${sources.length} news reports this briefing is built from.`,
    site: absoluteUrl(routes.home(), context.site, base),
    items: sources.map((d) => ({
      title: d.headline.value ?? 'Untitled source',
      link: absoluteUrl(routes.source(d.id), context.site, base),
      ...(d.published.value ? { pubDate: new Date(`${d.published.value}T00:00:00Z`) } : {}),
      description: [d.outlet.value ?? UNKNOWN_OUTLET, d.url.value ? `original: ${d.url.value}` : null].filter(Boolean).join(' · '),
    })),
  });
}
