import { formKey } from './aliasIndex.ts';
import type { CorpusEntity, EntityType, SourceEntities } from './types.ts';

/** The identity fields surname resolution looks at. */
export interface EntityIdentity {
  id: string;
  name: string;
  type: EntityType;
  gazetteer: boolean;
}

/** Last word → id of the one multi-word person ending with it; surnames shared by two people are left out. */
export function surnameIndex(entities: readonly EntityIdentity[]): Map<string, string> {
  const out = new Map<string, string | null>();
  for (const e of entities) {
    const words = formKey(e.name).split(' ');
    if (e.type !== 'person' || words.length < 2) continue;
    const last = words[words.length - 1]!;
    out.set(last, out.has(last) && out.get(last) !== e.id ? null : e.id);
  }
  return new Map([...out].filter((kv): kv is [string, string] => kv[1] !== null));
}

/**
 * Map surname-only entities onto the person named in full elsewhere
 * ("Lopez" → "Maria Lopez"). Only NLP-found one-word names move, and only
 * when exactly one multi-word person ends with that word: with two Lopezes the
 * short form stays on its own rather than being guessed. Returns id → new id.
 */
export function resolveSurnames(entities: readonly EntityIdentity[]): Map<string, string> {
  const bySurname = surnameIndex(entities);
  const moves = new Map<string, string>();
  for (const e of entities) {
    const key = formKey(e.name);
    const target = e.gazetteer || key.includes(' ') ? undefined : bySurname.get(key);
    if (target !== undefined && target !== e.id) moves.set(e.id, target);
  }
  return moves;
}

/** Words an acronym skips ("Organization of the Petroleum Exporting Countries" is OPEC). */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

/** The initials of a name of several words: "U.S. Geological Survey" → "USGS" ("U.S." gives two). */
export function initialsOf(name: string): string {
  const words = name.split(/[\s.\-\u2010-\u2014]+/).filter((w) => w && !ACRONYM_SKIPS.has(w.toLowerCase()));
  return words.length < 2 ? '' : words.map((w) => (w[0] as string).toUpperCase()).join('');
}

/**
 * Map acronyms onto the one entity named in full whose initials they are
 * ("USGS" → "U.S. Geological Survey", "NATO" → "North Atlantic Treaty
 * Organization"). Only NLP-found all-capital single words move, and only when
 * exactly one entity of several words has those initials. Returns id → new id.
 */
export function resolveAcronyms(entities: readonly EntityIdentity[]): Map<string, string> {
  const byInitials = new Map<string, string | null>();
  for (const e of entities) {
    const initials = initialsOf(e.name);
    if (initials.length >= 2) byInitials.set(initials, byInitials.has(initials) && byInitials.get(initials) !== e.id ? null : e.id);
  }
  const moves = new Map<string, string>();
  for (const e of entities) {
    if (e.gazetteer || !/^[A-Z]{2,8}$/.test(e.name)) continue;
    const target = byInitials.get(e.name);
    if (target && target !== e.id) moves.set(e.id, target);
  }
  return moves;
}

/**
 * Merge per-source entities into corpus entities: one id per entity across all
 * sources (surname-only people folded into their full name, acronyms into the
 * name they abbreviate), each knowing the sources and sentences that mention
 * it. Most widely cited first.
 */
export function mergeCorpus(perSource: readonly SourceEntities[]): CorpusEntity[] {
  const all = perSource.flatMap((s) => s.entities);
  const unique = dedupe(all);
  const moves = new Map([...resolveSurnames(unique), ...resolveAcronyms(unique)]);
  const byId = new Map<string, CorpusEntity>();
  const identity = new Map(all.map((e) => [e.id, e]));
  for (const src of perSource) {
    for (const e of src.entities) {
      const id = moves.get(e.id) ?? e.id;
      const canon = identity.get(id) ?? e;
      let ce = byId.get(id);
      if (!ce) byId.set(id, (ce = { id, name: canon.name, type: canon.type, gazetteer: canon.gazetteer, sources: [], mentions: [] }));
      if (!ce.sources.includes(src.sourceId)) ce.sources.push(src.sourceId);
      ce.mentions.push(...e.mentions);
    }
  }
  return [...byId.values()].sort(
    (a, b) => b.sources.length - a.sources.length || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
}

function dedupe<T extends EntityIdentity>(list: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const e of list) if (!seen.has(e.id)) seen.set(e.id, e);
  return [...seen.values()];
}
