/**
 * One outlet's article about one event: a headline and body paragraphs in
 * that outlet's wording, with the facts in varying order, some figures
 * different from other outlets', dates relative to the publication date, and
 * context sentences around them.
 */
import { dayMonth, dayMonthYear, daysBetween, monthDayYear, shortMonthDay, weekdayOf, yearOf } from './calendar.ts';
import type { Ctx, EventKind, NewsEvent } from './events/index.ts';
import { cap } from './events/types.ts';
import { contextSentences } from './context.ts';
import type { Random } from './random.ts';
import type { Outlet, World } from './world.ts';

/** A body block: a paragraph or a subheading. */
export type Block = { type: 'p'; text: string } | { type: 'h'; text: string };

export interface Article {
  headline: string;
  blocks: Block[];
  /** The reporter credited, if the outlet credits one. */
  reporter: string;
  /** How many sentences the body has. */
  sentences: number;
  /** Each body sentence that states one of the event kind's facts, with that fact's index in `kind.facts` (the grouping audit's truth). */
  statements: { text: string; fact: number }[];
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Figures that shape the story rather than report a quantity: never changed by an outlet. */
const STRUCTURAL = new Set(['ordinal', 'hazard', 'work', 'to', 'trade', 'leaders', 'days', 'priorYear', 'previous', 'hoursBefore', 'hoursAfter', 'priorDeaths']);

/** An outlet's version of a figure: a little off (a rounding, an early count), as happens between outlets. */
function misreport(r: Random, v: number): number {
  if (!Number.isInteger(v)) return Math.round(v * (1 + (r.chance(0.5) ? 1 : -1) * (0.1 + r.next() * 0.2)) * 10) / 10;
  if (v < 20) return Math.max(1, v + (r.chance(0.5) ? 1 : -1) * r.int(1, 3));
  const k = v >= 1000 ? 100 : v >= 100 ? 10 : 1;
  return Math.max(k, Math.round((v * (1 + (r.chance(0.5) ? 1 : -1) * (0.1 + r.next() * 0.2))) / k) * k);
}

function context(r: Random, ev: NewsEvent, outlet: Outlet, published: string | null): Ctx {
  const offset = published ? daysBetween(ev.date, published) : null;
  const figs = { ...ev.figures };
  // Tolls rise as days pass: a later report gives a higher one.
  if (figs.deaths !== undefined && offset !== null) figs.deaths = Math.round(figs.deaths * (1 + 0.12 * offset));
  if (r.chance(0.3)) {
    const keys = Object.keys(figs).filter((k) => !STRUCTURAL.has(k));
    const k = r.pick(keys);
    figs[k] = misreport(r, figs[k]!);
  }
  const words = r.chance(0.5);
  const grouped = r.chance(0.85);
  const style = r.pick(['weekday', 'weekday', 'day-month', 'full']);
  let calls = 0;
  const when = () => {
    calls++;
    if (offset !== null && offset <= 6 && style === 'weekday') return offset === 1 && calls === 1 && r.chance(0.2) ? 'yesterday' : `on ${weekdayOf(ev.date)}`;
    if (offset !== null && offset <= 60 && style === 'day-month') return `on ${dayMonth(ev.date)}`;
    if (offset === null && style === 'weekday') return `on ${weekdayOf(ev.date)}`;
    return `on ${r.chance(0.5) ? dayMonthYear(ev.date) : monthDayYear(ev.date)}`;
  };
  const short = outlet.layout.shortMoney;
  const money = (m: number) => {
    if (m >= 1000) return short ? `$${Math.round(m / 100) / 10}bn` : `$${Math.round(m / 100) / 10} billion`;
    return short ? `$${m}m` : `$${m} million`;
  };
  const pubYear = published ? yearOf(published) : yearOf(ev.date);
  const lastYear = () => (r.chance(0.6) ? 'last year' : `in ${pubYear - 1}`);
  return {
    ev,
    r,
    when,
    fig: (key) => {
      const v = figs[key];
      if (v === undefined) throw new Error(`event ${ev.id} (${ev.kind}) has no figure "${key}"`);
      return v;
    },
    money,
    num: (key) => {
      const v = figs[key];
      if (v === undefined) throw new Error(`event ${ev.id} (${ev.kind}) has no figure "${key}"`);
      return grouped && v >= 1000 ? v.toLocaleString('en-US') : String(v);
    },
    count: (n) => (words && n <= 10 && n >= 0 ? NUMBER_WORDS[n]! : String(n)),
    lastYear,
    year: yearOf(ev.date),
  };
}

/** A quote attributed to one of the event's people, in one of the usual shapes. */
function quote(r: Random, text: string, who: { name: string; surname: string; role: string }, curly: boolean, first: boolean): string {
  const [o, c] = curly ? ['“', '”'] : ['"', '"'];
  const name = first ? who.name : who.surname;
  return r.pick([
    () => `${o}${text},${c} ${name} said.`,
    () => `${o}${text},${c} said ${name}${first ? `, the ${who.role}` : ''}.`,
    () => `${name} said: ${o}${text}.${c}`,
    () => `${o}${text},${c} ${name} told reporters.`,
  ])();
}

/** Group sentences into news paragraphs of one to three sentences, with an occasional subheading. */
function paragraphs(r: Random, sentences: string[], subheads: string[]): Block[] {
  const blocks: Block[] = [];
  const heads = r.chance(0.35) ? r.sample(subheads, r.int(1, 2)) : [];
  let i = 0;
  while (i < sentences.length) {
    const k = Math.min(sentences.length - i, r.weighted([4, 4, 1]) + 1);
    if (blocks.length >= 3 && heads.length > 0 && r.chance(0.3)) blocks.push({ type: 'h', text: heads.shift()! });
    blocks.push({ type: 'p', text: sentences.slice(i, i + k).join(' ') });
    i += k;
  }
  return blocks;
}

/** Write the article `outlet` published on `published` (null: unknown) about `ev`. */
export function writeArticle(r: Random, world: World, kind: EventKind, ev: NewsEvent, outlet: Outlet, published: string | null): Article {
  const c = context(r, ev, outlet, published);
  const headline = r.pick(kind.headlines)(c);
  const lede = r.pick(kind.facts.filter((f) => f.lede));
  const closers = kind.facts.filter((f) => f.closer && r.chance(0.7));
  const middle = r.shuffle(kind.facts.filter((f) => !f.lede && !f.closer && r.chance(0.8)));
  const body = middle.map((f) => r.pick(f.forms)(c));
  const stated = body.map((text, i) => ({ text, fact: kind.facts.indexOf(middle[i]!) }));
  const curly = r.chance(0.6);
  const speakers = r.sample(ev.people, r.int(1, Math.min(2, ev.people.length)));
  const quotes = r.sample(kind.quotes, r.int(1, 3)).map((q, i) => quote(r, q, speakers[i % speakers.length]!, curly, i < speakers.length));
  // Quotes go among the facts, not first: a news story leads with what happened.
  for (const q of quotes) body.splice(r.int(0, body.length), 0, q);
  // Mostly facts, some context: 12 to 30 sentences in all.
  const target = Math.max(12, Math.min(30, body.length + 1 + closers.length + r.int(1, 12)));
  const filler = r.shuffle(contextSentences(r, world, ev, outlet));
  while (body.length + 1 + closers.length < target && filler.length > 0) body.splice(r.int(Math.min(2, body.length), body.length), 0, filler.pop()!);
  const sentences = [r.pick(lede.forms)(c), ...body, ...closers.map((f) => r.pick(f.forms)(c))];
  if (outlet.layout.wireDateline) {
    const filed = published ?? ev.date;
    sentences[0] = r.chance(0.6)
      ? `${ev.city.toUpperCase()}, ${shortMonthDay(filed)} (${r.pick(world.agencies)}) - ${sentences[0]}`
      : `${ev.city} (${r.pick(world.agencies)}): ${cap(sentences[0]!)}`;
  }
  const closing = sentences.slice(sentences.length - closers.length).map((text, i) => ({ text, fact: kind.facts.indexOf(closers[i]!) }));
  const statements = [{ text: sentences[0]!, fact: kind.facts.indexOf(lede) }, ...stated, ...closing];
  return { headline, blocks: paragraphs(r, sentences, kind.subheads), reporter: r.pick(outlet.staff), sentences: sentences.length, statements };
}
