/** Append `value` to the list `map` holds for `key`, starting the list when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Add `value` to the posting list of `key` in an inverted index, unless the
 * list already holds more than `cap`: a key that common is no key (callers
 * skip lists longer than `cap`), and growing it further only costs memory.
 */
export function postCapped<K, V>(postings: Map<K, V[]>, key: K, value: V, cap: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [value]);
  else if (list.length <= cap) list.push(value);
}

