/**
 * The only inline scripts the site authors. They live here, as constants, so
 * the Content-Security-Policy (csp.ts) hashes exactly the bytes the pages
 * carry: a component renders one with `<script is:inline set:html={…} />`,
 * and any edit here changes page and policy together.
 * Both must stay static (no per-page text): one hash each for every page.
 */

/**
 * Applies a remembered light/dark choice before first paint (no flash) and
 * wires the header toggle by event delegation, so pages need no external JS.
 * Without a stored choice the page follows the system (CSS media query).
 */
export const THEME_SCRIPT =
  "(function(){var d=document.documentElement,k='theme',m=matchMedia('(prefers-color-scheme: dark)');try{var t=localStorage.getItem(k);if(t==='dark'||t==='light')d.dataset.theme=t}catch(e){}function cur(){return d.dataset.theme||(m.matches?'dark':'light')}function sync(){var b=document.querySelector('[data-theme-toggle]');if(b){b.hidden=false;b.setAttribute('aria-pressed',String(cur()==='dark'))}}document.addEventListener('DOMContentLoaded',sync);if(m.addEventListener)m.addEventListener('change',sync);document.addEventListener('click',function(e){var b=e.target&&e.target.closest&&e.target.closest('[data-theme-toggle]');if(!b)return;var t=cur()==='dark'?'light':'dark';d.dataset.theme=t;try{localStorage.setItem(k,t)}catch(e){}sync()})})();";

/**
 * Binds `/` and Ctrl/Cmd+K to focus the header search box (or, on the search
 * page, the search page's own input).
 */
export const SEARCH_KEYS_SCRIPT = `
document.addEventListener('keydown', function (e) {
  if (e.defaultPrevented || e.isComposing || e.altKey) return;
  var t = e.target;
  var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  var slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !typing;
  var combo = (e.ctrlKey || e.metaKey) && (e.key === 'k' || e.key === 'K');
  if (!slash && !combo) return;
  var box = document.querySelector('[data-search-primary] input') || document.getElementById('site-search-q');
  if (!box) return;
  e.preventDefault();
  box.focus();
  if (box.select) box.select();
});
`;

/** Every authored inline script, for the policy. */
export const INLINE_SCRIPTS: readonly string[] = [THEME_SCRIPT, SEARCH_KEYS_SCRIPT];
