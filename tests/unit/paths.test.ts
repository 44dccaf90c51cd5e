import { describe, expect, it } from 'vitest';
import { currentRoute, relativeHref, routes } from '../../src/site/paths.ts';

describe('relativeHref', () => {
  it('links between folders with ../ and real .html files', () => {
    expect(relativeHref(routes.source('a'), routes.home())).toBe('../index.html');
    expect(relativeHref(routes.home(), routes.source('a'))).toBe('sources/a.html');
    expect(relativeHref(routes.source('a'), routes.source('b'), 's-1')).toBe('b.html#s-1');
    expect(relativeHref(routes.topic('x'), routes.entity('y'))).toBe('../entities/y.html');
    expect(relativeHref(routes.topics(), routes.topic('x'))).toBe('topics/x.html');
  });
  it('derives the current route from Astro pathnames, with or without a base', () => {
    expect(currentRoute('/sources/a.html')).toBe('sources/a.html');
    expect(currentRoute('/')).toBe('index.html');
    expect(currentRoute('/docs/briefing/sources/a.html', '/docs/briefing')).toBe('sources/a.html');
    expect(currentRoute('/timeline')).toBe('timeline.html');
  });
});
