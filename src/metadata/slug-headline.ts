import { pushTo } from '../model/multimap.ts';

/** Short words a slug may really end with; any other 1–2 letter tail is a CMS code ("-tt"). */
const SHORT_WORDS = new Set(['a', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we', 'uk', 'un', 'eu', 'ai']);
const YEAR = /^(?:19|20)\d{2}$/;

/**
 * A headline derived from the URL's last path segment, for pages whose text
 * has none. Slug words are sentence-cased, except that a word keeps the
 * casing the article gives it when the article uses it as a name (capitalised
 * mid-sentence, never lowercase), and pairs the article writes hyphenated
 * stay hyphenated ("Russia-Central Asia").
 */
export function headlineFromUrl(url: string | null, articleText: string): string | null {
  const tokens = slugTokens(url);
  if (!tokens) return null;
  const words = wordIndex(articleText);
  const cased = tokens.map((w) => properCase(w, articleText, words) ?? w.toLowerCase());
  const lower = articleText.toLowerCase();
  let out = cased[0]!.charAt(0).toUpperCase() + cased[0]!.slice(1);
  for (let i = 1; i < cased.length; i++) {
    const [a, b] = [cased[i - 1]!.toLowerCase(), cased[i]!.toLowerCase()];
    // A plain substring search rules most pairs out before the (slow) Unicode-aware test.
    const hyphen = HYPHENS.some((h) => lower.includes(`${a}${h}${b}`)) &&
      new RegExp(`(?<![\\p{L}])${escape(cased[i - 1]!)}[${HYPHENS.join('')}]${escape(cased[i]!)}(?![\\p{L}])`, 'iu').test(articleText);
    out += (hyphen ? '-' : ' ') + cased[i];
  }
  return out;
}

const HYPHENS = ['-', '‐', '‑'];

/** Each run of letters and digits of a text by its lowercase form, with where it occurs: one pass per text, not one per slug word. */
type WordIndex = Map<string, { form: string; index: number }[]>;

function wordIndex(text: string): WordIndex {
  const index: WordIndex = new Map();
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    pushTo(index, m[0].toLowerCase(), { form: m[0], index: m.index });
  }
  return index;
}

/** The words of the URL's last meaningful path segment, CMS ids stripped; null when it is not a readable slug. */
export function slugTokens(url: string | null): string[] | null {
  if (!url) return null;
  let parts: string[];
  try {
    parts = new URL(url).pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  } catch {
    return null;
  }
  for (const segment of parts.reverse()) {
    const words = segment.replace(/\.(?:html?|php|aspx?|jsp)$/i, '').split(/[-_+]+/).filter(Boolean);
    const isId = (w: string) => (/^\d+$/.test(w) && !YEAR.test(w)) || (/\d/.test(w) && /[a-z]/i.test(w) && w.length >= 4);
    while (words.length && isId(words[0]!)) words.shift();
    while (words.length && (isId(words[words.length - 1]!) || (words[words.length - 1]!.length <= 2 && !SHORT_WORDS.has(words[words.length - 1]!.toLowerCase())))) words.pop();
    if (words.length >= 3) return words;
  }
  return null;
}

/** The casing the text gives `word` if it uses it as a name (capitalised inside a sentence, never lowercase), else null. */
function properCase(word: string, text: string, words: WordIndex): string | null {
  const hits = /^[\p{L}\p{N}]+$/u.test(word)
    ? (words.get(word.toLowerCase()) ?? [])
    : [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'giu'))].map((m) => ({ form: m[0], index: m.index }));
  let name: string | null = null;
  for (const { form, index } of hits) {
    if (form === form.toLowerCase()) return null;
    const before = text.slice(Math.max(0, index - 3), index).replace(/[ \t]+$/, '');
    // A capital after a sentence end only says the sentence starts there.
    if (before && !/[.!?:“"\n]$/.test(before)) name ??= form;
  }
  return name;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
