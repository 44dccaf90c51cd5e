import { describe, expect, it } from 'vitest';
import type { Claim, Quote } from '../../../src/claims/index.ts';
import { outletNames } from '../../../src/emit/briefing-mdx.ts';
import { briefingTree, type BriefingContext } from '../../../src/emit/briefing-tree.ts';
import { leadClaims } from '../../../src/site/lead.ts';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { SEEDS_DIR } from '../../helpers/gold.ts';

const q = (sentenceId: string, sourceId = 'a'): Quote => ({ sourceId, sentenceId, text: sentenceId });
const claim = (id: string, basis: Claim['basis'], supports: Quote[], rank: number): Claim => ({
  id, basis, facets: [], representative: supports[0]!, supports, sourceIds: [...new Set(supports.map((s) => s.sourceId))].sort(), topics: [],
  anchors: { amounts: [], percents: [], years: [], weekdays: [], days: [], durations: [], dates: [], entities: [] },
  reportedBy: new Set(supports.map((s) => s.sourceId)).size, of: 3, rank,
});

describe('leadClaims', () => {
  const wide = claim('wide', 'similar', [q('s1'), q('s2', 'b'), q('s3', 'c')], 0);
  const narrower = claim('narrower', 'similar', [q('s1'), q('s2', 'b')], 1);
  const place = claim('place', 'event', [q('s4'), q('s5', 'b')], 2);
  const other = claim('other', 'similar', [q('s6'), q('s2', 'b')], 3);

  it('skips a claim whose every sentence the lead already cites, and event facets the cards show', () => {
    expect(leadClaims([wide, narrower, place, other], 5, new Set(['place'])).map((c) => c.id)).toEqual(['wide', 'other']);
  });

  it('skips a claim quoting a sentence the lead already cites, though it cites others too (one sentence, two clauses, two facts)', () => {
    const sameQuote = claim('same-quote', 'similar', [q('s2', 'b'), q('s7'), q('s8', 'c')], 1);
    expect(leadClaims([wide, sameQuote, other], 5, new Set()).map((c) => c.id)).toEqual(['wide', 'other']);
  });

  it('keeps event claims no card shows, and stops at the lead size', () => {
    expect(leadClaims([wide, narrower, place, other], 5, new Set()).map((c) => c.id)).toEqual(['wide', 'place', 'other']);
    expect(leadClaims([wide, narrower, place, other], 1, new Set()).map((c) => c.id)).toEqual(['wide']);
  });
});

type Node = { type: string; name?: string; value?: string; depth?: number; url?: string; children?: Node[]; attributes?: { name: string; value: string }[] };
const all = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(all)];
const textOf = (n: Node): string => all(n).map((x) => (x.type === 'text' ? (x.value ?? '') : '')).join('');
const attr = (n: Node, name: string) => n.attributes?.find((a) => a.name === name)?.value;

describe('the seed briefing: event card and lead', () => {
  const r = runPipeline(SEEDS_DIR, `${SEEDS_DIR}/..`);
  const { claims, disagreements, events } = r.analysis;
  const ctx: BriefingContext = {
    outlets: outletNames(r),
    topicLabels: new Map(r.config.taxonomy.topics.map((t) => [t.id, t.label])),
    events,
  };
  const tree = briefingTree(claims, disagreements, ctx) as unknown as Node;
  const top = tree.children ?? [];
  const headings = top.filter((n) => n.type === 'heading' && n.depth === 2).map(textOf);
  const card = all(tree).find((n) => n.name === 'section' && attr(n, 'class') === 'event-card')!;
  const sections = all(tree).filter((n) => n.name === 'section' && attr(n, 'class') === 'claim');
  const lead = top.slice(top.findIndex((n) => textOf(n) === 'In brief') + 1).filter((n, i, xs) => xs.slice(0, i + 1).every((x) => x.type !== 'heading'));

  it('opens with the summit at a glance, before the lead', () => {
    expect(headings.slice(0, 2)).toEqual(['At a glance', 'In brief']);
    const rows = all(card).filter((n) => n.name === 'dt').map(textOf);
    expect(rows).toEqual(['Where', 'When', 'Which edition', 'How long']);
    expect(textOf(card)).toMatch(/Dushanbe — 5 of 5 sources/);
  });

  it('links each card value to its claim on the page, and a disputed one to the disagreement', () => {
    const ids = new Set(sections.map((s) => attr(s, 'id')));
    const links = all(card).filter((n) => n.type === 'link' && n.url?.startsWith('#'));
    for (const l of links.filter((x) => x.url!.startsWith('#c-'))) expect(ids.has(l.url!.slice(1)), l.url).toBe(true);
    const disputed = links.filter((x) => textOf(x) === '(sources disagree)');
    expect(disputed.length).toBeGreaterThanOrEqual(2);
    const asides = new Set(all(tree).filter((n) => n.name === 'aside').map((n) => attr(n, 'id')));
    for (const l of disputed) expect(asides.has(l.url!.slice(1)), l.url).toBe(true);
  });

  it('still lists every claim once, while the lead repeats neither the card nor itself', () => {
    expect(sections).toHaveLength(claims.length);
    expect(new Set(sections.map((s) => attr(s, 'id'))).size).toBe(claims.length);
    const leadIds = lead.map((n) => attr(n, 'id'));
    expect(leadIds).toHaveLength(5);
    const leadClaimsShown = leadIds.map((id) => claims.find((c) => `c-${c.id}` === id)!);
    expect(leadClaimsShown.some((c) => c.basis === 'event')).toBe(false);
    const cited = new Set<string>();
    for (const c of leadClaimsShown) {
      expect(c.supports.some((s) => !cited.has(`${s.sourceId}#${s.sentenceId}`)), c.representative.text).toBe(true);
      for (const s of c.supports) cited.add(`${s.sourceId}#${s.sentenceId}`);
    }
  });
});

describe('outletNames', () => {
  it('names each source by its outlet, and an unknown outlet as unknown, told apart by the source id', () => {
    const r = runPipeline(SEEDS_DIR, `${SEEDS_DIR}/..`);
    const [first, ...rest] = r.records;
    const records = [{ ...first!, meta: { ...first!.meta, outlet: { value: null, source: 'unknown' as const } } }, ...rest];
    const names = outletNames({ records });
    expect(names.get(first!.raw.id)).toBe(`Unknown outlet (${first!.raw.id})`);
    for (const x of rest) expect(names.get(x.raw.id)).toBe(x.meta.outlet.value);
  });
});
