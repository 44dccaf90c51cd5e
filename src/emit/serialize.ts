import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import YAML from 'yaml';

/**
 * Serialise an mdast tree (with MDX JSX nodes) to MDX source, with YAML front
 * matter when given. Going through the syntax tree is what makes arbitrary article text
 * safe: text nodes are escaped for MDX (`{`, `<`, leading `import`/`export`),
 * so nothing a source says can become code or markup.
 */
export function toMdx(tree: Root, frontmatter?: Record<string, unknown>): string {
  const body = toMarkdown(tree, { extensions: [mdxToMarkdown()], bullet: '-', emphasis: '_' });
  if (!frontmatter) return body;
  // Quote every string: front matter is re-read by js-yaml, which would turn 2025-10-09 into a Date.
  const yaml = YAML.stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${body}`;
}
