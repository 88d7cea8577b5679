/**
 * Stage `segment` for HTML: blocks from the cheerio tree, cut where the flattening rule
 * of a scraper cuts (every block-level element boundary, `<br>`), so that adjacent blocks
 * are never glued ("FL" + "June"). Each block carries DOM hints (tag, heading level, list
 * item, link density, class/id tokens of its ancestors) and source offsets, plus its
 * inline content as Markdown and clean HTML for rendering.
 */
import type { AnyNode, Element } from 'domhandler';
import { matchTokens, ROLE_RULES, type TokenMatch } from '../rules/tokens.js';
import type { Block, Category, DomHints } from '../types.js';
import { ID_ATTR } from './main-content.js';

/** Block-level elements: the flattening rule's list, plus a few more that always break lines. */
const BLOCK_TAGS = new Set(
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
  markdown: string;
  html: string;
}

const WS = /[\s\u00a0]+/g;

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
function escapeMd(s: string): string {
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

function safeUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  const h = href.trim();
  if (/^\s*(?:javascript|vbscript|data):/i.test(h)) return undefined;
  try {
    return base ? new URL(h, base).href : h;
  } catch {
    return h;
  }
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
  start: number;
  end: number;
}

/**
 * Walk the document and cut it into blocks.
 * @param root the `<body>` (or the document) of a cheerio tree with `data-chaff-id`s.
 */
export function htmlBlocks(root: AnyNode, url: string | undefined): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const path: PathEntry[] = [];
  let acc: Acc = newAcc();
  let inLink = 0;
  let inPre = 0;

  function newAcc(): Acc {
    return { text: [], md: [], html: [], linkChars: 0, start: -1, end: -1 };
  }

  function flush(): void {
    const raw = acc.text.join('');
    const text = inPre ? raw.replace(/^\n+|\s+$/g, '') : raw.replace(WS, ' ').trim();
    if (text) {
      // The innermost block-level element on the path holds the block.
      let at = path.length - 1;
      while (at > 0 && !BLOCK_TAGS.has(path[at]!.tag) && path[at]!.token?.rule.category !== 'other')
        at--;
      const holder = path[at] ?? ROOT_ENTRY;
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
        path: path.map((p) => p.id),
        tokenHits,
        roles,
        hidden: path.some((p) => p.hidden),
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
    if (inLink) acc.linkChars += data.replace(WS, '').length;
    if (data.trim()) {
      if (acc.start < 0 && node.startIndex != null) acc.start = node.startIndex;
      if (node.endIndex != null) acc.end = node.endIndex + 1;
    }
  }

  function visit(node: AnyNode): void {
    if (node.type === 'text') {
      addText((node as unknown as { data: string }).data, node);
      return;
    }
    if (
      node.type !== 'tag' &&
      node.type !== 'root' &&
      node.type !== 'script' &&
      node.type !== 'style'
    )
      return;
    if (node.type === 'root') {
      for (const c of node.children) visit(c);
      return;
    }
    const el = node as Element;
    const tag = el.name.toLowerCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') {
      if (inPre) addText('\n', el);
      else flush();
      return;
    }
    if (tag === 'img') {
      const alt = el.attribs.alt?.trim();
      const src = safeUrl(el.attribs.src, url);
      if (alt && src) {
        acc.md.push(`![${escapeMd(alt)}](${src})`);
        acc.html.push(`<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">`);
      }
      return;
    }
    const a = el.attribs;
    const values = [
      a.class,
      a.id,
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
    const roleCat = (a.role && ROLE_RULES[a.role.toLowerCase()]) || LANDMARK_TAGS[tag];
    path.push({
      tag,
      id: Number(a[ID_ATTR] ?? -1),
      token,
      ...(roleCat ? { role: roleCat } : {}),
      hidden: isHidden(el),
    });
    if (tag === 'pre') inPre++;
    const wrap = inlineWrap(tag, el, url);
    if (wrap) {
      acc.md.push(wrap.md[0]);
      acc.html.push(wrap.html[0]);
    }
    if (tag === 'a') inLink++;
    for (const c of el.children) visit(c);
    if (tag === 'a') inLink--;
    if (wrap) {
      acc.md.push(wrap.md[1]);
      acc.html.push(wrap.html[1]);
    }
    if (tag === 'pre') inPre--;
    if (block) flush();
    path.pop();
  }

  visit(root);
  flush();
  return blocks;
}

function inlineWrap(
  tag: string,
  el: Element,
  url: string | undefined,
): { md: [string, string]; html: [string, string] } | null {
  switch (tag) {
    case 'a': {
      const href = safeUrl(el.attribs.href, url);
      if (!href || href.startsWith('#')) return null;
      return { md: ['[', `](${href})`], html: [`<a href="${escapeHtml(href)}">`, '</a>'] };
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
