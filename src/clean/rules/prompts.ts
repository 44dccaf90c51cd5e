import { words } from '../shape.ts';
import { REPORTS, type LineRule } from './types.ts';

/** Calls to action around an article: share and follow, newsletters, cookies, comments, ads, navigation. */

const SHARE =
  /^(?:share(?: this)?(?: (?:article|story|post|page|link))?(?: (?:on|via|with) .{1,30})?|(?:follow|join) (?:us|our .{1,60}?|the .{1,60}?) on .{1,40}|(?:click|tap) (?:here )?to (?:share|join|follow|subscribe).{0,60}|copy (?:the )?link)\s*[:.!]?$/i;
const SOCIAL = new Set(['facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'email', 'e-mail', 'mail', 'print', 'reddit', 'pinterest', 'copy', 'link', 'share', 'vk', 'viber', 'messenger', 'threads', 'bluesky', 'instagram', 'youtube', 'tiktok', 'flipboard', 'sms']);
/** A row of share buttons: only network names ("Facebook Twitter WhatsApp Email"). */
const shareButtons = (t: string) => {
  const ws = t.toLowerCase().split(/[\s|·•,/]+/).filter(Boolean);
  return ws.length > 0 && ws.length <= 12 && ws.every((w) => SOCIAL.has(w));
};
/** "Join our Telegram channel for the latest news", "Follow us on social media". */
const CHANNEL =
  /^(?:follow|join|subscribe to) (?:us|our|the) .{0,60}\b(?:telegram|whatsapp|channel|facebook|twitter|instagram|youtube|tiktok|social media|linkedin)\b.{0,40}$/i;
/** "Follow Steppe Herald on Google News": an outlet's name, then a network, and nothing else. */
const FOLLOW_ON = /^follow [\p{L}\d&'’. -]{2,60} on (?:google news|telegram|whatsapp|twitter|x|facebook|instagram|youtube|tiktok|linkedin|threads|bluesky)[.!:]?$/iu;
/** Cookie-banner buttons on a line of their own. */
const COOKIE_BUTTON = /^(?:(?:accept|reject|decline|allow) (?:all|all cookies|cookies|necessary|essential)(?: cookies)?|accept|reject all|manage (?:cookies|consent|preferences|settings)|cookie (?:settings|preferences))$/i;
/** "Download our app for the latest news", "Get the Steppe Herald app". */
const APP = /^(?:download|get|install|try) (?:our|the) (?:free |new |official )?(?:[\p{L}&'’.]+ ){0,4}app\b(?:s)?.{0,60}$/iu;
/** "Report an error", "Found a typo?": the page asks for corrections. */
const FEEDBACK = /^(?:report (?:an? )?(?:error|typo|mistake|problem|correction)|found an? (?:error|typo|mistake)\??|suggest a correction|send (?:us )?(?:a )?(?:tip|correction|feedback))[.!]?$/i;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
const OFFERS = '(?:newsletters?|updates|alerts|inbox|briefing|digest)';
/** "Sign up for our newsletter", "Get the latest updates in your inbox"; "Register of companies updates …" is not one. */
const SUBSCRIBE = new RegExp(
  `^(?:subscribe|sign up|signup)\\b.{0,80}\\b${OFFERS}\\b|^(?:get|join|register for) (?:our|the latest|daily|free|weekly)\\b.{0,60}\\b${OFFERS}\\b|^(?:subscribe|sign up)(?: now| today| for free)?[.!]?$`,
  'i',
);
/** A cookie banner speaks to the reader or offers buttons; an article about cookies does neither. */
const COOKIE = /\bcookies?\b/i;
const COOKIE_VOICE =
  /\b(?:we|our|this (?:site|website))\b.{0,40}\bcookies?\b|\baccept (?:all|cookies)\b|\bmanage (?:cookies|consent|preferences|settings)\b|\byou (?:agree|consent)\b|\bcookie (?:settings|preferences)\b/i;
const COMMENTS =
  /\b(?:the )?comments? (?:posted|section|below|here|are|on this)\b.{0,80}\b(?:not (?:from|those of|the views)|do not (?:reflect|represent)|refrain|moderat|abusive|obscene|derogatory|offensive)|\byour comments?\b.{0,60}\b(?:moderat|review|approv)/i;
const COMMENT_PROMPT = /^(?:leave a (?:comment|reply)|post a comment|add (?:a )?comment|join the (?:conversation|discussion)|comments?(?:\s*\((?:\d+|\+)\))?|\d+ comments?|show comments|view comments)$/i;
const AD = /^(?:advertisement|advertising|ad|sponsored(?: content| post)?|promoted(?: content)?|story continues (?:below|after) (?:this |the )?(?:advertisement|ad)|scroll (?:down )?to continue(?: with content| reading)?|continue reading below)$/i;
const NAV = /^(?:skip to (?:main )?content|skip navigation|(?:main )?menu|search|home|sign in|log ?in|close|back to top|toggle navigation|open menu)$/i;
/** Breadcrumbs: "Home › World › Asia", "News > Business". */
const BREADCRUMB = /^[\p{L}&' -]{2,30}(?:\s*[›»>]\s*[\p{L}&' -]{2,30}){1,5}$/u;

/** Prompt rules, in the order they are tried. */
export const PROMPT_RULES: LineRule[] = [
  { id: 'share-prompt', test: (t) => SHARE.test(t) || CHANNEL.test(t) || FOLLOW_ON.test(t) || shareButtons(t) },
  { id: 'app-prompt', test: (t) => APP.test(t) && words(t) <= 15 },
  { id: 'feedback-prompt', test: (t) => FEEDBACK.test(t) },
  { id: 'bare-url', test: (t) => BARE_URL.test(t) },
  { id: 'subscribe-prompt', test: (t) => SUBSCRIBE.test(t) && words(t) <= 25 },
  { id: 'cookie-banner', test: (t) => (COOKIE.test(t) && COOKIE_VOICE.test(t) && words(t) <= 60 && !REPORTS.test(t)) || COOKIE_BUTTON.test(t) },
  { id: 'comment-disclaimer', test: (t) => COMMENTS.test(t) && !REPORTS.test(t) },
  { id: 'comment-prompt', test: (t) => COMMENT_PROMPT.test(t) },
  { id: 'ad-label', test: (t) => AD.test(t) },
  { id: 'navigation', test: (t) => NAV.test(t) || BREADCRUMB.test(t) },
];
