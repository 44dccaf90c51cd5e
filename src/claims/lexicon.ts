/**
 * Word lists shared by anchors and event facets.
 */
import type { Token } from './text.ts';

/** Nouns that name an event with a date, a place and a length (gatherings, contests, disasters, industrial action). "event" itself is generic: it refers to the source's main event. */
export const EVENT_NOUNS = [
  'summit', 'meeting', 'talks', 'conference', 'forum', 'visit', 'session', 'congress', 'assembly', 'convention',
  'ceremony', 'election', 'referendum', 'negotiations', 'exercises', 'drills', 'games', 'tournament', 'festival',
  'rally', 'gathering', 'strike', 'walkout', 'protest', 'demonstration', 'earthquake', 'flood', 'landslide', 'mudslide',
  'storm', 'hurricane', 'typhoon', 'cyclone', 'tsunami', 'eruption', 'avalanche', 'wildfire', 'explosion', 'blast',
  'derailment', 'collision', 'crash', 'bombing', 'event',
];

/** Plural or variant → the form in EVENT_NOUNS. */
export const EVENT_SINGULAR: Record<string, string> = {
  meetings: 'meeting', summits: 'summit', conferences: 'conference', visits: 'visit', sessions: 'session',
  events: 'event', forums: 'forum', exercise: 'exercises', drill: 'drills', strikes: 'strike', protests: 'protest',
  demonstrations: 'demonstration', floods: 'flood', storms: 'storm', explosions: 'explosion',
  quake: 'earthquake', quakes: 'earthquake', earthquakes: 'earthquake', blasts: 'blast', crashes: 'crash', bombings: 'bombing',
};

/**
 * Verbs that report an accident ("a plane crashed in Texas on Sunday") → the event they name, for
 * reports that never use the noun. Only verbs rarely figurative in the past tense: "fighting
 * erupted", "a fire exploded in size" name no eruption or explosion.
 */
export const EVENT_VERBS: Record<string, string> = { crashed: 'crash', derailed: 'derailment', collided: 'collision' };

/** Ordinal words (and "inaugural") → number. */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, inaugural: 1,
};

/** Lowercase words that may sit between an ordinal and its event noun ("the second annual summit"). */
export const EDITION_QUALIFIERS = /^(annual|regional|bilateral|international|ministerial|extraordinary|informal|official|formal|joint|high|level|leaders|heads|state)$/;

/** Number of an ordinal token ("second", "2nd"), or undefined. */
export function ordinalValue(lower: string): number | undefined {
  const m = /^(\d+)(st|nd|rd|th)$/.exec(lower);
  return ORDINALS[lower] ?? (m ? Number(m[1]) : undefined);
}

/** Canonical event noun of a lowercase token (an event verb's noun too), or null. */
export function eventNoun(lower: string): string | null {
  const w = EVENT_SINGULAR[lower] ?? EVENT_VERBS[lower] ?? lower;
  return EVENT_NOUNS.includes(w) ? w : null;
}

/** The ordinal token before an event noun at `i`, through names and qualifying adjectives ("second Norland-Estovia summit"). */
export function ordinalBefore(tokens: Token[], i: number): Token | null {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = tokens[k] as Token;
    if (ordinalValue(t.lower) !== undefined) return t;
    if (!t.capital && !EDITION_QUALIFIERS.test(t.lower)) return null;
  }
  return null;
}
