import { describe, expect, it } from 'vitest';
import { hoistPolicy, parsePolicy, policyProblems } from '../../src/site/csp-guard.ts';
import { sha256Source, siteCsp } from '../../src/site/csp.ts';
import { INLINE_SCRIPTS } from '../../src/site/inline-scripts.ts';

const SCRIPT = "document.documentElement.dataset.ok='1';";
const meta = (scriptSrc: string) => `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${scriptSrc};">`;
const pageWith = (policy: string, body: string, head = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title>${head}${policy}</head><body>${body}</body></html>`;

describe('sha256Source', () => {
  it('is the CSP hash source of the UTF-8 text', () => {
    // The SHA-256 of the empty string, base64: a published test vector.
    expect(sha256Source('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(sha256Source('é')).not.toBe(sha256Source('e'));
  });

  it('the site policy allows every authored inline script, and no wildcard', () => {
    const csp = siteCsp();
    for (const s of INLINE_SCRIPTS) expect(csp.scriptDirective?.hashes).toContain(sha256Source(s));
    expect(csp.scriptDirective?.resources).toEqual(["'self'"]);
  });
});

describe('policyProblems', () => {
  it('accepts a page whose inline scripts are all hashed', () => {
    const html = pageWith(meta(`'self' '${sha256Source(SCRIPT)}'`), `<script>${SCRIPT}</script>`);
    expect(policyProblems(html)).toEqual([]);
  });

  it('names an inline script the policy does not allow', () => {
    const html = pageWith(meta("'self'"), `<script>${SCRIPT}</script>`);
    expect(policyProblems(html)).toEqual([expect.stringContaining(`'${sha256Source(SCRIPT)}') is not allowed by script-src`)]);
  });

  it('reads the page as a browser does: <script> quoted in an attribute or escaped in text is not a script', () => {
    const html = pageWith(
      meta("'self'"),
      `<p title="said <script>alert(1)</script> twice">&lt;script&gt;alert(2)&lt;/script&gt;</p>`,
      `<meta name="description" content="<script>alert(3)</script>">`,
    );
    expect(policyProblems(html)).toEqual([]);
  });

  it('ignores data blocks (JSON-LD, templates) but not modules', () => {
    const data = pageWith(meta("'self'"), '<script type="application/ld+json">{"a":1}</script><script type="text/pagefind-template"><li></li></script>');
    expect(policyProblems(data)).toEqual([]);
    expect(policyProblems(pageWith(meta("'self'"), `<script type="module">${SCRIPT}</script>`))).toHaveLength(1);
  });

  it('rejects a missing or doubled policy, and unsafe sources', () => {
    expect(policyProblems(pageWith('', ''))).toEqual(['0 Content-Security-Policy <meta> elements, expected 1']);
    expect(policyProblems(pageWith(meta("'self'") + meta("'self'"), ''))).toEqual(['2 Content-Security-Policy <meta> elements, expected 1']);
    expect(policyProblems(pageWith(meta("'self' 'unsafe-inline'"), ''))).toEqual(["script-src allows 'unsafe-inline'"]);
    expect(policyProblems(pageWith(meta("'self' 'unsafe-eval' data:"), ''))).toEqual(["script-src allows 'unsafe-eval'", 'script-src allows data:']);
  });
});

describe('hoistPolicy', () => {
  it('moves the policy to right after the charset, before anything that could run', () => {
    const html = pageWith(meta("'self'"), '', `<script>${SCRIPT}</script>`);
    const out = hoistPolicy(html);
    expect(out).toContain(`<meta charset="utf-8">${meta("'self'")}<title>`);
    expect(out.match(/content-security-policy/g)).toHaveLength(1);
    expect(hoistPolicy(out)).toBe(out);
  });

  it('leaves a page without exactly one policy for policyProblems to report', () => {
    const html = pageWith('', '');
    expect(hoistPolicy(html)).toBe(html);
  });
});

describe('parsePolicy', () => {
  it('keeps the first of a repeated directive, as browsers do', () => {
    expect(parsePolicy("img-src 'self'; img-src data:;  ").get('img-src')).toEqual(["'self'"]);
  });
});
