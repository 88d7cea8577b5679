/**
 * The benchmark README's flattening rule: what "a naive scraper's text" of a page is.
 *
 * Parse the HTML; drop the subtrees of script, style, noscript, template and head, and
 * comments; emit text nodes in document order, each whitespace run as one space (inside
 * `<pre>` line breaks are kept); put a line break before and after every block element
 * of {@link FLATTEN_BLOCKS}; then on each line collapse whitespace runs to one space and
 * trim; drop empty lines; join lines with `"\n"`.
 *
 * @packageDocumentation
 */
import { load } from 'cheerio';

/** Elements whose subtrees are dropped. */
export const FLATTEN_DROPPED: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
]);

/** Elements that get a line break before and after. */
export const FLATTEN_BLOCKS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'tr',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'blockquote',
  'figure',
  'figcaption',
  'pre',
  'ul',
  'ol',
  'table',
  'dd',
  'dt',
]);

const WHITESPACE_RUN_RE = /\s+/g;

/**
 * The structural view of a DOM node this module needs (what cheerio's domhandler nodes
 * provide): `type` is `'text'`, `'comment'`, `'directive'`, `'tag'`, `'script'`,
 * `'style'`, `'root'`, ...; elements have a lower-case `name`, text nodes `data`.
 */
export interface FlattenNode {
  type: string;
  name?: string;
  data?: string;
  children?: readonly FlattenNode[];
}

/**
 * Flatten a whole HTML document (or anything parse5 turns into one) by the README rule.
 *
 * @example
 * ```ts
 * flattenHtml('<p>Hello <b>world</b></p><p>Bye</p>'); // 'Hello world\nBye'
 * ```
 */
export function flattenHtml(html: string): string {
  const $ = load(html);
  return flattenNodes($.root().toArray() as unknown as FlattenNode[]);
}

/**
 * Flatten an HTML fragment (such as Readability's `content`) by the README rule, parsed
 * as a fragment so that no element is moved into a `<head>`.
 */
export function flattenHtmlFragment(html: string): string {
  const $ = load(html, null, false);
  return flattenNodes($.root().toArray() as unknown as FlattenNode[]);
}

/** Flatten already-parsed nodes (cheerio/domhandler) by the README rule, in order. */
export function flattenNodes(nodes: readonly FlattenNode[]): string {
  const parts: string[] = [];
  // Iterative walk (pages nest deeply). Entries are nodes to visit, or markers that close
  // a block element (emit its trailing break).
  type Entry = { node: FlattenNode; inPre: boolean } | { close: true };
  const stack: Entry[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, inPre: false });
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if ('close' in entry) {
      parts.push('\n');
      continue;
    }
    const { node, inPre } = entry;
    if (node.type === 'text') {
      const data = node.data ?? '';
      parts.push(inPre ? data : data.replace(WHITESPACE_RUN_RE, ' '));
      continue;
    }
    if (node.type === 'comment' || node.type === 'directive') continue;
    const name = node.name?.toLowerCase();
    if (name !== undefined && FLATTEN_DROPPED.has(name)) continue;
    const block = name !== undefined && FLATTEN_BLOCKS.has(name);
    const childPre = inPre || name === 'pre';
    if (block) {
      parts.push('\n');
      stack.push({ close: true });
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i]!, inPre: childPre });
    }
  }
  return finishLines(parts.join(''));
}

/** Collapse whitespace on each line, trim, drop empty lines, join with `"\n"`. */
function finishLines(text: string): string {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(WHITESPACE_RUN_RE, ' ').trim();
    if (line !== '') out.push(line);
  }
  return out.join('\n');
}
