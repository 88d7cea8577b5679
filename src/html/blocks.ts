/**
 * Stage `segment` for HTML: blocks from the cheerio tree, cut where the flattening rule
 * of a scraper cuts (every block-level element boundary, `<br>`), so that adjacent blocks
 * are never glued ("FL" + "June"). Each block carries DOM hints (tag, heading level, list
 * item, link density, class/id tokens of its ancestors) and source offsets, plus its
 * inline content as Markdown and clean HTML for rendering.
 */
import type { AnyNode, Element } from 'domhandler';
import { tooManyBlocks } from '../input.js';
import { matchTokens, ROLE_RULES, type TokenMatch } from '../rules/tokens.js';
import type { Block, Category, DomHints } from '../types.js';
import { ID_ATTR } from './main-content.js';

/** Block-level elements: the flattening rule's list, plus a few more that always break lines. */
export const BLOCK_TAGS = new Set(
  'p div li h1 h2 h3 h4 h5 h6 br tr section article header footer nav aside blockquote figure figcaption pre ul ol table dd dt dl main form fieldset legend address hr details summary caption hgroup menu center'.split(
    ' ',
  ),
);
/**
 * Subtrees that never hold article text. (Not `head`: htmlparser2, unlike a browser, leaves
 * a stray `<body>` or text inside `<head>` when a page has junk there.)
 */
export const SKIP_TAGS = new Set(
  'script style noscript template iframe svg math object embed canvas video audio source track map select option datalist input textarea link meta title base param picture'.split(
    ' ',
  ),
);
/** Elements without an end tag (they never open a subtree). */
export const VOID_TAGS: ReadonlySet<string> = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);
const INSIDE_TAGS = new Set(
  'blockquote figure figcaption table aside header footer nav form pre li ol'.split(' '),
);

/** What the walk knows about an element on the path from the root. */
interface PathEntry {
  tag: string;
  id: number;
  token: TokenMatch | null;
  role?: Category;
  hidden: boolean;
}

/** Stands in for the holder of text that sits directly in the document root. */
const ROOT_ENTRY: PathEntry = { tag: 'body', id: -1, token: null, hidden: false };

/** A block from HTML, before the pipeline. */
export interface HtmlBlock extends Block {
  dom: DomHints;
  /** data-chaff-id of the innermost block-level element. */
  elementId: number;
  /** data-chaff-ids of all elements on the path, outermost first. */
  path: number[];
  /** Token matches on the path, outermost first, with the path index they sit at. */
  tokenHits: { at: number; match: TokenMatch }[];
  /** Landmark role/tag categories on the path (nav, footer, aside ...). */
  roles: { at: number; category: Category; via: string }[];
  hidden: boolean;
  /**
   * Share of the text in links to the page's own site front or to a section above the
   * page (`/`, `/blog/`, `../`): the site's name and section names, not the article's.
   */
  upLinkDensity: number;
  markdown: string;
  html: string;
}

const WS = /[\s\u00a0]+/g;

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
export function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** Is this element hidden by markup (hidden attribute, aria-hidden, inline display:none)? */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true' && !/\b(?:p|h[1-6]|li|article)\b/.test(el.name)) return true;
  const style = a.style;
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Schemes a link or image of the output may use; anything else is dropped. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** Stands in for the page's URL when none was given, to tell relative URLs apart. */
const NO_BASE = 'https://no-base.invalid/';

/** Without tabs and line breaks, and without controls and spaces at the ends (as URL parsers read it). */
function cleanUrl(raw: string): string {
  const s = raw.replace(/[\t\n\r]/g, '');
  let from = 0;
  let to = s.length;
  while (from < to && s.charCodeAt(from) <= 32) from++;
  while (to > from && s.charCodeAt(to - 1) <= 32) to--;
  return s.slice(from, to);
}

/**
 * A URL fit for the output, or undefined. The WHATWG URL parser decides the scheme, as a
 * browser would: it drops tabs and line breaks anywhere and controls at the ends, so
 * "java\tscript:" and "\x01javascript:" are javascript: URLs too. Only http(s), mailto
 * and tel pass; relative URLs resolve against `base`, or stay relative without one.
 */
export function safeUrl(href: string | undefined, base: string | undefined): string | undefined {
  return outputUrl(href, resolveHref(href, base), base);
}

/** `href` parsed against `base` (a placeholder base without one), or undefined. */
function resolveHref(href: string | undefined, base: string | undefined): URL | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base ?? NO_BASE);
  } catch {
    return undefined;
  }
}

/** {@link safeUrl} of `href`, given it already parsed as `url`. */
function outputUrl(
  href: string | undefined,
  url: URL | undefined,
  base: string | undefined,
): string | undefined {
  if (!href || !url || !SAFE_SCHEMES.has(url.protocol)) return undefined;
  return base ? url.href : cleanUrl(href) || undefined;
}

/** A URL as a Markdown link destination: brackets, parentheses and spaces percent-encoded. */
export function mdUrl(url: string): string {
  return url.replace(/[()[\]<>\\\s]/gu, (c) =>
    c.charCodeAt(0) < 128
      ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
      : encodeURIComponent(c),
  );
}

const LANDMARK_TAGS: Readonly<Record<string, Category>> = {
  nav: 'navigation',
  footer: 'navigation',
  aside: 'related',
};

interface Acc {
  text: string[];
  md: string[];
  html: string[];
  linkChars: number;
  upLinkChars: number;
  start: number;
  end: number;
}

/**
 * Walk the document and cut it into blocks.
 * @param root the `<body>` (or the document) of a cheerio tree with `data-chaff-id`s.
 * @throws {ChaffError} `E_TOO_LARGE` past `maxBlocks` blocks.
 */
export function htmlBlocks(
  root: AnyNode,
  url: string | undefined,
  maxBlocks = Number.POSITIVE_INFINITY,
): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const path: PathEntry[] = [];
  // The ids of the path, shared by every block cut while it stays the same (siblings):
  // a block per element deep down must not copy the whole path each time.
  let pathIds: number[] | null = null;
  let acc: Acc = newAcc();
  let inLink = 0;
  let inUpLink = 0;
  let inPre = 0;
  const page = parseUrl(url);

  function newAcc(): Acc {
    return { text: [], md: [], html: [], linkChars: 0, upLinkChars: 0, start: -1, end: -1 };
  }

  function flush(): void {
    const raw = acc.text.join('');
    // trimEnd, not /\s+$/: that regex is quadratic on a long run of spaces inside.
    const text = inPre ? raw.replace(/^\n+/, '').trimEnd() : raw.replace(WS, ' ').trim();
    if (text) {
      if (blocks.length >= maxBlocks) throw tooManyBlocks(maxBlocks, 'blocks');
      // The innermost block-level element on the path holds the block.
      let at = path.length - 1;
      while (at > 0 && !BLOCK_TAGS.has(path[at]!.tag) && path[at]!.token?.rule.category !== 'other')
        at--;
      const holder = path[at] ?? ROOT_ENTRY;
      pathIds ??= path.map((p) => p.id);
      const tags = path.map((p) => p.tag);
      const heading = tags.findLast((t) => /^h[1-6]$/.test(t));
      const inside = [...new Set(tags.filter((t) => INSIDE_TAGS.has(t)))];
      const tokenHits: HtmlBlock['tokenHits'] = [];
      const roles: HtmlBlock['roles'] = [];
      path.forEach((p, i) => {
        if (p.token) tokenHits.push({ at: i, match: p.token });
        if (p.role) roles.push({ at: i, category: p.role, via: p.tag });
      });
      const kind: Block['kind'] = heading
        ? 'heading'
        : tags.includes('pre')
          ? 'code'
          : tags.includes('li')
            ? 'list-item'
            : tags.includes('figcaption') || tags.includes('caption')
              ? 'caption'
              : tags.includes('blockquote')
                ? 'quote'
                : tags.includes('td') || tags.includes('th')
                  ? 'table'
                  : /[.!?…:;]["'”’»)]*$/u.test(text)
                    ? 'paragraph'
                    : 'line';
      const dom: DomHints = {
        tag: holder.tag,
        ...(heading ? { headingLevel: Number(heading[1]) } : {}),
        ...(tags.includes('li') ? { listItem: true } : {}),
        linkDensity: Math.min(1, acc.linkChars / Math.max(1, text.length)),
        tokens: tokenHits.map((t) => t.match.value),
        inside,
      };
      blocks.push({
        index: blocks.length,
        text,
        start: acc.start,
        end: acc.end,
        kind,
        label: 'content',
        confidence: 1,
        reasons: [],
        dom,
        elementId: holder.id,
        path: pathIds,
        tokenHits,
        roles,
        hidden: path.some((p) => p.hidden),
        upLinkDensity: Math.min(1, acc.upLinkChars / Math.max(1, text.length)),
        markdown: acc.md.join('').replace(WS, ' ').trim(),
        html: acc.html.join('').replace(WS, ' ').trim(),
      });
    }
    acc = newAcc();
  }

  function addText(data: string, node: AnyNode): void {
    acc.text.push(data);
    const shown = inPre ? data : data.replace(WS, ' ');
    acc.md.push(inPre ? shown : escapeMd(shown));
    acc.html.push(escapeHtml(shown));
    if (inLink) {
      const n = data.replace(WS, '').length;
      acc.linkChars += n;
      if (inUpLink) acc.upLinkChars += n;
    }
    if (data.trim()) {
      if (acc.start < 0 && node.startIndex != null) acc.start = node.startIndex;
      if (node.endIndex != null) acc.end = node.endIndex + 1;
    }
  }

  /** Work for an element once its children are done. */
  interface Leave {
    tag: string;
    wrap: ReturnType<typeof inlineWrap>;
    block: boolean;
    up: boolean;
  }

  /** Enter a node: text is added, an element pushes its path entry; returns its leave step. */
  function enter(node: AnyNode): Leave | null {
    if (node.type === 'text') {
      addText((node as unknown as { data: string }).data, node);
      return null;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return null;
    const el = node as Element;
    const tag = el.name.toLowerCase();
    if (SKIP_TAGS.has(tag)) return null;
    if (tag === 'br') {
      if (inPre) addText('\n', el);
      else flush();
      return null;
    }
    if (tag === 'img') {
      const alt = el.attribs.alt?.trim();
      const src = safeUrl(el.attribs.src, url);
      if (alt && src) {
        acc.md.push(`![${escapeMd(alt)}](${mdUrl(src)})`);
        acc.html.push(`<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">`);
      }
      return null;
    }
    const a = el.attribs;
    // A heading's id of five or more words is an anchor made from its text ("how-have-
    // drug-related-deaths-changed"), not a name for the box (wcxb-dev).
    const anchorId = /^h[1-6]$/.test(tag) && (a.id?.split(/[-_]/).length ?? 0) >= 5;
    const values = [
      a.class,
      anchorId ? undefined : a.id,
      a['data-component'],
      a['data-module'],
      a['data-testid'],
      a['data-type'],
    ].filter((v): v is string => typeof v === 'string' && v.length > 0);
    const token = values.length ? matchTokens(values) : null;
    // An inline credit or byline (`<span class="credit">` in a figcaption) is a block of
    // its own, so the caption it sits in can stay.
    const block = BLOCK_TAGS.has(tag) || token?.rule.category === 'other';
    if (block) flush();
    const role = a.role?.toLowerCase();
    // Own keys only: role="constructor" or a <constructor> tag must not find Object's.
    const roleCat =
      (role !== undefined && Object.hasOwn(ROLE_RULES, role) ? ROLE_RULES[role] : undefined) ||
      (Object.hasOwn(LANDMARK_TAGS, tag) ? LANDMARK_TAGS[tag] : undefined);
    path.push({
      tag,
      id: Number(a[ID_ATTR] ?? -1),
      token,
      ...(roleCat ? { role: roleCat } : {}),
      hidden: isHidden(el),
    });
    pathIds = null;
    if (tag === 'pre') inPre++;
    // A link's href is parsed once, for the output and for the up-link test.
    const target = tag === 'a' ? resolveHref(el.attribs.href, url) : undefined;
    const wrap = inlineWrap(tag, el, url, target);
    if (wrap) {
      acc.md.push(wrap.md[0]);
      acc.html.push(wrap.html[0]);
    }
    const up = page !== undefined && target !== undefined && isUpLink(target, page);
    if (tag === 'a') inLink++;
    if (up) inUpLink++;
    return { tag, wrap, block, up };
  }

  function leave({ tag, wrap, block, up }: Leave): void {
    if (tag === 'a') inLink--;
    if (up) inUpLink--;
    if (wrap) {
      acc.md.push(wrap.md[1]);
      acc.html.push(wrap.html[1]);
    }
    if (tag === 'pre') inPre--;
    if (block) flush();
    path.pop();
    pathIds = null;
  }

  // Iterative, not recursive: nesting depth is the page's to choose. The stack holds
  // nodes still to enter and, under each element's children, the step that leaves it.
  const stack: (AnyNode | Leave)[] = [root];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (!('type' in item)) {
      leave(item);
      continue;
    }
    const step = item.type === 'root' ? null : enter(item);
    if (step) stack.push(step);
    if ((step || item.type === 'root') && 'children' in item) {
      for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
    }
  }
  flush();
  return blocks;
}

function parseUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Does a link (resolved against the page) lead to the page's site front or to a section
 * above the page: same host, a path that the page's path extends (`/blog/` above
 * `/blog/defer-panic`), not the page itself?
 */
function isUpLink(to: URL, page: URL): boolean {
  if (to.host !== page.host || (to.protocol !== 'http:' && to.protocol !== 'https:')) return false;
  const dir = to.pathname.endsWith('/') ? to.pathname : `${to.pathname}/`;
  const here = page.pathname.endsWith('/') ? page.pathname : `${page.pathname}/`;
  return here.startsWith(dir) && here !== dir && !to.hash;
}

function inlineWrap(
  tag: string,
  el: Element,
  url: string | undefined,
  target: URL | undefined,
): { md: [string, string]; html: [string, string] } | null {
  switch (tag) {
    case 'a': {
      const href = outputUrl(el.attribs.href, target, url);
      if (!href || href.startsWith('#')) return null;
      return {
        md: ['[', `](${mdUrl(href)})`],
        html: [`<a href="${escapeHtml(href)}">`, '</a>'],
      };
    }
    case 'em':
    case 'i':
      return { md: ['*', '*'], html: ['<em>', '</em>'] };
    case 'strong':
    case 'b':
      return { md: ['**', '**'], html: ['<strong>', '</strong>'] };
    case 'code':
      return { md: ['`', '`'], html: ['<code>', '</code>'] };
    default:
      return null;
  }
}
