import { describe, expect, it } from 'vitest';
import { relativizeHtml } from '../../src/site/relativize.ts';

describe('relativizeHtml', () => {
  it('makes root-absolute asset and page URLs relative to the page', () => {
    const html = '<link href="/assets/a.css"><a href="/sources/x.html#s-1">x</a><a href="/">home</a><script src="/pagefind/p.js"></script>';
    expect(relativizeHtml(html, 'sources/y.html')).toBe(
      '<link href="../assets/a.css"><a href="x.html#s-1">x</a><a href="../index.html">home</a><script src="../pagefind/p.js"></script>',
    );
  });
  it('strips a deploy base and leaves external and protocol-relative URLs alone', () => {
    const html = '<link href="/docs/assets/a.css"><a href="https://ex.org/a">e</a><img src="//cdn.example/x.png">';
    expect(relativizeHtml(html, 'index.html', '/docs')).toBe('<link href="assets/a.css"><a href="https://ex.org/a">e</a><img src="//cdn.example/x.png">');
  });
});
