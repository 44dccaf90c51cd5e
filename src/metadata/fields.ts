import type { Field, Provenance, SuppliedMeta } from '../model/types.ts';

/** A field we could not fill, optionally saying why. */
export const unknown = <T>(note?: string): Field<T> => ({ value: null, source: 'unknown', ...(note ? { note } : {}) });

/** A field we found, with where it came from. */
export const found = <T>(value: T, source: Provenance, note?: string): Field<T> => ({ value, source, ...(note ? { note } : {}) });

type SuppliedKey = keyof NonNullable<SuppliedMeta['fields']>;

/** The editor-supplied (front matter or manifest) value of a field, when it is given and not null. */
export function supplied<K extends SuppliedKey>(meta: SuppliedMeta, key: K): Field<NonNullable<SuppliedMeta[K]>> | null {
  const value = meta[key];
  if (value === undefined || value === null) return null;
  const from = meta.fields?.[key] ?? (meta.origin === 'none' ? 'manifest' : meta.origin);
  return found(value as NonNullable<SuppliedMeta[K]>, from);
}

/** Which of front matter or manifest explicitly says a field is unknown (`published: null`), if either. */
export function suppliedAsUnknown(meta: SuppliedMeta, key: SuppliedKey): 'front-matter' | 'manifest' | null {
  return meta[key] === null ? (meta.fields?.[key] ?? null) : null;
}
