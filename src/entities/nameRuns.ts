import type { EntityType } from './types.ts';

/**
 * Turning compromise's terms into clean name candidates. compromise's spans
 * are noisy (lists glued into one span, titles, lowercase heads as in "Afghan
 * territory", months), so names are rebuilt from its terms: a name is a run of
 * capitalised words, split at punctuation, without titles, dates or lone
 * demonyms. Pure functions over compromise's JSON output.
 */

/** The part of a compromise term (`json({ offset: true, terms: { offset: true } })`) used here. */
export interface Term {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * Lowercase words allowed inside (never at the edge of) a name: "Bank of
 * England". Not "and": "Accra and Kumasi" are two names far more often than
 * one; names with "and" belong in the gazetteer.
 */
const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'del', 'da', 'do', 'dos', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'von', 'van', 'der', 'den']);

/** Titles compromise folds into person spans; stripped so "President Putin" is "Putin", and a cue that a person follows. */
const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'general', 'gen', 'colonel', 'col', 'captain', 'capt',
  'secretary', 'senator', 'sen', 'rep', 'governor', 'gov', 'mayor', 'ambassador', 'envoy', 'pope', 'saint', 'st', 'judge', 'justice',
  'chairman', 'chairwoman', 'chair', 'ceo', 'director', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'foreign', 'deputy',
  'leader', 'candidate', 'opposition', 'former', 'sheriff', 'coroner', 'chief', 'commissioner', 'inspector', 'superintendent',
]);

/** Last words that make an untyped name an organisation ("New Patriotic Party"). */
const ORG_HEADS = new Set([
  'party', 'congress', 'commission', 'committee', 'council', 'bank', 'fund', 'agency', 'ministry', 'department', 'office', 'university',
  'institute', 'association', 'organization', 'organisation', 'union', 'league', 'federation', 'front', 'movement', 'group', 'company',
  'corporation', 'corp', 'inc', 'ltd', 'plc', 'holding', 'holdings', 'authority', 'service', 'court', 'forum', 'foundation', 'airlines',
  'airways', 'railways', 'news', 'times', 'post', 'press', 'television', 'radio', 'parliament', 'assembly', 'police', 'army',
]);

/** Verbs of speech after a name: "Lopez said" is a person. */
const SPEECH = new Set(['said', 'says', 'told', 'added', 'noted', 'stressed', 'argued', 'warned', 'wrote']);

/** Tags that make a lone sentence-initial word credible as a name (not just a capitalised first word). */
const NAME_TAGS = ['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Country', 'City', 'Region', 'Place', 'Acronym'];

/**
 * A run is split after a term followed by punctuation other than a space or a
 * bare hyphen: "Tajikistan, Kazakhstan" are two names, "Akufo-Addo" is one.
 */
const BREAKING_POST = /\S/u;
const HYPHEN = /^[-‑]$/u;

const isCapitalised = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
export const stripPossessive = (w: string) => w.replace(/['’]s?$/u, '');
const bare = (t: Term) => stripPossessive(t.text).toLowerCase().replace(/\.$/, '');
const isConnector = (t: Term) => CONNECTORS.has(t.text.toLowerCase());

const PERSONISH = ['Person', 'FirstName', 'LastName', 'Honorific'];

/** A capitalised word that may be part of a person's name (not a title, date or function word). */
const nameWord = (t: Term | undefined): boolean =>
  t !== undefined && isCapitalised(stripPossessive(t.text)) && !TITLES.has(bare(t)) && !NOT_NAME_TAGS.some((tag) => t.tags.includes(tag));

/**
 * A title before a name ("President", "Transport Minister", "union leader").
 * A title word counts only right before a person-like word, or before two
 * capitalised words the tagger does not know ("Butte County Sheriff Kory
 * Honea": a place, then a person), so "General Assembly" and "General
 * Motors" keep their first word.
 */
function isTitle(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (t.tags.includes('Honorific')) return true;
  const next = terms[i + 1];
  if (!TITLES.has(bare(t)) || next === undefined) return false;
  if (PERSONISH.some((tag) => next.tags.includes(tag))) return true;
  // Only a space or a hyphen after it: "Sheriff-Coroner Kory Honea", not "the sheriff, Kory Honea".
  if (/\S/u.test(t.post.replace(/[-‑]/u, ''))) return false;
  // "Foreign Minister …", "Sheriff-Coroner …": a title before a title.
  if (TITLES.has(bare(next))) return isTitle(terms, i + 1);
  return nameWord(next) && !/\S/u.test(next.post) && nameWord(terms[i + 2]);
}

/** Capitalised words that are never part of a name: dates, numbers, function words ("With Russia", "The ..."). */
const NOT_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'Value', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Auxiliary', 'Copula', 'Modal', 'QuestionWord'];

function keepTerm(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  const w = stripPossessive(t.text);
  if (w.length < 2 || !isCapitalised(w)) return false;
  if (NOT_NAME_TAGS.some((tag) => t.tags.includes(tag))) return false;
  return !isTitle(terms, i);
}

/** "Mahamudu Bawumia of the New Patriotic Party" is a person and an organisation, not one name. */
function personLike(terms: readonly Term[], from: number, to: number): boolean {
  const prev = from > 0 ? isTitle(terms, from - 1) : false;
  return prev || terms.slice(from, to + 1).some((t) => ['Person', 'FirstName', 'LastName'].some((tag) => t.tags.includes(tag)));
}

/** Index ranges [from, to] (inclusive) of the name runs among `terms`. */
export function runsOf(terms: readonly Term[]): [number, number][] {
  const runs: [number, number][] = [];
  let from = -1;
  let to = -1;
  const close = () => {
    if (from >= 0 && to >= from) runs.push([from, to]);
    from = to = -1;
  };
  terms.forEach((t, i) => {
    if (keepTerm(terms, i)) {
      if (from < 0) from = i;
      to = i;
    } else if (!(from >= 0 && isConnector(t) && !personLike(terms, from, to))) close();
    // Trailing connectors are never kept: `to` only moves on kept terms.
    if ((BREAKING_POST.test(t.post) && !HYPHEN.test(t.post)) || /['’]s?$/u.test(t.text)) close();
  });
  close();
  return runs;
}

/** A clock time or its a.m./p.m.: "7:45", "2345", "p.m.". */
const CLOCK = /^(?:\d{1,2}[:.]\d{2}|\d{4}|[ap]\.?m\.?)$/i;

/** How credible a run is as a name on its own: null = reject, weak = needs corroboration. `terms` is one sentence. */
export function judgeRun(terms: readonly Term[], [from, to]: [number, number]): { weak: boolean } | null {
  const names = terms.slice(from, to + 1).filter((t) => !isConnector(t));
  // A lone demonym ("Afghan") is an adjective, not a place or group.
  if (names.every((t) => t.tags.includes('Demonym'))) return null;
  const only = names.length === 1 ? names[0]! : null;
  // A capitals word after a clock time is its time zone ("7:45 p.m. ET", "2345 GMT"), not an organisation.
  if (only && /^[A-Z]{2,5}$/.test(only.text) && from > 0 && CLOCK.test(terms[from - 1]!.text.replace(/^\W+/, ''))) return null;
  // A capitalised first word is capitalised by grammar, not because it is a name.
  const initial = only !== null && from === 0 && !only.tags.some((tag) => NAME_TAGS.includes(tag));
  return { weak: initial };
}

/** Nouns that introduce an organisation's name: "the shipping company Hapag-Lloyd". */
const ORG_INTRO = new Set([
  'company', 'firm', 'carrier', 'operator', 'lender', 'agency', 'broadcaster', 'newspaper', 'outlet', 'insurer', 'airline',
  'manufacturer', 'maker', 'giant', 'conglomerate', 'retailer', 'producer', 'group', 'party', 'bank', 'website', 'portal',
]);

/** Organisation cues strong enough to override compromise's guess: an organisation head word, or "company X". */
export function orgCue(terms: readonly Term[], [from, to]: [number, number]): boolean {
  const prev = terms[from - 1];
  return ORG_HEADS.has(bare(terms[to]!)) || (prev !== undefined && ORG_INTRO.has(prev.text.toLowerCase()));
}

/** "the port of Valparaíso", "the city of Osh": the name after these nouns + "of" is a place. */
const PLACE_INTRO = new Set(['city', 'town', 'village', 'port', 'province', 'region', 'district', 'county', 'state', 'island', 'capital', 'republic', 'suburb']);

/**
 * Type a run compromise did not type, from context: an all-capitals word is an
 * acronym (organisation), a title before or "said" after marks a person,
 * "the city of" a place.
 */
export function typeByCues(terms: readonly Term[], [from, to]: [number, number]): EntityType | null {
  const run = terms.slice(from, to + 1);
  const word = stripPossessive(run[0]!.text);
  if (run.length === 1 && word.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{Lu}/u.test(word)) return 'organization';
  if (run.some((t) => ['Person', 'FirstName', 'LastName'].some((tag) => t.tags.includes(tag)))) return 'person';
  const prev = terms[from - 1];
  const next = terms[to + 1];
  if ((prev && (TITLES.has(bare(prev)) || prev.tags.includes('Honorific'))) || (next && SPEECH.has(next.text.toLowerCase()))) return 'person';
  const before = terms[from - 2];
  if (prev?.text === 'of' && before && PLACE_INTRO.has(before.text.toLowerCase())) return 'place';
  return null;
}

/** Words headline style leaves in lowercase. */
const TITLE_SMALL = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'on', 'at', 'to', 'by', 'of', 'in', 'up', 'as', 'with', 'from', 'into', 'over', 'vs', 'via', 'amid', 'after', 'per']);

/**
 * Headline-style lines ("Putin Urges Central Asian States to Step up Trade")
 * capitalise every word but the small ones, so capitals say nothing there.
 */
export function isTitleCase(terms: readonly Term[]): boolean {
  const words = terms.filter((t) => /^\p{L}/u.test(t.text));
  const capitalised = words.filter((t) => isCapitalised(t.text)).length;
  return capitalised >= 3 && words.every((t) => isCapitalised(t.text) || TITLE_SMALL.has(t.text.toLowerCase()));
}
