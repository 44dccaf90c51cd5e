/**
 * Where an event happened, read off the words after its noun or verb: "the
 * summit in Velm, Norland", "derailed in northern state of Uttar Pradesh",
 * "an earthquake in China's Gansu province", "crashed outside São Paulo".
 * A place only beside the event ("near", "outside", "on the outskirts of")
 * is a value of its own, "near …", never the event's site.
 */
import type { Sentence } from '../model/types.ts';
import { fold, tokenize, type Token } from './text.ts';

/** Compass words between "in" and a place: "in northern India", "in the north of Norland". */
const DIRECTIONS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'far',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
]);
/** What a place is called beside its name: "the state of Uttar Pradesh", "Gansu province", "the village of Pukhrayan". */
const DIVISIONS = new Set(['state', 'province', 'region', 'district', 'county', 'city', 'town', 'village', 'area', 'prefecture', 'municipality', 'oblast', 'territory', 'suburb', 'outskirts']);

const at = (tokens: Token[], k: number): Token | undefined => tokens[k];
const gapBetween = (text: string, a: Token, b: Token) => text.slice(a.start + a.surface.length, b.start);
/** Lowercase only: "Northern Ireland" and "Central Asia" are names. */
const isCompass = (tokens: Token[], k: number) => DIRECTIONS.has(at(tokens, k)?.lower ?? '') && !at(tokens, k)?.capital;
const isDivision = (tokens: Token[], k: number) => DIVISIONS.has(at(tokens, k)?.lower ?? '') && !at(tokens, k)?.capital;
/** "state of", "village of" at `k`. */
const divisionOf = (tokens: Token[], k: number) => isDivision(tokens, k) && at(tokens, k + 1)?.lower === 'of';

function skipCompass(tokens: Token[], k: number): number {
  for (let n = 0; n < 2 && isCompass(tokens, k); n++) k++;
  return k;
}

function capitalRunEnd(tokens: Token[], k: number): number {
  while (at(tokens, k)?.capital) k++;
  return k;
}

/**
 * Where the name after a place word starts: past "the", compass words and
 * "state of"; null when no name follows.
 */
function nameStart(tokens: Token[], j: number): number | null {
  const the = at(tokens, j)?.lower === 'the';
  const past = skipCompass(tokens, the ? j + 1 : j);
  const compass = past > (the ? j + 1 : j);
  j = past;
  if (divisionOf(tokens, j)) j += 2;
  else if (compass && at(tokens, j)?.lower === 'of') j += 1;
  // After "the", a name is too often an adjective ("in the Russian capital"): read only before "state of" ("the Indian state of …").
  else if (the && !divisionOf(tokens, capitalRunEnd(tokens, j))) return null;
  return at(tokens, j)?.capital ? j : null;
}

/** Where words saying a place is only beside the event end, or null. */
function nearWords(tokens: Token[], k: number): number | null {
  const w = (n: number) => at(tokens, k + n)?.lower;
  if (w(0) === 'near' || w(0) === 'outside') return k + 1;
  if (w(0) === 'on' && w(1) === 'the' && w(2) === 'outskirts' && w(3) === 'of') return k + 4;
  return null;
}

/** Token indices [from, to) of a name. */
interface Run {
  from: number;
  to: number;
}

/** The capitalised run at `j`, stopping at punctuation ("Velm, Norland" is two places). */
function nameRun(text: string, tokens: Token[], j: number): Run | null {
  let from = j;
  while (at(tokens, j)?.capital) {
    j++;
    if (j < tokens.length && !/^[\s-]*$/.test(gapBetween(text, tokens[j - 1] as Token, tokens[j] as Token))) break;
    // "the northern Indian state of Uttar Pradesh": the adjective was no place; the name after "of" is.
    if (divisionOf(tokens, j) && at(tokens, j + 2)?.capital) {
      j += 2;
      from = j;
    }
  }
  return j > from ? { from, to: j } : null;
}

/** "China's Gansu province", "India's northern Uttar Pradesh state": the place inside the one `run` names. */
function placeInside(text: string, tokens: Token[], run: Run): Run | null {
  const next = tokens[run.to];
  if (!next || !/^'s\s+$/.test(gapBetween(text, tokens[run.to - 1] as Token, next))) return null;
  const inner = nameRun(text, tokens, skipCompass(tokens, run.to));
  return inner && isDivision(tokens, inner.to) && at(tokens, inner.to + 1)?.lower !== 'of' ? inner : null;
}

/** Names the corpus writes after "in" ("in Kagrad", "in Velm"): places. See placesAfter on "at". */
export function namesAfterIn(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    if (!s.text.includes('in ')) continue;
    for (const m of s.text.matchAll(/\bin ([A-Z][\w\u00c0-\u024f'\u2019-]*(?: [A-Z][\w\u00c0-\u024f'\u2019-]*)*)/g)) {
      out.add(placeValue(m[1] as string));
    }
  }
  return out;
}

/** The normalised value of a place as tokenize reads it: "Bel-Arabad's" → "bel arabad". */
const placeValue = (name: string) => tokenize(name).map((t) => t.lower).join(' ');

/** A span of the folded text as the sentence writes it ("São Paulo", not "Sao Paulo"), when folding kept every offset. */
function asWritten(text: string, written: string, start: number, end: number): string {
  return written.length === text.length ? written.slice(start, end) : text.slice(start, end);
}

export interface PlaceRead {
  /** Normalised: "velm", "near sao paulo". */
  value: string;
  /** As written: "Velm", "outside São Paulo". */
  label: string;
}

/**
 * Places named after "in"/"at" (or "near", "outside", "on the outskirts of")
 * within a few words after the event word at token `i`, the event's own first,
 * then those containing it ("Velm, Norland"). `text` is the folded sentence
 * (tokens index it), `written` the sentence as written. "At" also introduces
 * employers and venues ("the strike at Shagaz", "staff at Ar Holding in Bel"),
 * so with `inPlaces` (namesAfterIn) a name after "at" counts only if the
 * corpus also writes it after "in".
 */
export function placesAfter(text: string, written: string, tokens: Token[], i: number, inPlaces?: ReadonlySet<string>): PlaceRead[] {
  const out: PlaceRead[] = [];
  const read = (run: Run): PlaceRead => {
    const [start, end] = [(tokens[run.from] as Token).start, (tokens[run.to - 1] as Token).start + (tokens[run.to - 1] as Token).surface.length];
    return { value: placeValue(text.slice(start, end)), label: asWritten(text, written, start, end) };
  };
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const t = tokens[k] as Token;
    const near = nearWords(tokens, k);
    if (t.lower !== 'in' && t.lower !== 'at' && near === null) continue;
    // No name there: nothing is read and, after "at", the scan goes on from here.
    let j = nameStart(tokens, near ?? k + 1) ?? near ?? k + 1;
    for (let run = nameRun(text, tokens, j); run; run = nameRun(text, tokens, j)) {
      j = run.to;
      if (t.lower === 'at' && !out.length && inPlaces && !inPlaces.has(read(run).value)) break;
      const inside = out.length ? null : placeInside(text, tokens, run);
      const places = inside ? [read(inside), read(run)] : [read(run)];
      if (inside) j = inside.to;
      if (near !== null && !out.length) {
        // Beside the first place; any after it contain it ("outside Velm, Norland").
        const first = places[0] as PlaceRead;
        places[0] = { value: `near ${first.value}`, label: asWritten(text, written, t.start, (tokens[(inside ?? run).from] as Token).start) + first.label };
      }
      out.push(...places);
      // "Velm, Norland": a comma then another name is the containing place.
      if (j >= tokens.length || gapBetween(text, tokens[j - 1] as Token, tokens[j] as Token).trim() !== ',') break;
    }
    // "strike at Ar Holding in Bel": an employer after "at", then the place after "in".
    if (out.length || t.lower !== 'at' || !inPlaces) break;
    k = j - 1;
  }
  return out;
}

/** A dateline opening the first sentence: "Velm (AFP):", "Norland:", "VELM —". */
export function datelinePlace(text: string): string | null {
  const m = /^([A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){0,2})\s*(?:\([^)]{1,20}\)\s*)?(?::|\s[-\u2013\u2014]\s)/.exec(fold(text));
  return m?.[1] ?? null;
}
