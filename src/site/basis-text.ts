/**
 * How the dates stage placed a date, for a reader: it writes the sources it
 * relied on by id after the word "source" ("event date taken from source
 * 002_f32a9bfc51ef6824, which names the same weekday"); a page names each
 * by its outlet and links it. Anything else after "source" stays as written.
 */

/** A run of the basis: plain text, or a source the page links by its name. */
export type BasisPart = { text: string } | { text: string; sourceId: string };

// Source ids are letters, digits, - and _, never ending in - (ingest/list.ts idFromFile, the front matter's id).
const SOURCE_REF = /\bsource ([A-Za-z0-9][\w-]*\w|[A-Za-z0-9])\b/g;

/** Every id the basis writes after "source", known or not (what a page naming them depends on). */
export const basisSources = (basis: string): string[] => [...basis.matchAll(SOURCE_REF)].map((m) => m[1] as string);

/** The basis cut into text and sources; `nameOf` gives a source's name, undefined for an id it does not know. */
export function basisParts(basis: string, nameOf: (sourceId: string) => string | undefined): BasisPart[] {
  const parts: BasisPart[] = [];
  let from = 0;
  for (const m of basis.matchAll(SOURCE_REF)) {
    const id = m[1] as string;
    const name = nameOf(id);
    if (name === undefined) continue;
    if (m.index > from) parts.push({ text: basis.slice(from, m.index) });
    parts.push({ text: name, sourceId: id });
    from = m.index + m[0].length;
  }
  if (from < basis.length) parts.push({ text: basis.slice(from) });
  return parts;
}
