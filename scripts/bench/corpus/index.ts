/**
 * The synthetic corpus: N source files about a pool of invented events, many
 * sources per event, from outlets with their own layouts and formats, plus a
 * manifest.json. Deterministic for (n, seed); source i does not depend on N
 * beyond the world's size, and `source(n)` is the "one more file" of an
 * incremental rebuild.
 */
import fs from 'node:fs';
import path from 'node:path';
import { addDays } from './calendar.ts';
import { writeArticle } from './article.ts';
import { KINDS, type EventKind, type NewsEvent } from './events/index.ts';
import { renderHtml, renderMd, renderTxt, type Rendered } from './formats.ts';
import { furnish } from './furniture.ts';
import { random, type Random } from './random.ts';
import { buildWorld, type World } from './world.ts';

/** One generated source file and what the generator knows about it (the audit's truth). */
export interface GeneratedSource {
  file: string;
  event: string;
  outlet: string;
  /** The day the reported event happened. */
  eventDate: string;
  /** The true publication day, or null when the page never says. */
  published: string | null;
  /** The publication day is stated somewhere the build can read it (manifest, front matter, capture line, stamp, HTML meta). */
  datedOnPage: boolean;
  headline: string;
  /** Body paragraphs as written (dateline included). */
  paragraphs: string[];
  /** Sentences in the body. */
  sentences: number;
  /** Body sentences that state a fact of the event, with the fact's id ("e12/3"): quotes and context sentences are not listed. */
  statements: { text: string; fact: string }[];
  /** Furniture lines that reach the cleaner (for .html only what Readability keeps: byline, stamps). */
  furniture: string[];
  /** The manifest entry, if the file is listed. */
  manifest: Record<string, string | null> | null;
  text: string;
}

export interface CorpusPlan {
  world: World;
  events: { ev: NewsEvent; kind: EventKind }[];
  source(i: number): GeneratedSource;
  /** Search queries built from words the corpus uses (and one it never does). */
  queries: string[];
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
/** Days between the event and its report: most the same or next day, some a week later. */
const OFFSETS = [3, 4, 2, 1, 1, 0.5, 0.5, 0.3, 0.3, 0.2];

export function planCorpus(n: number, seed = 1): CorpusPlan {
  const root = random(seed);
  const world = buildWorld(root.fork('world'), n);
  const er = root.fork('events');
  const events = Array.from({ length: Math.max(2, Math.round(n / 7)) }, (_, i) => {
    const kind = KINDS[er.weighted(KINDS.map((k) => k.weight))]!.kind;
    const ev = kind.make(er, world, `e${i + 1}`, addDays('2023-01-01', er.int(0, 900)));
    return { ev, kind };
  });
  // Coverage is skewed: a few events are everywhere, most get a handful of reports.
  const ranks = er.shuffle(events.map((_, i) => i));
  events.forEach((e, i) => (e.ev.weight = 1 / (ranks[i]! + 1) ** 0.9));
  const weights = events.map((e) => e.ev.weight);
  const headlineOf = events.map(({ ev, kind }) => writeArticle(er.fork(ev.id), world, kind, ev, world.outlets[0]!, ev.date).headline);

  const source = (i: number): GeneratedSource => {
    const r = random(seed * 1_000_003 + i + 1);
    const { ev, kind } = events[r.weighted(weights)]!;
    const outlet = r.pick(world.outlets);
    const published = r.chance(0.2) ? null : addDays(ev.date, r.weighted(OFFSETS));
    const article = writeArticle(r, world, kind, ev, outlet, published);
    const paragraphs = article.blocks.flatMap((b) => (b.type === 'p' ? [b.text] : []));
    const others = r.sample(headlineOf.filter((_, k) => events[k]!.ev !== ev), 6);
    const furniture = furnish(r, world, {
      outlet,
      published,
      reporter: article.reporter,
      otherHeadlines: others.length > 0 ? others : ['More news from the region'],
      paragraphs: paragraphs.length,
      kind: ev.kind,
      country: ev.country.name,
    });
    const id = `${String(i + 1).padStart(5, '0')}-${slug(outlet.name)}`;
    const url = `https://www.${outlet.host}/${outlet.sections[0]}/${slug(article.headline)}-${1000 + i}`;
    const format = outlet.layout.format;
    const input = { article, furniture, outletName: outlet.name, published, url, captureLine: outlet.layout.captureLine };
    let rendered: Rendered;
    let manifest: GeneratedSource['manifest'] = null;
    if (format === 'md') {
      const front: Record<string, string | null> = { url, outlet: outlet.name, published };
      if (r.chance(0.2)) front.headline = article.headline;
      rendered = renderMd({ ...input, front });
    } else {
      rendered = format === 'html' ? renderHtml(input) : renderTxt(r, input);
      if (!r.chance(0.1)) manifest = manifestEntry(r, `${id}.${format}`, url, outlet.name, published, format === 'txt' && outlet.layout.captureLine);
    }
    const datedOnPage =
      published !== null &&
      (format !== 'txt' || (outlet.layout.captureLine && manifest?.published === undefined) || typeof manifest?.published === 'string' || furniture.head.some((l) => /^(?:published|posted|first published)\b/i.test(l)));
    return { file: `${id}.${format}`, event: ev.id, eventDate: ev.date, outlet: outlet.name, published, datedOnPage, headline: article.headline, paragraphs, sentences: article.sentences, statements: article.statements.map((st) => ({ text: st.text, fact: `${ev.id}/${st.fact}` })), furniture: rendered.furniture, manifest, text: rendered.text };
  };

  const byCoverage = [...events].sort((a, b) => b.ev.weight - a.ev.weight);
  const top = byCoverage[0]!.ev;
  const rare = [...byCoverage].reverse().find((e) => e.ev.city !== top.city)?.ev ?? top;
  const queries = [top.city, top.people[0]!.surname, top.org.split(' ')[0]!, rare.city, 'qzxjvw'];
  return { world, events, source, queries };
}

/** What the manifest says about a listed file: usually URL and outlet, the date when the page does not carry it. */
function manifestEntry(r: Random, file: string, url: string, outlet: string, published: string | null, captured: boolean): Record<string, string | null> {
  const entry: Record<string, string | null> = { file };
  if (r.chance(0.95)) entry.url = url;
  if (r.chance(0.8)) entry.outlet = outlet;
  if (published === null) entry.published = null;
  else if (!captured && r.chance(0.6)) entry.published = published;
  return entry;
}

/** Write sources 0…n-1 and manifest.json into `dir` (emptied first). */
export function writeCorpus(dir: string, n: number, seed = 1): { plan: CorpusPlan; sources: GeneratedSource[] } {
  const plan = planCorpus(n, seed);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const sources = Array.from({ length: n }, (_, i) => plan.source(i));
  for (const s of sources) fs.writeFileSync(path.join(dir, s.file), s.text);
  const listed = sources.flatMap((s) => (s.manifest ? [s.manifest] : []));
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify({ about: `Synthetic benchmark corpus: ${n} sources, seed ${seed}.`, sources: listed }, null, 2)}\n`);
  return { plan, sources };
}

/** Drop one more source (number n) into `dir` without touching the manifest, as an editor adding a file would. */
export function addSource(plan: CorpusPlan, dir: string, n: number): GeneratedSource {
  const s = plan.source(n);
  fs.writeFileSync(path.join(dir, s.file), s.text);
  return s;
}
