import type { Gazetteer } from '../../../src/entities/schema.ts';
import { formKey } from '../../../src/entities/aliasIndex.ts';

/** Alias-aware identity of a name for comparisons: the gazetteer id when the name is a known form, else its folded form. */
export function identityOf(gaz: Gazetteer, name: string): string {
  const key = formKey(name);
  const entry = gaz.entries.find((e) => [e.name, ...e.aliases].some((a) => formKey(a) === key));
  return entry ? entry.id : key;
}
