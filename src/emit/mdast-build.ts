/** Small builders for the mdast / MDX JSX nodes the emitters produce. */
import type { BlockContent, PhrasingContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
export const flow = (name: string, attrs: Record<string, string>, children: BlockContent[]): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement', name, attributes: Object.entries(attrs).map(([k, v]) => attr(k, v)), children,
});
export const inline = (name: string, attrs: Record<string, string>, children: PhrasingContent[]): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement', name, attributes: Object.entries(attrs).map(([k, v]) => attr(k, v)), children,
});

