import fs from 'node:fs';
import path from 'node:path';
import { page } from './html.ts';

export interface BrokenLink {
  from: string;
  href: string;
  problem: string;
}

/** Every internal link and #fragment in every page of `dist`, checked against the files and ids that exist. */
export function brokenLinks(dist: string): { checked: number; broken: BrokenLink[] } {
  const files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const docs = new Map(files.map((f) => [f, page(fs.readFileSync(path.join(dist, f), 'utf8'))]));
  for (const [f, doc] of docs) ids.set(path.normalize(f), new Set([...doc.querySelectorAll('[id]')].map((e) => e.id)));
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const [from, doc] of docs) {
    for (const el of doc.querySelectorAll('a[href], link[href], script[src]')) {
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // external
      checked++;
      const [rel, frag] = href.split('#', 2) as [string, string | undefined];
      const target = rel === '' ? path.normalize(from) : path.normalize(path.join(path.dirname(from), decodeURI(rel)));
      if (!fs.existsSync(path.join(dist, target))) broken.push({ from, href, problem: 'no such file' });
      else if (frag && target.endsWith('.html') && !ids.get(target)?.has(decodeURIComponent(frag))) broken.push({ from, href, problem: 'no such anchor' });
    }
  }
  return { checked, broken };
}
