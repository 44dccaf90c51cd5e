import type { Random } from '../random.ts';
import type { Country, Person, World } from '../world.ts';

/** One invented news event that many outlets report, each in its own words. */
export interface NewsEvent {
  id: string;
  kind: string;
  /** ISO day the event happened. */
  date: string;
  country: Country;
  /** Where it happened. */
  city: string;
  /** Another country involved (neighbour, partner, rescuer). */
  other: Country;
  /** Main actors; [0] is the one most quoted. */
  people: Person[];
  /** The organisation, company or union at the centre of it. */
  org: string;
  /** A second organisation (bank, election commission…). */
  org2: string;
  /** The true figures; an outlet may print other values (see Ctx.fig). */
  figures: Record<string, number>;
  /** Relative share of the corpus's sources that report it. */
  weight: number;
}

/** What a sentence form may use: the event as one outlet tells it. */
export interface Ctx {
  ev: NewsEvent;
  r: Random;
  /** "on Thursday", "on 14 March", "yesterday"…, always with its preposition. */
  when: () => string;
  /** The outlet's value of a figure (sometimes not the true one: outlets disagree). */
  fig: (key: string) => number;
  /** Millions of dollars as this outlet prints money: "$420 million", "$4.2bn". */
  money: (millions: number) => string;
  /** A count as printed: digits, or words for small numbers. */
  count: (n: number) => string;
  /** A figure as printed: "6,600" (or "6600" by outlets that do not group digits). */
  num: (key: string) => string;
  /** The year before publication: "last year", or "in 2023" when the outlet writes years out. */
  lastYear: () => string;
  /** The event's year. */
  year: number;
}

/** A sentence form: one way of saying a fact. */
export type Form = (c: Ctx) => string;

/** One fact about an event, with several ways of saying it. */
export interface Fact {
  forms: Form[];
  /** Opens the article. */
  lede?: boolean;
  /** Tends to close the article. */
  closer?: boolean;
}

/** A kind of event: how to invent one, and what outlets say about it. */
export interface EventKind {
  kind: string;
  make(r: Random, world: World, id: string, date: string): NewsEvent;
  headlines: Form[];
  facts: Fact[];
  /** Things the main actors say, quoted verbatim. */
  quotes: string[];
  /** Subheadings an outlet may put between paragraphs. */
  subheads: string[];
}

/** "A, B and C". */
export const andList = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
export const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
export const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh'];
/** Two countries that are not the same. */
export function twoCountries(r: Random, world: World): [Country, Country] {
  const [a, b] = r.sample(world.countries, 2);
  return [a!, b!];
}
