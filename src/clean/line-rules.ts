import * as P from './patterns.ts';

/** A furniture rule decided from the line alone. The id names the kind of furniture. */
export interface LineRule {
  id: string;
  test: (text: string) => boolean;
}

/** Ordered: the first rule that matches names the removal. */
export const LINE_RULES: LineRule[] = [
  { id: 'capture-line', test: (t) => P.CAPTURE_LINE.test(t) },
  { id: 'font-size-widget', test: (t) => P.FONT_SIZE.test(t) },
  { id: 'weather-widget', test: (t) => P.WEATHER.test(t) },
  { id: 'aggregator-furniture', test: (t) => P.AGGREGATOR.some((re) => re.test(t)) },
  { id: 'share-prompt', test: (t) => P.SHARE.test(t) },
  { id: 'bare-url', test: (t) => P.BARE_URL.test(t) },
  { id: 'subscribe-prompt', test: (t) => P.SUBSCRIBE.test(t) },
  { id: 'comment-disclaimer', test: (t) => P.COMMENT_DISCLAIMER.test(t) },
  { id: 'cookie-banner', test: (t) => P.COOKIES.test(t) && t.split(/\s+/).length < 40 },
  { id: 'copyright', test: (t) => P.COPYRIGHT.test(t) },
  { id: 'caption', test: (t) => P.CAPTION.test(t) },
  { id: 'publisher-bio', test: (t) => P.PUBLISHER_BIO.test(t) },
  { id: 'author-box', test: (t) => P.AUTHOR_BOX.test(t) },
  { id: 'byline', test: (t) => P.BYLINE.test(t) || P.DESK.test(t) },
  { id: 'related-link', test: (t) => P.RELATED_INLINE.test(t) },
  { id: 'related-header', test: (t) => P.RELATED_HEADER.test(t) },
];

export function lineRule(text: string): string | null {
  const t = text.replace(/\u00a0/g, ' ').trim();
  return LINE_RULES.find((r) => r.test(t))?.id ?? null;
}
