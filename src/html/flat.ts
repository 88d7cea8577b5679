/**
 * The tree fallback: blocks cut from the page's tags without building a tree, for pages
 * the parser cannot build within the limits (see `limits.ts`) or at all. htmlparser2's
 * tokenizer reads the page in one pass with no stack, so time is linear in the page and
 * memory in its text, whatever the nesting.
 *
 * Blocks are cut where the tree walk cuts them (block-level tags and `<br>`), with their
 * text, source offsets and the few hints a tag stream gives (heading level, list item,
 * link density). There is no main-content detection, no class/id evidence and no inline
 * markup: the blocks meet the same classifier as text.
 */
import { tooManyBlocks } from '../input.js';
import type { Block, DomHints } from '../types.js';
import {
  BLOCK_TAGS,
  escapeHtml,
  escapeMd,
  type HtmlBlock,
  SKIP_TAGS,
  VOID_TAGS,
} from './blocks.js';
import { loadHtmlparser2 } from './lazy.js';

const WS = /[\s\u00a0]+/g;
const NON_WS = /[^\s\u00a0]/;

/** Blocks of a page read as a stream of tags, and its `<title>`. */
export function flatBlocks(
  html: string,
  maxBlocks: number,
): { blocks: HtmlBlock[]; title?: string } {
  const { Tokenizer } = loadHtmlparser2();
  const blocks: HtmlBlock[] = [];
  let pieces: string[] = [];
  let start = -1;
  let end = -1;
  let linkChars = 0;
  let last = 0; // end of the previous token: where an entity starts at the latest
  let tagName = '';
  // What the stream says about where text sits. Counters, not a stack: unbalanced markup
  // only blurs the hints, and a floor of 0 keeps stray end tags from driving them negative.
  let skip = ''; // the skipped element whose subtree is being passed over
  let skipDepth = 0;
  let title: string | undefined;
  let titleText: string[] | undefined;
  let heading = 0;
  let listItem = 0;
  let link = 0;
  let holder = 'body';
  const inside = new Map<string, number>();
  const INSIDE = ['blockquote', 'figcaption', 'caption', 'table', 'pre', 'li'];

  const flush = () => {
    const text = pieces.join('').replace(WS, ' ').trim();
    if (text) {
      if (blocks.length >= maxBlocks) throw tooManyBlocks(maxBlocks, 'blocks');
      const within = INSIDE.filter((t) => (inside.get(t) ?? 0) > 0);
      const kind: Block['kind'] = heading
        ? 'heading'
        : within.includes('pre')
          ? 'code'
          : listItem
            ? 'list-item'
            : within.includes('figcaption') || within.includes('caption')
              ? 'caption'
              : within.includes('blockquote')
                ? 'quote'
                : within.includes('table')
                  ? 'table'
                  : /[.!?…:;]["'”’»)]*$/u.test(text)
                    ? 'paragraph'
                    : 'line';
      const dom: DomHints = {
        tag: holder,
        ...(heading ? { headingLevel: heading } : {}),
        ...(listItem ? { listItem: true } : {}),
        linkDensity: Math.min(1, linkChars / Math.max(1, text.length)),
        tokens: [],
        inside: within,
      };
      blocks.push({
        index: blocks.length,
        text,
        start,
        end,
        kind,
        label: 'content',
        confidence: 1,
        reasons: [],
        dom,
        elementId: -1,
        path: [],
        tokenHits: [],
        roles: [],
        hidden: false,
        upLinkDensity: 0,
        markdown: escapeMd(text),
        html: escapeHtml(text),
      });
    }
    pieces = [];
    start = -1;
    end = -1;
    linkChars = 0;
  };

  const addText = (data: string, from: number, to: number) => {
    if (titleText) titleText.push(data);
    if (skip) return;
    pieces.push(data);
    if (link) linkChars += data.replace(WS, '').length;
    if (!NON_WS.test(data)) return;
    // Offsets of the first and last visible character; an entity spans its source.
    const verbatim = to - from === data.length;
    if (start < 0) start = from + (verbatim ? data.length - data.trimStart().length : 0);
    end = verbatim ? from + data.trimEnd().length : to;
  };

  const bump = (name: string, by: 1 | -1) => {
    if (name === 'li') listItem = Math.max(0, listItem + by);
    if (name === 'a') link = Math.max(0, link + by);
    if (/^h[1-6]$/.test(name)) heading = by > 0 ? Number(name[1]) : 0;
    if (name === 'td' || name === 'th') return bump('table', by);
    if (INSIDE.includes(name)) inside.set(name, Math.max(0, (inside.get(name) ?? 0) + by));
  };

  const open = (name: string, selfClosing: boolean) => {
    if (name === 'title' && title === undefined && !selfClosing) titleText = [];
    if (skip) {
      if (name === skip && !selfClosing && !VOID_TAGS.has(name)) skipDepth++;
      return;
    }
    // <option> closes itself at the next one: inside <select> the select is skipped anyway,
    // and outside one an unclosed <option> must not swallow the rest of the page.
    if (SKIP_TAGS.has(name) && !VOID_TAGS.has(name) && !selfClosing && name !== 'option') {
      skip = name;
      skipDepth = 1;
      return;
    }
    if (BLOCK_TAGS.has(name)) {
      flush();
      if (!VOID_TAGS.has(name)) holder = name;
    }
    if (!VOID_TAGS.has(name) && !selfClosing) bump(name, 1);
  };

  const close = (name: string) => {
    if (name === 'title' && titleText) {
      title = titleText.join('').replace(WS, ' ').trim() || undefined;
      titleText = undefined;
    }
    if (skip) {
      if (name === skip && --skipDepth === 0) skip = '';
      return;
    }
    if (VOID_TAGS.has(name)) {
      // `</br>` is a line break in browsers; other void end tags are ignored.
      if (name === 'br') flush();
      return;
    }
    if (BLOCK_TAGS.has(name)) {
      flush();
      holder = 'body';
    }
    bump(name, -1);
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext(from, to) {
        addText(html.slice(from, to), from, to);
        last = to;
      },
      ontextentity(codepoint, to) {
        addText(String.fromCodePoint(codepoint), last, to);
        last = to;
      },
      onopentagname(from, to) {
        tagName = html.slice(from, to).toLowerCase();
      },
      onopentagend(to) {
        open(tagName, false);
        last = to;
      },
      onselfclosingtag(to) {
        open(tagName, true);
        last = to;
      },
      onclosetag(from, to) {
        close(html.slice(from, to).toLowerCase());
        last = to + 1;
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata(_from, _to, offset) {
        last = offset;
      },
      oncomment(_from, _to, offset) {
        last = offset;
      },
      ondeclaration(_from, to) {
        last = to + 1;
      },
      onprocessinginstruction(_from, to) {
        last = to + 1;
      },
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  flush();
  return title === undefined ? { blocks } : { blocks, title };
}
