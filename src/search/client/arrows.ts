/**
 * Arrow keys on the search page: Down from the input goes to the first
 * result link, Down and Up walk the result links (titles and sections, in
 * reading order), Up from the first goes back to the input. Tab still moves
 * through the page as usual; this only saves the reader the Tab presses.
 */

/** Handle one keydown from the input or the result list; anything but a bare ArrowUp/ArrowDown is left alone. */
export function moveAmongLinks(e: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if (e.target === input && e.key === 'ArrowUp') return; // the caret's own Up (start of the text)
  const links = [...list.querySelectorAll<HTMLAnchorElement>('.sr a[href]')];
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = e.key === 'ArrowDown' ? (at === -1 ? 0 : Math.min(at + 1, links.length - 1)) : at - 1;
  e.preventDefault();
  if (next < 0) input.focus();
  else links[next]!.focus();
}
