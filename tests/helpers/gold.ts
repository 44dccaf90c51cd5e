import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEEDS_DIR = path.join(ROOT, 'content/sources');

export interface GoldSource {
  file: string;
  headline: string | null;
  outlet: string;
  kind: 'article' | 'aggregator';
  published: string | null;
  dateline: string | null;
  byline?: string;
  credited_agency?: string;
  accessed?: string;
  boilerplate_lines: string[];
  body_must_contain: string[];
  section_headings?: string[];
  related_coverage?: { headline: string; location: string | null }[];
  topics: string[];
  entities: { people: string[]; places: string[]; organizations: string[] };
  not_entities: string[];
  facts: string[];
}

export interface Gold {
  topics: string[];
  sources: GoldSource[];
  corpus: {
    event: { name: string; place: string; date: string; weekday: string };
    facts: Record<string, { statement: string; sources: string[] }>;
    discrepancies: { about: string; detail: string }[];
    timeline: {
      expected: { when: string; precision: string; what: string; sources: string[] }[];
      forbidden: { when: string; why: string }[];
    };
  };
}

export const gold: Gold = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'tests/fixtures/gold/seeds.json'), 'utf8'),
);

/** Three-digit prefix the gold uses for a source ("000"). */
export const shortId = (file: string) => file.slice(0, 3);
/** Source id as the pipeline derives it: the file name without extension. */
export const sourceIdOf = (file: string) => file.replace(/\.[^.]+$/, '');
