/**
 * An outlet naming itself in an attribution clause: "…, News.Az reports citing …".
 * Only after a comma, where news copy puts its own attribution, so a person
 * who "reports" something mid-sentence is not taken for the outlet.
 */
export function findOutletInText(text: string): string | null {
  const m = /,\s(\p{Lu}[\p{L}\d]*(?:\.\p{L}{2,})?(?:\s\p{Lu}[\p{L}\d]*){0,3}) (?:reports|reported)\b/u.exec(text);
  return m && !/^(?:He|She|It|They|We|The|This|That)$/.test(m[1]!) ? m[1]! : null;
}

/** The host of a URL without `www.` ("aerocloud.top"), or null when it is not a web URL. */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\./, '') || null : null;
  } catch {
    return null;
  }
}
