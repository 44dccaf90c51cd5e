import { describe, expect, it } from 'vitest';
import type { Claim, Disagreement, Quote } from '../../../src/claims/index.ts';
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { claimNode, disagreementNode, type BriefingContext } from '../../../src/emit/briefing-tree.ts';
import { toMdx } from '../../../src/emit/serialize.ts';
import { storyNamer } from '../../../src/emit/briefing-mdx.ts';

// A wire line reprinted word for word by several outlets (two sources from one of them) against one outlet's own figure.
const wire = 'Trade among the member states reached $25.8 billion in 2022, the minister said.';
const q = (sourceId: string, text: string, sentence = 's-wire'): Quote => ({ sourceId, sentenceId: sentence, text });
const d: Disagreement = {
  kind: 'number',
  about: 'trade member, 2022',
  subject: { words: ['trade', 'member'], phrase: 'Trade among the member states reached …', time: '2022' },
  claimIds: ['c1', 'c2'],
  sides: [
    { value: '$25.8 billion', citations: [q('a1', wire), q('b', wire), q('a2', wire), q('c', 'Trade reached $25.8bn in 2022, the minister said.', 's-own'), q('d', wire)] },
    { value: '$23 billion', citations: [q('e', 'Trade among the member states reached $23 billion in 2022.', 's-e')] },
  ],
};
const outlets = new Map([['a1', 'Alpha Daily'], ['a2', 'Alpha Daily'], ['b', 'Beta News'], ['c', 'Gamma Post'], ['d', 'Delta Times'], ['e', 'Epsilon']]);
const ctx = (marks = 12): BriefingContext => ({ outlets, topicLabels: new Map(), limits: { corroborated: 400, singles: 1000, marks, quotes: 25 } });

type Node = { type: string; name?: string; value?: string; url?: string; children?: Node[]; attributes?: { name: string; value: string }[] };
const all = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(all)];
const textOf = (n: Node): string => all(n).map((x) => (x.type === 'text' ? (x.value ?? '') : '')).join('');
const sides = (marks?: number) => all(disagreementNode(d, ctx(marks), 'd-x') as unknown as Node).filter((n) => n.attributes?.some((a) => a.name === 'class' && a.value === 'side'));

describe('a disagreement side', () => {
  it('quotes each wording once, linking every source that says it to its own sentence', () => {
    const [reprinted] = sides();
    const quotes = all(reprinted!).filter((n) => n.type === 'blockquote');
    expect(quotes.map(textOf)).toEqual([
      `${wire} (Alpha Daily, Beta News, Alpha Daily and Delta Times)`,
      'Trade reached $25.8bn in 2022, the minister said. (Gamma Post)',
    ]);
    const links = all(quotes[0]!).filter((n) => n.type === 'link').map((n) => n.url);
    expect(links).toEqual(['sources/a1.html#s-wire', 'sources/b.html#s-wire', 'sources/a2.html#s-wire', 'sources/d.html#s-wire']);
  });

  it('names each outlet once in its heading, with how many of its sources', () => {
    const [reprinted, other] = sides();
    expect(textOf(all(reprinted!).find((n) => n.type === 'paragraph')!)).toBe('$25.8 billion — Alpha Daily (2 sources), Beta News, Gamma Post, Delta Times');
    expect(textOf(all(other!).find((n) => n.type === 'paragraph')!)).toBe('$23 billion — Epsilon');
  });

  it('marks the value each quote gives, as the sentence writes it', () => {
    const withValues: Disagreement = { ...d, sides: d.sides.map((x) => ({ ...x, citations: x.citations.map((c) => ({ ...c, values: [/\$[\d.]+(?: billion|bn)/.exec(c.text)![0]] })) })) };
    const marked = all(disagreementNode(withValues, ctx(), 'd-x') as unknown as Node)
      .filter((n) => n.name === 'mark' && n.attributes?.some((a) => a.name === 'class' && a.value === 'disputed'))
      .map(textOf);
    expect(marked).toEqual(['$25.8 billion', '$25.8bn', '$23 billion']);
  });

  it('past the mark limit, links the first sources and counts the rest', () => {
    const quote = all(sides(2)[0]!).find((n) => n.type === 'blockquote')!;
    expect(textOf(quote)).toBe(`${wire} (Alpha Daily, Beta News and 2 more sources)`);
    expect(all(quote).filter((n) => n.type === 'link')).toHaveLength(2);
  });
});

describe("a disagreement's story", () => {
  const provenance = (c: BriefingContext) => all(disagreementNode(d, c, 'd-x') as unknown as Node).filter((n) => n.attributes?.some((a) => a.name === 'class' && a.value === 'provenance'));

  it('is named when the corpus tells several: how many sources tell it, and a headline among them, linked', () => {
    const refs = new Map([['b', { headline: 'Trade talks open in Velm', url: null, published: null }]]);
    const [line] = provenance({ ...ctx(), refs, storyOf: () => ({ id: 'b', namedBy: 'b', sources: 14 }) });
    expect(textOf(line!)).toBe('From a story told by 14 sources, among them “Trade talks open in Velm”');
    expect(all(line!).find((n) => n.type === 'link')?.url).toBe('sources/b.html');
    // Search leaves it out: the headline would otherwise match every claim of the story.
    expect(line!.attributes?.some((a) => a.name === 'data-pagefind-ignore')).toBe(true);
    // A story whose source has no headline is named by its outlet.
    expect(textOf(provenance({ ...ctx(), storyOf: () => ({ id: 'b', namedBy: 'b', sources: 14 }) })[0]!)).toBe('From a story told by 14 sources, among them Beta News');
  });

  it('is not named when there is one story', () => expect(provenance(ctx())).toEqual([]));

  it('is named by a headline that states no figure when it has one: a figure in it may be one its sources dispute', () => {
    const headlines: Record<string, string | null> = { a: 'Death toll from Velm mudslide rises to 8', b: null, c: 'Mudslide buries homes in Velm', d: 'Rescuers search for the missing' };
    const story = { id: 'a', sourceIds: ['a', 'b', 'c', 'd'] };
    expect(storyNamer(story, (id) => headlines[id])).toBe('c');
    // Else the first headline, else the first source.
    expect(storyNamer({ id: 'a', sourceIds: ['a', 'b'] }, (id) => headlines[id])).toBe('a');
    expect(storyNamer({ id: 'b', sourceIds: ['b'] }, (id) => headlines[id])).toBe('b');
    const [line] = provenance({ ...ctx(), refs: new Map([['c', { headline: 'Mudslide buries homes in Velm', url: null, published: null }]]), storyOf: () => ({ id: 'a', namedBy: 'c', sources: 4 }) });
    expect(textOf(line!)).toBe('From a story told by 4 sources, among them “Mudslide buries homes in Velm”');
    expect(all(line!).find((n) => n.type === 'link')?.url).toBe('sources/c.html');
  });

  it('keeps markup-looking words of a heading and a headline as text through MDX, in the heading and its aria-label', () => {
    const phrase = 'the "green" fund {x} <script>alert(1)</script>';
    const hostile: Disagreement = { ...d, subject: { words: ['green', 'fund'], phrase, time: null } };
    const refs = new Map([['b', { headline: '<img src=x onerror=alert(1)> {y} & co', url: null, published: null }]]);
    const node = disagreementNode(hostile, { ...ctx(), refs, storyOf: () => ({ id: 'b', namedBy: 'b', sources: 3 }) }, 'd-x');
    const tree = fromMarkdown(toMdx({ type: 'root', children: [node] } as unknown as Root), { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
    const code = (n: Root | RootContent): string[] => [...(n.type.startsWith('mdxjs') || n.type.endsWith('Expression') ? [n.type] : []), ...('children' in n ? n.children.flatMap(code) : [])];
    expect(code(tree)).toEqual([]);
    const aside = all(tree as unknown as Node).find((n) => n.name === 'aside')!;
    const title = `Sources give different figures for “${phrase}”`;
    expect(aside.attributes?.find((a) => a.name === 'aria-label')?.value).toBe(title);
    expect(textOf(all(aside).find((n) => n.type === 'strong')!)).toBe(title);
    expect(textOf(aside)).toContain('among them “<img src=x onerror=alert(1)> {y} & co”');
  });
});

describe('a claim, how each source says it', () => {
  const supports = d.sides[0]!.citations;
  const claim: Claim = {
    id: 'c1', basis: 'similar', facets: [], representative: supports[0]!, supports, sourceIds: ['a1', 'b', 'a2', 'c', 'd'], topics: [],
    anchors: { amounts: [], percents: [], years: [], weekdays: [] } as unknown as Claim['anchors'], reportedBy: 5, of: 6, rank: 0,
  };
  const items = (quotes = 25) => {
    const node = claimNode(claim, { ...ctx(), limits: { corroborated: 400, singles: 1000, marks: 12, quotes } }, { n: 0 }) as unknown as Node;
    return { list: all(node).filter((n) => n.type === 'listItem').map(textOf), text: textOf(node) };
  };

  it('lists a reprinted sentence once with every source, and a sentence of its own with its outlet', () => {
    expect(items().list).toEqual([`“${wire}” (Alpha Daily, Beta News, Alpha Daily and Delta Times)`, 'Gamma Post: “Trade reached $25.8bn in 2022, the minister said.” (in context)']);
  });

  it('cuts the list by wordings and counts the sentences left out', () => {
    const { list, text } = items(1);
    expect(list).toHaveLength(1);
    expect(text).toContain('and 1 more sentence, all listed in briefing.json.');
  });

  it("says which story its 'N of M sources' counts, when the sources tell several, and nothing when they tell one", () => {
    const refs = new Map([['a1', { headline: 'Trade talks open in Velm', url: null, published: null }]]);
    const stories = { ...ctx(), refs, storyOf: (id: string) => (id === 'a1' ? { id: 'a1', namedBy: 'a1', sources: 6 } : undefined) };
    const line = (c: BriefingContext) => all(claimNode(claim, c, { n: 0 }) as unknown as Node).filter((n) => n.attributes?.some((a) => a.name === 'class' && a.value === 'provenance')).map(textOf);
    expect(line(stories)).toEqual(['From a story told by 6 sources, among them “Trade talks open in Velm”']);
    expect(line(ctx())).toEqual([]);
  });
});
