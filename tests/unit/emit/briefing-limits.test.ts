import type { Parent, Root } from 'mdast';
import { disagreementIds } from '../../../src/emit/briefing-cite.ts';
import { describe, expect, it } from 'vitest';
import { outletNames } from '../../../src/emit/briefing-mdx.ts';
import { briefingTree, type BriefingContext } from '../../../src/emit/briefing-tree.ts';
import { runPipeline } from '../../../src/pipeline/run.ts';
import { SEEDS_DIR } from '../../helpers/gold.ts';

// The briefing of a large corpus is bounded; these run the seeds with tiny limits.
const r = runPipeline(SEEDS_DIR, `${SEEDS_DIR}/..`);
const { claims, disagreements } = r.analysis;
const ctx = (limits?: BriefingContext['limits']): BriefingContext => ({
  outlets: outletNames(r),
  topicLabels: new Map(r.config.taxonomy.topics.map((t) => [t.id, t.label])),
  ...(limits ? { limits } : {}),
});

type Node = { type: string; name?: string; value?: string; children?: Node[]; attributes?: { name: string; value: string }[] };
const all = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(all)];
const textOf = (n: Node): string => all(n).map((x) => (x.type === 'text' ? (x.value ?? '') : '')).join('');
const claimSections = (tree: Root) => all(tree as unknown as Node).filter((n) => n.name === 'section' && n.attributes?.some((a) => a.name === 'class' && a.value === 'claim'));
const marks = (n: Node) => all(n).filter((x) => x.name === 'sup').length;
const all_ = (tree: Root) => all(tree as unknown as Node);
const listItems = (n: Node) => all(n).filter((x) => x.type === 'listItem').length;

describe('briefing limits', () => {
  const full = briefingTree(claims, disagreements, ctx());
  const small = briefingTree(claims, disagreements, ctx({ corroborated: 1000, singles: 3, marks: 2, quotes: 2 }));
  const widest = Math.max(...claims.map((c) => c.supports.length));

  it('by default shows every claim with every supporting sentence on the seeds', () => {
    expect(widest).toBeGreaterThan(2);
    expect(claimSections(full)).toHaveLength(claims.length);
    expect(Math.max(...claimSections(full).map(marks))).toBe(widest);
    expect(textOf(full as unknown as Node)).not.toMatch(/and \d+ more/);
  });

  it('caps citation marks, outlet names and quoted sentences per claim, saying how many more', () => {
    const sections = claimSections(small);
    expect(Math.max(...sections.map(marks))).toBe(2);
    expect(Math.max(...sections.map(listItems))).toBe(2);
    const wide = claims.find((c) => c.reportedBy === 5)!;
    const text = textOf(sections.find((s) => textOf(s).includes(wide.representative.text))!);
    expect(text).toMatch(/Reported by 5 of 5 sources: .+, .+, and 3 more sources\./);
    expect(text).toContain(`and ${wide.supports.length - 2} more sentences, all listed in briefing.json.`);
  });

  it('names an outlet that published several of the sources once, and counts the outlets', () => {
    const wide = claims.find((c) => c.reportedBy === 5)!;
    // Give two seed sources one outlet, as when an outlet publishes a story and its update.
    const [first, second] = wide.sourceIds as [string, string];
    const shared = ctx();
    shared.outlets.set(second, shared.outlets.get(first)!);
    const section = claimSections(briefingTree(claims, disagreements, shared)).find((s) => textOf(s).includes(wide.representative.text))!;
    const badge = textOf(all(section).find((n) => n.attributes?.some((a) => a.name === 'class' && a.value === 'badge'))!);
    expect(badge).toMatch(new RegExp(`^Reported by 5 of 5 sources \\(4 outlets\\): ${shared.outlets.get(first)} \\(2 sources\\), `));
    expect(badge.split(shared.outlets.get(first)!).length - 1).toBe(1);
  });

  it('replaces the single-outlet list by a count when there are more than the limit', () => {
    const single = claims.filter((c) => c.reportedBy === 1).length;
    expect(single).toBeGreaterThan(3);
    expect(claimSections(small)).toHaveLength(claims.length - single);
    expect(textOf(small as unknown as Node)).toContain(`${single} facts are reported by one outlet only, too many to list here.`);
    expect((small as Parent).children.length).toBeLessThan((full as Parent).children.length);
  });

  it('shows only the most corroborated facts over the limit, and counts the rest per topic', () => {
    const multi = claims.filter((c) => c.reportedBy > 1).sort((a, b) => b.reportedBy - a.reportedBy || a.id.localeCompare(b.id));
    expect(multi.length).toBeGreaterThan(4);
    const capped = briefingTree(claims, disagreements, ctx({ corroborated: 4, singles: 0, marks: 12, quotes: 25 }));
    const shown = claimSections(capped).map((n) => n.attributes?.find((a) => a.name === 'id')?.value);
    expect(shown.sort()).toEqual(multi.slice(0, 4).map((c) => `c-${c.id}`).sort());
    const all = textOf(capped as unknown as Node);
    const most = multi[4]!.reportedBy;
    expect(all).toContain(`This page shows the 4 most widely reported of ${multi.length} facts reported by more than one outlet. The other ${multi.length - 4}, each reported by ${most === 2 ? 'two' : `${most} or fewer`} outlets, are all in briefing.json`);
    const counted = [...all.matchAll(/: (\d+) more/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(counted).toBe(multi.length - 4);
    expect(textOf(full as unknown as Node)).not.toContain('This page shows the');
  });

  it('sets side by side the disagreements a card links to, then those between the most sources, and counts the rest', () => {
    // Fixture disagreements over real claims: each corroborated claim's supports split into two sides.
    const fake = claims
      .filter((c) => c.reportedBy > 1 && c.basis === 'similar')
      .map((c): (typeof disagreements)[number] => ({
        kind: 'number',
        about: c.id,
        subject: { words: [c.id], phrase: null, time: null },
        sides: [{ value: 'one', citations: c.supports.slice(0, 1) }, { value: 'other', citations: c.supports.slice(1) }],
        claimIds: [c.id],
      }));
    expect(fake.length).toBeGreaterThan(3);
    const all = [...fake, ...disagreements];
    const tree = briefingTree(claims, all, { ...ctx({ corroborated: 1000, singles: 1000, marks: 12, quotes: 25, disagreements: 2 }), events: r.analysis.events });
    const asides = all_(tree).filter((n) => n.name === 'aside').map((n) => n.attributes?.find((a) => a.name === 'id')?.value);
    const ids = disagreementIds(all);
    const linked = ids[all.length - 1];
    const widest = fake.map((d, i) => ({ id: ids[i], n: new Set(d.sides.flatMap((x) => x.citations.map((q) => q.sourceId))).size })).sort((a, b) => b.n - a.n);
    // The card's two-day disagreement comes first (its link must resolve), then the widest; ids stay those of briefing.json.
    expect(asides).toEqual([widest[0]!.id, linked]);
    expect(textOf(tree as unknown as Node)).toContain(`and ${all.length - 2} more disagreements, between fewer sources, are listed with their quotes in briefing.json.`);
  });
});
