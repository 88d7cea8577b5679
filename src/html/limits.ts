/**
 * Limits of the HTML path, and the guarded parse that enforces the tree limits.
 *
 * Measured on this project's machine (see the commit that added them): the parser spends
 * time proportional to the depth of the open elements on every start tag (htmlparser2:
 * 200,000 nested `<div>`s took 56 s; parse5 took 311 s), cheerio's selectors do the same
 * per element, and its serializer recurses (a stack overflow at 10,000 levels). Readability
 * on jsdom grows faster still: 250 nested `<div>`s took 3.7 s, 500 took 14 s; 16,000
 * elements took 5 s. The 812 dev-set pages nest at most 56 deep (p99 42) and hold at most
 * 4,975 elements (p99 3,236), so the limits below leave real pages alone.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { SKIP_TAGS } from './blocks.js';
import { loadHtmlparser2 } from './lazy.js';

/** Deeper than this, the page is not built into a tree (see {@link parseTree}). */
export const MAX_TREE_DEPTH = 256;
/** More elements than this, the page is not built into a tree. */
export const MAX_TREE_ELEMENTS = 500_000;
/** Readability runs only on pages with at most this many elements outside skipped subtrees... */
export const READABILITY_MAX_ELEMENTS = 10_000;
/** ...nested at most this deep. */
export const READABILITY_MAX_DEPTH = 128;

/** htmlparser2's options for the tree: HTML, with the source offsets blocks carry. */
export const PARSE_OPTIONS = { xmlMode: false, withStartIndices: true, withEndIndices: true };

/** Thrown by {@link parseTree} when the page goes past a tree limit. */
export class TreeLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TreeLimitError';
  }
}

/**
 * Parse HTML into cheerio's tree as `cheerio.load` does with htmlparser2 (its
 * `parseDocument`), stopping with a {@link TreeLimitError} as soon as an element would
 * sit deeper than {@link MAX_TREE_DEPTH} or the tree would hold more than
 * {@link MAX_TREE_ELEMENTS} elements. Below the depth limit, the parser's per-tag work on
 * its stack of open elements stays bounded too.
 */
export function parseTree(html: string): Document {
  const { Parser, DomHandler } = loadHtmlparser2();
  let elements = 0;
  const handler = new (class extends DomHandler {
    override onopentag(name: string, attribs: Record<string, string>): void {
      // tagStack holds the document, then the open elements.
      if (this.tagStack.length > MAX_TREE_DEPTH) {
        throw new TreeLimitError(`elements are nested more than ${MAX_TREE_DEPTH} deep`);
      }
      if (++elements > MAX_TREE_ELEMENTS) {
        throw new TreeLimitError(`the page has more than ${count(MAX_TREE_ELEMENTS)} elements`);
      }
      super.onopentag(name, attribs);
    }
  })(undefined, PARSE_OPTIONS);
  new Parser(handler, PARSE_OPTIONS).end(html);
  return handler.root;
}

const count = (n: number) => n.toLocaleString('en-US');

/** Elements and nesting depth of a tree outside the subtrees chaff skips (what jsdom gets). */
export function domStats(root: AnyNode): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, d] = top;
    if (node.type === 'tag') {
      if (SKIP_TAGS.has((node as Element).name)) continue;
      elements++;
      if (d > depth) depth = d;
    }
    if ('children' in node) for (const c of node.children) stack.push([c, d + 1]);
  }
  return { elements, depth };
}
