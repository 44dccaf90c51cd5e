/**
 * A headline derived from the URL's last path segment, for pages whose text
 * has none. Words keep the casing the article itself gives them (a word the
 * text writes capitalised mid-sentence is a name), and pairs the text writes
 * hyphenated stay hyphenated ("Russia-Central Asia").
 */
export function headlineFromUrl(url: string | null, articleText: string): string | null {
  if (!url) return null;
  let segment: string;
  try {
    const parts = new URL(url).pathname.split('/').filter(Boolean);
    segment = decodeURIComponent(parts[parts.length - 1] ?? '').replace(/\.(?:html?|php|aspx?)$/i, '');
  } catch {
    return null;
  }
  const words = segment.split(/[-_]+/).filter((w) => w && !/^\d+$/.test(w));
  // Trailing short codes ("-tt", "-a1b2") are CMS ids, not words.
  while (words.length > 3 && /^(?:[a-z]{1,2}|[a-z0-9]*\d[a-z0-9]*)$/i.test(words[words.length - 1]!)) words.pop();
  if (words.length < 3) return null;
  const cased = words.map((w) => properCase(w, articleText) ?? w.toLowerCase());
  let out = cased[0]!.charAt(0).toUpperCase() + cased[0]!.slice(1);
  for (let i = 1; i < cased.length; i++) {
    const hyphen = new RegExp(`\\b${escape(cased[i - 1]!)}-${escape(cased[i]!)}\\b`, 'i').test(articleText);
    out += (hyphen ? '-' : ' ') + cased[i];
  }
  return out;
}

/** The capitalised form of `word` if the text uses it as a name (capitalised inside a sentence, never lowercase). */
function properCase(word: string, text: string): string | null {
  const re = new RegExp(`(?<![\\p{L}])${escape(word)}(?![\\p{L}])`, 'giu');
  let name: string | null = null;
  for (const m of text.matchAll(re)) {
    const found = m[0];
    if (found === found.toLowerCase()) return null;
    // Capitalised where a sentence does not start: a name, not just a first word.
    const before = text.slice(Math.max(0, m.index - 3), m.index).replace(/[ \t]+$/, '');
    if (before && !/[.!?:“"\n]$/.test(before)) name = found;
  }
  return name;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
