/**
 * The page as handed to jsdom for Readability: the same tree, minus everything jsdom
 * would build and Readability never reads. jsdom's cost grows with nodes and attributes
 * (each attribute is an object, each `style` is run through its CSS parser), so the
 * serialisation keeps only the attributes Readability.js 0.6 looks at, drops the
 * subtrees that never hold article text, and keeps every other node:
 * Readability's choice (the `data-chaff-id`s it keeps) is the same as on the full page.
 */
import type { AnyNode, Element } from 'domhandler';
import { escapeHtml, SKIP_TAGS, VOID_TAGS } from './blocks.js';
import { ID_ATTR } from './main-content.js';

/**
 * Attributes Readability reads on any element (class/id weights, visibility, roles,
 * bylines, data tables, link density of `#` links, metadata of `<meta>`, language and
 * direction), plus chaff's element id.
 */
const KEPT_ATTRIBUTES = new Set([
  'class',
  'id',
  'hidden',
  'aria-hidden',
  'aria-modal',
  'role',
  'rel',
  'itemprop',
  'href',
  'name',
  'property',
  'content',
  'lang',
  'dir',
  'type',
  'colspan',
  'rowspan',
  'datatable',
  'summary',
  ID_ATTR,
]);

/** Elements whose every attribute Readability may read (lazy-image and noscript-image fixes). */
const ALL_ATTRIBUTES = new Set(['img', 'figure', 'picture']);

/** A `style` matters to Readability only for its visibility test. */
const VISIBILITY_STYLE = /display|visibility/i;

/** Kept from the otherwise skipped tags: Readability reads the title and meta tags. */
const HEAD_TAGS = new Set(['title', 'meta']);

/** Elements whose text the HTML parser takes as written (no character references). */
const RAW_TEXT = new Set(['xmp', 'noembed', 'noframes', 'plaintext']);

const escapeText = (s: string) =>
  s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

function keep(el: Element, name: string, value: string): boolean {
  if (ALL_ATTRIBUTES.has(el.name)) return true;
  if (name === 'style') return VISIBILITY_STYLE.test(value);
  return KEPT_ATTRIBUTES.has(name);
}

/** HTML of the tree under `root` for Readability on jsdom (see the module note). */
export function serialiseForReadability(root: AnyNode): string {
  const out: string[] = [];
  // Iterative walk (depth is unbounded on hostile pages): a string on the stack is a
  // closing tag to write once the element's children are done.
  const stack: (AnyNode | string)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      out.push(node);
      continue;
    }
    switch (node.type) {
      case 'root':
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
        break;
      case 'directive':
        out.push(`<${node.data}>`);
        break;
      // Readability counts child nodes in places (an element holding one tag and
      // nothing else), so comments stay.
      case 'comment':
        out.push(`<!--${node.data}-->`);
        break;
      case 'text': {
        const parent = node.parent as Element | null;
        out.push(parent && RAW_TEXT.has(parent.name) ? node.data : escapeText(node.data));
        break;
      }
      case 'tag': {
        const el = node as Element;
        if (SKIP_TAGS.has(el.name) && !HEAD_TAGS.has(el.name)) break;
        let open = `<${el.name}`;
        for (const name in el.attribs) {
          const value = el.attribs[name]!;
          if (keep(el, name, value)) open += ` ${name}="${escapeHtml(value)}"`;
        }
        out.push(`${open}>`);
        if (VOID_TAGS.has(el.name)) break;
        stack.push(`</${el.name}>`);
        for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
        break;
      }
      // CDATA, scripts and styles: nothing Readability reads.
    }
  }
  return out.join('');
}
