/**
 * Post-build pass over every page's Content-Security-Policy <meta>:
 *  - moves it to the top of <head> (right after `<meta charset>`). A <meta>
 *    policy governs only what the parser meets after it, and Astro writes it
 *    at the end of <head>: after the theme script, and after the title,
 *    description and JSON-LD, which carry source text;
 *  - fails the build, naming the page, if the page has no policy or several,
 *    if a directive allows inline script wholesale, or if an inline script is
 *    not allowed by hash (e.g. a later build step rewrote its text).
 * Run it after every step that rewrites HTML and before indexing and zipping.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { timed } from '../pipeline/timings.ts';
import { sha256Source } from './csp.ts';

/** The policy <meta> exactly as Astro writes it (text and attribute values escape `<` and `"`, so only the element matches). */
const POLICY_META = /<meta http-equiv="content-security-policy" content="[^"]*">/gi;
const CHARSET_META = /<meta charset="utf-8">/i;
/** `type` values that make a <script> executable (empty = classic); anything else is a data block. */
const EXECUTABLE_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

/** One page's policy, parsed: directive name → its sources. */
export type Policy = Map<string, string[]>;

/** Parse a policy string (`a x y; b z`). A repeated directive keeps its first value, as browsers do. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** What the guard needs of a page: the policy <meta> contents and the text of each inline script the browser would execute. */
interface PageScan {
  policies: string[];
  inlineScripts: string[];
}

/**
 * One streaming pass of an HTML tokenizer (no DOM: a DOM per page was most of
 * the guard's time on large sites). Parsed as a browser would: `<script>`
 * quoted inside an attribute value is text; `src=` scripts, JSON-LD and
 * templates are not inline code.
 */
function scanPage(html: string): PageScan {
  const scan: PageScan = { policies: [], inlineScripts: [] };
  let script: string | null = null;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'meta' && /^content-security-policy$/i.test(attrs['http-equiv'] ?? '')) scan.policies.push(attrs.content ?? '');
      if (name === 'script' && attrs.src === undefined && EXECUTABLE_TYPE.test((attrs.type ?? '').trim())) script = '';
    },
    ontext(text) {
      if (script !== null) script += text;
    },
    onclosetag(name) {
      if (name === 'script' && script !== null) {
        scan.inlineScripts.push(script);
        script = null;
      }
    },
  });
  parser.end(html);
  return scan;
}

/** Problems with a page's policy, empty when it is sound. */
export function policyProblems(html: string): string[] {
  const { policies, inlineScripts } = scanPage(html);
  if (policies.length !== 1) return [`${policies.length} Content-Security-Policy <meta> elements, expected 1`];
  const policy = parsePolicy(policies[0]!);
  const problems: string[] = [];
  const scriptSrc = policy.get('script-src');
  if (!scriptSrc) problems.push('no script-src directive');
  for (const [name, sources] of policy) {
    if (!name.startsWith('script-src')) continue;
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', '*']) {
      if (sources.includes(bad)) problems.push(`${name} allows ${bad}`);
    }
  }
  for (const text of inlineScripts) {
    const hash = `'${sha256Source(text)}'`;
    if (!scriptSrc?.includes(hash)) problems.push(`inline script ${JSON.stringify(text.slice(0, 60))}… (${hash}) is not allowed by script-src`);
  }
  return problems;
}

/** The page with its policy <meta> moved to right after `<meta charset>`. */
export function hoistPolicy(html: string): string {
  const metas = [...html.matchAll(POLICY_META)];
  if (metas.length !== 1 || !CHARSET_META.test(html)) return html;
  const meta = metas[0]![0];
  return html.replace(meta, '').replace(CHARSET_META, (charset) => `${charset}${meta}`);
}

/** The guard as an Astro integration (see the module comment). */
export function cspGuard(): AstroIntegration {
  return {
    name: 'briefing:csp-guard',
    hooks: {
      'astro:build:done': ({ dir }) => timed('csp-guard', () => {
        const out = fileURLToPath(dir);
        const failures: string[] = [];
        for (const file of fs.readdirSync(out, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const abs = path.join(out, file);
          const html = hoistPolicy(fs.readFileSync(abs, 'utf8'));
          for (const p of policyProblems(html)) failures.push(`${file.split(path.sep).join('/')}: ${p}`);
          fs.writeFileSync(abs, html);
        }
        if (failures.length > 0) throw new Error(`Content-Security-Policy check failed:\n  ${failures.join('\n  ')}`);
      }),
    },
  };
}
