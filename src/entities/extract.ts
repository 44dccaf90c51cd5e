import type { Sentence } from '../model/types.ts';
import { compileGazetteer, formKey, matchAliases, type AliasIndex, type AliasMatch } from './aliasIndex.ts';
import { resolveSurnames, surnameIndex } from './merge.ts';
import { compromiseNer, memoNer } from './ner.ts';
import type { Gazetteer } from './schema.ts';
import type { EntityMention, EntityType, NerFn, NerSpan, SourceEntities, SourceEntity } from './types.ts';

/** Options for `extractEntities`. */
export interface ExtractOptions {
  /**
   * The per-sentence NLP name finder. Default: compromise, memoised by
   * sentence text for this call. Pass a cached function to reuse results
   * across builds (the spans are plain JSON).
   */
  ner?: NerFn;
}

interface NlpEntity {
  key: string;
  name: string;
  votes: Map<EntityType, number>;
  mentions: EntityMention[];
}

const compiled = new WeakMap<Gazetteer, AliasIndex>();
function indexFor(gaz: Gazetteer): AliasIndex {
  let index = compiled.get(gaz);
  if (!index) compiled.set(gaz, (index = compileGazetteer(gaz)));
  return index;
}

const slug = (key: string) => key.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'entity';

/**
 * Decide whether an NLP span survives next to the gazetteer hits of its
 * sentence. The gazetteer is curated, so it wins an overlap; the NLP span is
 * kept only when it is a longer name built around gazetteer words and adds a
 * capitalised word of its own ("Russian Railways" around the demonym
 * "Russian"), never when it only re-reads a gazetteer name or a demonym.
 */
function survives(span: NerSpan, hits: readonly AliasMatch[]): boolean {
  const inside = hits.filter((h) => h.start < span.end && h.end > span.start);
  if (!inside.length) return true;
  if (!inside.every((h) => h.start >= span.start && h.end <= span.end)) return false;
  let rest = span.text;
  for (const h of [...inside].sort((a, b) => b.start - a.start)) {
    rest = rest.slice(0, h.start - span.start) + ' ' + rest.slice(h.end - span.start);
  }
  return /(^|\s)\p{Lu}\p{L}/u.test(rest);
}

/**
 * Entities per source. Gazetteer names are matched in one pass over each
 * sentence; names it does not know come from one NLP call per sentence. The
 * same name is one entity across all given sentences, and a surname-only
 * person is merged into the full name found anywhere in the input. Only
 * sentences are read, so boilerplate the cleaner removed can never count.
 */
export function extractEntities(sentences: readonly Sentence[], gazetteer: Gazetteer, options: ExtractOptions = {}): SourceEntities[] {
  const index = indexFor(gazetteer);
  const ner = options.ner ?? memoNer(compromiseNer);
  const mentionsById = new Map<string, EntityMention[]>();
  const nlp = new Map<string, NlpEntity>();
  const weak: { key: string; m: EntityMention }[] = [];

  for (const s of sentences) {
    const hits = matchAliases(s.text, index);
    for (const h of hits) {
      if (!h.blocking && h.entry) push(mentionsById, h.entry.id, mention(s, h.text, h.start, h.end, 'gazetteer'));
    }
    for (const span of ner(s.text)) {
      if (!survives(span, hits)) continue;
      const key = formKey(span.text);
      const known = index.byForm.get(key);
      if (known) push(mentionsById, known.id, mention(s, span.text, span.start, span.end, 'gazetteer'));
      else if (span.weak || !span.type) weak.push({ key, m: mention(s, span.text, span.start, span.end, 'nlp') });
      else {
        let ent = nlp.get(key);
        if (!ent) nlp.set(key, (ent = { key, name: span.text, votes: new Map(), mentions: [] }));
        ent.votes.set(span.type, (ent.votes.get(span.type) ?? 0) + 1);
        ent.mentions.push(mention(s, span.text, span.start, span.end, 'nlp'));
      }
    }
  }

  const identities = new Map<string, Omit<SourceEntity, 'mentions'>>();
  for (const id of mentionsById.keys()) {
    const e = index.entries.get(id)!;
    identities.set(id, { id, name: e.name, type: e.type, gazetteer: true });
  }
  const idByKey = new Map<string, string>();
  for (const ent of nlp.values()) {
    // compromise may type one name differently in different sentences; the majority decides.
    const type = [...ent.votes].sort((a, b) => b[1] - a[1])[0]![0];
    let id = slug(ent.key);
    if (index.entries.has(id) || identities.has(id)) id = `${id}-${type}`;
    identities.set(id, { id, name: ent.name, type, gazetteer: false });
    mentionsById.set(id, ent.mentions);
    idByKey.set(ent.key, id);
  }
  // Weak candidates count only when corroborated: the same name found strongly, or a known person's surname.
  const surnameOf = surnameIndex([...identities.values()]);
  for (const { key, m } of weak) {
    const id = idByKey.get(key) ?? surnameOf.get(key);
    if (id) mentionsById.get(id)!.push(m);
  }
  for (const [from, to] of resolveSurnames([...identities.values()])) {
    mentionsById.get(to)!.push(...(mentionsById.get(from) ?? []));
    mentionsById.delete(from);
    identities.delete(from);
  }
  return groupBySource(sentences, identities, mentionsById);
}

function groupBySource(
  sentences: readonly Sentence[],
  identities: Map<string, Omit<SourceEntity, 'mentions'>>,
  mentionsById: Map<string, EntityMention[]>,
): SourceEntities[] {
  const order = new Map(sentences.map((s, i) => [`${s.sourceId}\u0000${s.id}`, i]));
  const pos = (m: EntityMention) => (order.get(`${m.sourceId}\u0000${m.sentenceId}`) ?? 0) * 1e6 + m.start;
  const sources = new Map<string, Map<string, SourceEntity>>();
  for (const s of sentences) if (!sources.has(s.sourceId)) sources.set(s.sourceId, new Map());
  for (const [id, ms] of mentionsById) {
    const ident = identities.get(id);
    if (!ident) continue;
    for (const m of [...ms].sort((a, b) => pos(a) - pos(b))) {
      const bucket = sources.get(m.sourceId)!;
      let e = bucket.get(id);
      if (!e) bucket.set(id, (e = { ...ident, mentions: [] }));
      e.mentions.push(m);
    }
  }
  return [...sources].map(([sourceId, bucket]) => ({
    sourceId,
    entities: [...bucket.values()].sort(
      (a, b) => b.mentions.length - a.mentions.length || pos(a.mentions[0]!) - pos(b.mentions[0]!),
    ),
  }));
}

function mention(s: Sentence, text: string, start: number, end: number, via: EntityMention['via']): EntityMention {
  return { sourceId: s.sourceId, sentenceId: s.id, text, start, end, via };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
