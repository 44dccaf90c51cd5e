/**
 * Disagreements between sources: different figures for one quantity
 * (figures.ts), and different lengths, days or editions of one event
 * (events.ts) — including the case of one source calling an event a
 * "two-day event" while others put it on a single day.
 */
import { parseIsoDay, weekdayOf, WEEKDAYS } from '../dates/calendar.ts';
import type { Sentence } from '../model/types.ts';
import { pushTo } from '../model/multimap.ts';
import type { Anchors, Claim, Disagreement, DisagreementKind, DisputeSubject, EventAspect, GroupOptions, GroupShared, Quote, Side } from './types.ts';
import { measuredPhrase } from './figure-phrase.ts';
import { anchorsOf } from './anchors.ts';
import { collectEvents, type EventGroup } from './eventgroups.ts';
import { facetAsWritten, facetText, isMultiDay, type FacetMention } from './events.ts';
import { conflictingGroups } from './figure-groups.ts';
import { figureMentions, sameValue, surfaceOf, valuesConflict, type FigureMention } from './figures.ts';
import { nameStems } from './names.ts';
import { conceptMap, contrastsOf } from './concepts.ts';
import { memoHooks } from './group.ts';
import { quoteOf, type ValueToFind } from './summary.ts';

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Verbs that put a day at one end of an event rather than on all of it. */
const BOUNDARY_VERB = /\b(?:beg[ai]n|begins|started|starts|opened|opens|kicked off|ended|ends|concluded|concludes|closed|closes|wrapped up|called off|finished|finishes)\b/i;
/** Weekday name of an ISO day ("2025-10-09" → "thursday"); anything else as it is. */
function weekdayName(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? (WEEKDAYS[weekdayOf(parseIsoDay(iso))] as string).toLowerCase() : iso;
}

interface Ctx {
  sentences: Sentence[];
  claims: Claim[];
  cite: (si: number, values?: ValueToFind[]) => Quote;
  /** Claims (by their index in `claims`) that quote each sentence, keyed source id + sentence id. */
  quoting: Map<string, number[]>;
  /** When a source was published (ISO day), or null (GroupOptions.publishedOn). */
  publishedOn: (sourceId: string) => string | null;
}

const quoteKey = (q: { sourceId: string; sentenceId: string }) => `${q.sourceId}\u0000${q.sentenceId}`;

function quotingIndex(claims: Claim[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const q of c.supports) {
      const list = index.get(quoteKey(q));
      if (!list) index.set(quoteKey(q), [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return index;
}

/** One quote per sentence, in sentence order, each with the values it writes (as written) for the reader to find. */
function citations(ctx: Ctx, written: { sentence: number; value: ValueToFind }[]): Quote[] {
  const bySentence = new Map<number, ValueToFind[]>();
  for (const w of written) pushTo(bySentence, w.sentence, w.value);
  return [...bySentence].sort((x, y) => x[0] - y[0]).map(([si, values]) => ctx.cite(si, values));
}

const asWritten = (f: FacetMention) => ({ sentence: f.sentence, value: facetAsWritten(f) });

/** Claims that quote any of the cited sentences and match `accept`. */
function claimIdsOf(ctx: Ctx, sides: Side[], accept: (c: Claim) => boolean): string[] {
  const found = new Set(sides.flatMap((s) => s.citations.flatMap((q) => ctx.quoting.get(quoteKey(q)) ?? [])));
  return [...found].sort((a, b) => a - b).map((i) => ctx.claims[i] as Claim).filter(accept).map((c) => c.id);
}

const sourcesOf = (ctx: Ctx, fs: FacetMention[]) => new Set(fs.map((f) => (ctx.sentences[f.sentence] as Sentence).sourceId));

/** Facet mentions grouped by value, each group as a side. */
function sidesByValue(ctx: Ctx, fs: FacetMention[], label: (f: FacetMention) => string): Side[] {
  const groups = new Map<string, FacetMention[]>();
  for (const f of fs) pushTo(groups, f.value, f);
  return [...groups.values()].map((g) => ({ value: label(g[0] as FacetMention), citations: citations(ctx, g.map(asWritten)) }));
}

function eventDisagreements(ctx: Ctx, e: EventGroup): Disagreement[] {
  const out: Disagreement[] = [];
  // The claims that state the facets in question (event claims, or similar claims marked with the facet).
  const facetClaims = (kinds: string[]) => (c: Claim) => c.facets.some((f) => kinds.some((k) => f.startsWith(`${e.noun} · ${k} · `)));
  const push = (kind: DisagreementKind, aspect: EventAspect, sides: Side[], facetKinds: string[], note?: string) => {
    const subject: DisputeSubject = { event: e.noun, aspect };
    const d: Disagreement = { kind, about: aboutOf(subject), subject, sides, claimIds: claimIdsOf(ctx, sides, facetClaims(facetKinds)) };
    if (note) d.note = note;
    out.push(d);
  };
  const lengths = e.facets.filter((f) => f.kind === 'length');
  const days = e.facets.filter((f) => f.kind === 'day');
  const multi = lengths.filter((f) => isMultiDay(f.value));
  const multiSources = sourcesOf(ctx, multi);
  // A source that gives a day but no length, set against sources that say the event ran over several days.
  // A day the event began or ended on ("the strike ended on Thursday") dates one end of it, not the whole.
  const singleDay = days.filter((f) => {
    const s = ctx.sentences[f.sentence] as Sentence;
    return !multiSources.has(s.sourceId) && !BOUNDARY_VERB.test(s.text);
  });
  if (multi.length && singleDay.length) {
    const dayLabels = [...new Set(singleDay.map(facetText))].join(' / ');
    push('duration', 'length', [
      { value: [...new Set(multi.map((f) => f.label))].join(' / '), citations: citations(ctx, multi.map(asWritten)) },
      { value: `a single day: ${dayLabels}`, citations: citations(ctx, singleDay.map(asWritten)) },
    ], ['length', 'day'], 'One side describes a multi-day event, the other dates it to a single day. A single date does not strictly rule out a longer event, but no source on that side mentions one.');
  }
  const stated = lengths.filter((f) => f.value !== 'multi day');
  if (new Set(stated.map((f) => f.value)).size > 1 && sourcesOf(ctx, stated).size > 1) push('duration', 'length', sidesByValue(ctx, stated, (f) => f.label), ['length']);
  // Calendar dates against each other; then weekdays, a date counting as its weekday (a source naming
  // only "Thursday" agrees with one giving the Thursday's date).
  const spanNote = multi.length ? 'Some source describes a multi-day event, which could span these days.' : undefined;
  const dated = days.filter((f) => !WEEKDAY.test(f.value));
  const asWeekday = days.map((f) => (WEEKDAY.test(f.value) ? f : { ...f, value: weekdayName(f.value) }));
  if (new Set(dated.map((f) => f.value)).size > 1 && sourcesOf(ctx, dated).size > 1) push('date', 'day', sidesByValue(ctx, dated, facetText), ['day'], spanNote);
  else if (new Set(asWeekday.map((f) => f.value)).size > 1 && sourcesOf(ctx, asWeekday).size > 1) push('weekday', 'day', sidesByValue(ctx, asWeekday, facetText), ['day'], spanNote);
  const editions = e.facets.filter((f) => f.kind === 'edition');
  if (new Set(editions.map((f) => f.value)).size > 1 && sourcesOf(ctx, editions).size > 1) push('edition', 'edition', sidesByValue(ctx, editions, (f) => f.label), ['edition']);
  return out;
}

/** Said of figures that differ only as lower bounds (figures.ts boundsDiffer). */
export const LOWER_BOUNDS = 'Each of these figures is a lower bound (“at least”, “more than”), so they need not contradict each other: outlets may have reported at different times.';
/** Said of figures whose sides were published on different days. */
export const PUBLISHED_APART = 'These reports were published on different days, so some of the difference may be a figure updated between them.';

/**
 * Every side dated by when its reports were published, and no day shared by two
 * sides: a count that rose between reports, maybe, rather than outlets
 * contradicting each other on one day.
 */
function publishedApart(ctx: Ctx, values: FigureMention[][]): boolean {
  const days = values.map((v) => new Set(v.map((m) => ctx.publishedOn((ctx.sentences[m.sentence] as Sentence).sourceId)).filter((d): d is string => d !== null)));
  if (days.some((d) => d.size === 0)) return false;
  const seen = new Set<string>();
  for (const d of days) for (const day of d) {
    if (seen.has(day)) return false;
    seen.add(day);
  }
  return true;
}

function figureDisagreement(ctx: Ctx, group: FigureMention[]): Disagreement {
  const values: FigureMention[][] = [];
  for (const m of group) {
    const side = values.find((v) => sameValue(v[0] as FigureMention, m));
    if (side) side.push(m);
    else values.push([m]);
  }
  // What the sides share: subject words common to one mention of each side, in the words of the first.
  const firsts = values.map((v) => v[0] as FigureMention);
  const first = firsts[0] as FigureMention;
  const common = new Set(first.subject.filter((_, k) => firsts.every((m) => m.compared.includes(first.compared[k] as string))));
  const time = [...new Set(group.flatMap((m) => m.time))].map((t) => t.replace(/-/g, ' '));
  const subject: DisputeSubject = { words: surfaceOf(first.clause, common), phrase: measuredPhrase(first.clause, common, first.text), time: time[0] ?? null };
  const sides: Side[] = values.map((v) => ({ value: (v[0] as FigureMention).text, citations: citations(ctx, v.map((m) => ({ sentence: m.sentence, value: { words: m.text } }))) }));
  const kind: DisagreementKind = (group[0] as FigureMention).kind;
  const d: Disagreement = { kind, about: aboutOf(subject), subject, sides, claimIds: claimIdsOf(ctx, sides, (c) => c.basis !== 'event') };
  const notes = [...(group.some((a) => group.some((b) => valuesConflict(a, b))) ? [] : [LOWER_BOUNDS]), ...(publishedApart(ctx, values) ? [PUBLISHED_APART] : [])];
  if (notes.length) d.note = notes.join(' ');
  return d;
}

/** The subject in a few words, as disagreement ids digest it: "summit: length", "death toll flood struck, 2025". */
export function aboutOf(subject: DisputeSubject): string {
  if ('event' in subject) return `${subject.event}: ${subject.aspect}`;
  return [subject.words.join(' ') || 'figure', ...(subject.time === null ? [] : [subject.time])].join(', ');
}

/** The events as groupClaims collects them, from its claims (for callers without its GroupShared). */
function eventsOf(sentences: Sentence[], claims: Claim[], options: GroupOptions): EventGroup[] {
  const index = new Map(sentences.map((s, i) => [`${s.sourceId}\u0000${s.id}`, i]));
  const anchors: Anchors[] = sentences.map((s) => anchorsOf(s.text));
  const similarSets = claims
    .filter((c) => c.basis === 'similar' && c.supports.length > 1)
    .map((c) => c.supports.map((q) => index.get(`${q.sourceId}\u0000${q.sentenceId}`)).filter((i): i is number => i !== undefined));
  return collectEvents(sentences, anchors, options, similarSets);
}

/**
 * Disagreements among the sentences, linked to the claims that quote them.
 * `claims` should be groupClaims' output for the same sentences and options.
 */
export function findDisagreements(sentences: Sentence[], claims: Claim[], hooks: GroupOptions = {}, shared?: GroupShared): Disagreement[] {
  const ctx: Ctx = { sentences, claims, cite: (si, values) => quoteOf(sentences[si] as Sentence, [], values), quoting: quotingIndex(claims), publishedOn: hooks.publishedOn ?? (() => null) };
  const events = shared?.events ?? eventsOf(sentences, claims, memoHooks(hooks));
  const out = events.flatMap((e) => eventDisagreements(ctx, e));
  const groups = shared?.figureGroups ?? conflictingGroups(sentences, figureMentions(sentences, shared?.isName ?? nameStems(sentences), { writtenOn: hooks.writtenOn, unitKey: conceptMap(hooks.lexicon, 'units'), contrasts: contrastsOf(hooks.lexicon) }), hooks.storyOf);
  out.push(...groups.map((g) => figureDisagreement(ctx, g)));
  return out;
}
