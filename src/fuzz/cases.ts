/**
 * Property-based robustness cases for `separate`, shared by `tests/robustness/` (a few
 * hundred runs in CI) and `npm run fuzz` (as many as asked). A case is two inputs and the
 * options for both; {@link checkCase} separates x, then y, then x again, and checks:
 *
 * - `separate` returns or throws a {@link ChaffError} with a documented code, nothing else;
 * - same input, same output: both calls on x agree (results, or error code and message);
 * - calls in any order give the same results: y in between changes nothing about x;
 * - a result is consistent: kept ∪ removed = blocks, `text` is the kept blocks joined,
 *   confidences in [0, 1], a category on every removed block;
 * - text input: every non-space character is in exactly one block, and each block is the
 *   slice of the input between its offsets;
 * - HTML input built into a tree: the blocks, kept and removed, hold every non-space
 *   character of the page's text outside the subtrees chaff skips, in order.
 *
 * Inputs are random strings and bytes, HTML from a small grammar (block, inline, void,
 * raw-text and skipped elements, tables, lists, hostile attributes, entities, unclosed and
 * misnested tags, comments), and small committed fixtures mutated (slices deleted,
 * duplicated or cut, markup and control characters inserted).
 *
 * @packageDocumentation
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { AnyNode, Element } from 'domhandler';
import fc from 'fast-check';
import { ChaffError, type ChaffErrorCode } from '../errors.js';
import { SKIP_TAGS } from '../html/blocks.js';
import { decodeHtml } from '../html/decode.js';
import { loadCheerio } from '../html/lazy.js';
import { PARSE_OPTIONS } from '../html/limits.js';
import { decodeText, separate } from '../separate.js';
import type { SeparateOptions, Separation } from '../types.js';

/** The codes `separate` documents (the CLI-only E_READ and E_USAGE excluded). */
export const SEPARATE_CODES: readonly ChaffErrorCode[] = [
  'E_INPUT_TYPE',
  'E_EMPTY',
  'E_BINARY',
  'E_TOO_LARGE',
  'E_OPTIONS',
  'E_ENCODING',
  'E_PARSE',
];

/** One case: two inputs and the options for both. */
export interface Case {
  x: string | Uint8Array;
  y: string | Uint8Array;
  options: SeparateOptions;
}

/** Seeds for mutation: the committed fixtures' inputs. */
export interface Seeds {
  texts: string[];
  pages: Uint8Array[];
}

/** Read the inputs of `test-fixtures/` (text `input.txt`, HTML `page.html` bytes). */
export function loadSeeds(fixtures: string): Seeds {
  const texts: string[] = [];
  const pages: Uint8Array[] = [];
  for (const dir of readdirSync(fixtures, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const at = join(fixtures, dir.name);
    for (const f of readdirSync(at)) {
      if (f === 'input.txt') texts.push(readFileSync(join(at, f), 'utf8'));
      if (f === 'page.html') pages.push(readFileSync(join(at, f)));
    }
  }
  if (!texts.length || !pages.length) throw new Error(`no fixtures under ${fixtures}`);
  return { texts, pages };
}

const PHRASES = [
  'Subscribe to continue reading',
  'Join us.',
  'Support independent journalism today.',
  'Sign up for our newsletter',
  '- Read more: The best of the week',
  'Advertisement',
  'Share this article',
  'We use cookies.',
  'The mayor said on Monday that the budget would pass.',
  'Der Bürgermeister sagte am Montag, der Haushalt werde beschlossen.',
  'Le maire a déclaré lundi que le budget serait adopté.',
  '市长周一表示，预算将获得通过。',
  'قال رئيس البلدية يوم الاثنين إن الميزانية ستقر.',
  '👨‍👩‍👧 e\u0301 \u200d\u200b\u00a0\ufeff',
  '• Share • Tweet • Email',
  'Photo: Jane Doe / AP',
  'https://example.com/a?b=c',
  '',
];

const textLine = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 60, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
  {
    weight: 1,
    arbitrary: fc.string({
      maxLength: 30,
      unit: fc.constantFrom(' ', '.', '-', '|', '•', '\t', 'a', 'A', '1', '"', '\u0000', '\u0001'),
    }),
  },
);

/** Plain text: lines of phrases and random strings with any line endings. */
export const textArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(textLine, { maxLength: 40 }),
    fc.constantFrom('\n', '\r\n', '\n\n', '\r', '\n \n'),
  )
  .map(([lines, eol]) => lines.join(eol));

const TAGS = (
  'p div span a b i em strong li ul ol h1 h2 h3 h4 h5 h6 table tr td th tbody pre code br hr img ' +
  'blockquote figure figcaption nav footer aside header article section main form input select ' +
  'option textarea script style noscript template svg math iframe title head body html meta link ' +
  'button label details summary caption dd dt dl font center xmp object embed video picture'
).split(' ');

const ATTRS = fc.constantFrom(
  'class="newsletter-box"',
  'class="share-tools"',
  'class="ad ad-slot"',
  'class="related-links"',
  'class="paywall"',
  'class="article-body content"',
  'class="credit"',
  'id="main"',
  'role="navigation"',
  'role="constructor"',
  'role="__proto__"',
  'hidden',
  'aria-hidden="true"',
  'style="display:none"',
  'style="height:calc(($x - 2rem) / 2"',
  'href="javascript:alert(1)"',
  'href="java&#x09;script:alert(1)"',
  'href="/relative/path?x=1#y"',
  'href="https://example.com/a b)[c](javascript:x)"',
  'src="data:image/png;base64,AAAA"',
  'src="/img.png" alt="An image"',
  'onclick="alert(1)"',
  'srcdoc="<script>alert(1)</script>"',
  'data-chaff-id="999999"',
  'lang="__proto__"',
);

const RAW = fc.constantFrom(
  '<!-- a comment -->',
  '<!--',
  '<!doctype html>',
  '<![CDATA[x]]>',
  '</p>',
  '</div></div>',
  '<',
  '>',
  '&',
  '&amp;',
  '&nbsp;',
  '&bogus;',
  '&#0;',
  '&#xD800;',
  '&#x1F600;',
  '<?php echo 1; ?>',
  '<br/>',
  '\u0000',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","__proto__":{"x":1},"@graph":[{"@type":"Article"}]}</script>',
  '<script type="application/ld+json">{broken</script>',
);

/** HTML from a small grammar: any nesting of the tags above, closed, unclosed or misnested. */
export const htmlArb: fc.Arbitrary<string> = fc
  .letrec<{ node: string; nodes: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 3, arbitrary: textLine.map((t) => t.replace(/[<&]/g, ' ')) },
      { weight: 1, arbitrary: RAW },
      {
        weight: 3,
        arbitrary: fc
          .record({
            tag: fc.constantFrom(...TAGS),
            attrs: fc.array(ATTRS, { maxLength: 2 }),
            children: tie('nodes'),
            close: fc.constantFrom('close', 'close', 'close', 'open', 'wrong'),
          })
          .map(({ tag, attrs, children, close }) => {
            const open = `<${tag}${attrs.map((a) => ` ${a}`).join('')}>`;
            const end = close === 'close' ? `</${tag}>` : close === 'wrong' ? '</span>' : '';
            return `${open}${children}${end}`;
          }),
      },
    ),
    nodes: fc.array(tie('node'), { maxLength: 5 }).map((xs) => xs.join('')),
  }))
  .nodes.map((body) => `<html><head><title>T</title></head><body>${body}</body></html>`);

/** An edit of a seed, at a position given as a fraction of its length. */
const editArb = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.nat({ max: 400 }) }),
  fc.record({
    op: fc.constant('dup' as const),
    at: fc.nat(),
    len: fc.nat({ max: 400 }),
    to: fc.nat(),
  }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      RAW,
      textLine,
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
    ),
  }),
);
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function mutate(seed: string, edits: Edit[]): string {
  let s = seed;
  for (const e of edits) {
    const at = s.length ? e.at % (s.length + 1) : 0;
    if (e.op === 'delete') s = s.slice(0, at) + s.slice(at + e.len);
    else if (e.op === 'dup') {
      const to = s.length ? e.to % (s.length + 1) : 0;
      s = s.slice(0, to) + s.slice(at, at + e.len) + s.slice(to);
    } else if (e.op === 'cut') s = s.slice(0, Math.max(1, at));
    else s = s.slice(0, at) + e.text + s.slice(at);
  }
  return s;
}

/** A seed mutated by up to five edits. */
const mutated = (seeds: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...seeds), fc.array(editArb, { maxLength: 5 }))
    .map(([seed, edits]) => mutate(seed, edits));

/** Any input: text, HTML, bytes, and mutated fixtures of each. */
export function inputArb(seeds: Seeds): fc.Arbitrary<string | Uint8Array> {
  const pages = seeds.pages.map((p) => Buffer.from(p).toString('latin1'));
  return fc.oneof(
    { weight: 4, arbitrary: textArb },
    { weight: 3, arbitrary: mutated(seeds.texts) },
    { weight: 4, arbitrary: htmlArb },
    { weight: 4, arbitrary: mutated(pages).map((s) => Buffer.from(s, 'latin1')) },
    { weight: 1, arbitrary: mutated(seeds.pages.map((p) => Buffer.from(p).toString('utf8'))) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
    { weight: 1, arbitrary: textArb.map((t) => Buffer.from(t, 'utf8')) },
  );
}

/** Options: mostly the defaults, often a forced format, sometimes a tiny maxBlocks or a bad value. */
export const optionsArb: fc.Arbitrary<SeparateOptions> = fc.oneof(
  { weight: 5, arbitrary: fc.constant({}) },
  {
    weight: 4,
    arbitrary: fc.record(
      {
        format: fc.constantFrom('auto' as const, 'text' as const, 'html' as const),
        threshold: fc.constantFrom(0.5, 1, 2),
        scope: fc.constantFrom('auto' as const, 'article' as const, 'page' as const),
        guard: fc.boolean(),
        url: fc.constant('https://example.com/news/story'),
        language: fc.constantFrom('en', 'de', 'xx'),
      },
      { requiredKeys: [] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.record({ maxBlocks: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ maxBytes: fc.integer({ min: 1, max: 2000 }) }),
      fc.constantFrom<SeparateOptions>(
        { url: 'not a url' },
        { threshold: -1 },
        {
          encoding: 'no-such-encoding',
        },
      ),
    ),
  },
);

/** A case: two inputs and their options. */
export const caseArb = (seeds: Seeds): fc.Arbitrary<Case> =>
  fc.record({ x: inputArb(seeds), y: inputArb(seeds), options: optionsArb });

type Outcome = { ok: true; r: Separation } | { ok: false; code: string; message: string };

function run(input: string | Uint8Array, options: SeparateOptions): Outcome {
  try {
    return { ok: true, r: separate(input, options) };
  } catch (e) {
    if (!(e instanceof ChaffError)) {
      throw new Error(`separate threw ${String((e as Error)?.stack ?? e)}, not a ChaffError`);
    }
    if (!SEPARATE_CODES.includes(e.code)) throw new Error(`undocumented code ${e.code}`);
    return { ok: false, code: e.code, message: e.message };
  }
}

function fail(what: string): never {
  throw new Error(what);
}

/** Characters the text segmenter treats as space. */
const SPACE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]/u;

function checkResult(r: Separation): void {
  const kept = r.blocks.filter((b) => b.label === 'content');
  if (kept.length + r.removed.length !== r.blocks.length) fail('kept + removed != blocks');
  for (const b of r.removed) if (r.blocks[b.index] !== b) fail('removed block is not the block');
  if (r.text !== kept.map((b) => b.text).join('\n\n')) fail('text is not the kept blocks');
  r.blocks.forEach((b, i) => {
    if (b.index !== i) fail(`block ${i} has index ${b.index}`);
    if (!(b.confidence >= 0 && b.confidence <= 1)) fail(`confidence ${b.confidence}`);
    if (b.label === 'boilerplate' && !b.category) fail(`boilerplate block ${i} has no category`);
    if (!b.text.trim()) fail(`block ${i} is empty`);
  });
}

/** Text: every non-space character in exactly one block; blocks are their slices. */
export function checkTextCoverage(input: string, r: Separation): void {
  let last = 0;
  const owned = new Uint8Array(input.length);
  for (const b of r.blocks) {
    if (b.start < last) fail(`block ${b.index} overlaps the one before`);
    if (input.slice(b.start, b.end) !== b.text) fail(`block ${b.index} is not its slice`);
    owned.fill(1, b.start, b.end);
    last = b.end;
  }
  for (let i = 0; i < input.length; i++) {
    if (!owned[i] && !SPACE.test(input[i]!))
      fail(`char ${i} ${JSON.stringify(input[i])} is in no block`);
  }
}

/**
 * The text of a page outside the subtrees chaff skips: the whole document parsed as the
 * tree path parses it (htmlparser2), walked on its own.
 */
export function contentText(html: string): string {
  const $ = loadCheerio().load(html, { xml: PARSE_OPTIONS });
  const out: string[] = [];
  const stack: AnyNode[] = [$.root()[0] as AnyNode];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') out.push((node as unknown as { data: string }).data);
    if (node.type === 'script' || node.type === 'style') continue;
    if (node.type === 'tag' && SKIP_TAGS.has((node as Element).name.toLowerCase())) continue;
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out.join('');
}

const squash = (s: string) => s.replace(/\s+/gu, '');

/** HTML built into a tree: blocks hold the page's content text, in order. */
export function checkHtmlCoverage(html: string, r: Separation): void {
  if (r.warnings?.some((w) => w.code === 'W_TREE_FALLBACK')) return;
  const want = squash(contentText(html));
  const got = squash(r.blocks.map((b) => b.text).join(''));
  if (got !== want) {
    let i = 0;
    while (i < want.length && want[i] === got[i]) i++;
    fail(
      `blocks differ from the page text at ${i}: ${JSON.stringify(want.slice(i, i + 40))} vs ${JSON.stringify(got.slice(i, i + 40))}`,
    );
  }
}

function same(a: Outcome, b: Outcome, what: string): void {
  if (a.ok !== b.ok) fail(`${what}: one call returned, the other threw`);
  if (!a.ok && !b.ok && (a.code !== b.code || a.message !== b.message))
    fail(`${what}: different errors`);
  if (a.ok && b.ok && !isDeepStrictEqual(a.r, b.r)) fail(`${what}: different results`);
}

/** Separate x, y, x; check every property above. Throws an Error naming the first broken one. */
export function checkCase({ x, y, options }: Case): void {
  const x1 = run(x, options);
  const y1 = run(y, options);
  const x2 = run(x, options);
  same(x1, x2, 'x before and after y');
  for (const [input, outcome] of [
    [x, x1],
    [y, y1],
  ] as const) {
    if (!outcome.ok) continue;
    const r = outcome.r;
    checkResult(r);
    if (r.format === 'text') {
      const text = typeof input === 'string' ? input : decodeText(input, options.encoding);
      checkTextCoverage(text, r);
    } else {
      const html = typeof input === 'string' ? input : decodeHtml(input, options.encoding);
      checkHtmlCoverage(html, r);
    }
  }
}
