import { Readability } from '@mozilla/readability';
import { load } from 'cheerio';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { serialiseForReadability } from '../src/html/for-jsdom.js';
import { confident } from '../src/html/index.js';
import { allWithTag, findMainContent, readerFor } from '../src/html/main-content.js';

const serialise = (html: string) => serialiseForReadability(load(html).root()[0]!);

describe('serialiseForReadability', () => {
  it('keeps the attributes Readability reads and drops the rest', () => {
    const out = serialise(
      '<div class="story" id="main" data-chaff-id="3" data-track="x" onclick="go()" style="color:red" role="main"><a href="#top" target="_blank">Top</a></div>',
    );
    expect(out).toContain('<div class="story" id="main" data-chaff-id="3" role="main">');
    expect(out).toContain('<a href="#top">Top</a>');
    expect(out).not.toMatch(/data-track|onclick|color:red|target=/);
  });

  it('keeps a style only when it can hide the element, and every attribute of an image', () => {
    const out = serialise(
      '<p style="display: none">a</p><p style="margin:0">b</p><img data-lazy="x.jpg" alt="A">',
    );
    expect(out).toContain('<p style="display: none">a</p><p>b</p>');
    expect(out).toContain('<img data-lazy="x.jpg" alt="A">');
  });

  it('drops subtrees without article text but keeps the title, meta tags and comments', () => {
    const out = serialise(
      '<html><head><title>T &amp; U</title><meta name="author" content="Ann"><link rel="stylesheet" href="s.css"><style>p{}</style></head><body><script>x()</script><!-- ad --><p>1 &lt; 2 &amp; "q"</p><svg><text>no</text></svg></body></html>',
    );
    expect(out).toBe(
      '<html><head><title>T &amp; U</title><meta name="author" content="Ann"></head><body><!-- ad --><p>1 &lt; 2 &amp; "q"</p></body></html>',
    );
  });

  it('escapes attribute values and keeps a deep tree without recursion', () => {
    expect(serialise('<p title="x" class="a&quot;b&amp;c">t</p>')).toContain(
      '<p class="a&quot;b&amp;c">t</p>',
    );
    const deep = `${'<div>'.repeat(3000)}x${'</div>'.repeat(3000)}`;
    expect(serialise(deep).split('<div>').length - 1).toBe(3000);
  });
});

describe('confident (when Readability is not asked)', () => {
  const own = (proseShare: number, top: number, runnerUp: number) => ({
    ids: new Set<number>(),
    roots: [],
    chars: 1000,
    proseShare,
    top,
    runnerUp,
  });

  it('trusts a choice that holds most prose and the best score', () => {
    expect(confident(own(0.6, 20, 10))).toBe(true);
    expect(confident(own(0.6, 20, 30))).toBe(false);
    expect(confident(own(0.6, 5, 1))).toBe(false);
    expect(confident(own(0.4, 20, 10))).toBe(false);
  });

  it('trusts a choice that holds nearly all the prose, whatever the scores', () => {
    expect(confident(own(0.95, 5, 30))).toBe(true);
    expect(confident(own(0.85, 5, 30))).toBe(false);
  });
});

describe('allWithTag (Readability’s lookup by tag without the selector engine)', () => {
  const doc = (html: string) => new JSDOM(html).window.document;
  /** The elements `querySelectorAll` finds, the query Readability makes itself. */
  const bySelector = (node: Document | Element, tags: readonly string[]) => [
    ...node.querySelectorAll(tags.join(',')),
  ];
  const same = (a: readonly Element[], b: readonly Element[]) =>
    a.length === b.length && a.every((x, i) => x === b[i]);

  const PAGE = `<html><body><div id="top"><p>One <span>two</span></p><DIV><Li>x</Li><td>y</td></DIV>
    <svg><a href="#">svg link</a><foreignObject><div><p>inside</p></div></foreignObject><textPath/></svg>
    <math><mi>x</mi></math><table><tr><td>cell</td></tr></table><a href="/">html link</a>
    <template><p>not in the tree</p></template><pre>code</pre></div></body></html>`;

  it('finds what querySelectorAll finds, in the same order, for the lists Readability asks', () => {
    const d = doc(PAGE);
    const top = d.getElementById('top')!;
    const lists = [
      ['p'],
      ['SPAN', 'LI', 'TD', 'BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL'],
      ['h1', 'h2'],
      ['a'],
      ['A'],
      ['foreignObject'],
      ['foreignobject'],
      ['textPath', 'MI'],
      ['object', 'embed', 'iframe'],
    ];
    for (const tags of lists) {
      for (const node of [d, top]) {
        const want = bySelector(node, tags);
        expect(same(allWithTag(node, tags), want), tags.join(',')).toBe(true);
      }
    }
    // Case counts for SVG children, not for HTML ones; the root itself is never included.
    expect(allWithTag(d, ['foreignobject'])).toHaveLength(0);
    expect(allWithTag(d, ['A'])).toHaveLength(1);
    expect(allWithTag(top, ['div']).includes(top)).toBe(false);
  });

  it('agrees with querySelectorAll on random trees and tag lists', () => {
    const names = ['div', 'P', 'span', 'a', 'td', 'li', 'svg', 'foreignObject', 'textPath', 'math'];
    type Tree = { name: string; kids: readonly Tree[] };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((t) => ({
      node: fc.record({
        name: fc.constantFrom(...names),
        // No children once four deep (oneof's first choice at its maxDepth).
        kids: fc.oneof(
          { maxDepth: 4, depthIdentifier: 'tree' },
          fc.constant<readonly Tree[]>([]),
          fc.array(t('node'), { maxLength: 3 }),
        ),
      }),
    })).node;
    const html = (n: Tree): string => `<${n.name}>t${n.kids.map(html).join('')}</${n.name}>`;
    const variants = [...names, 'foreignobject', 'DIV', 'A', 'TEXTPATH'];
    fc.assert(
      fc.property(
        fc.array(tree, { maxLength: 4 }),
        fc.uniqueArray(fc.constantFrom(...variants), { minLength: 1, maxLength: 4 }),
        (trees, tags) => {
          const d = doc(`<body>${trees.map(html).join('')}</body>`);
          const first = d.body.firstElementChild;
          for (const node of first ? [d, first] : [d]) {
            if (!same(allWithTag(node, tags), bySelector(node, tags))) return false;
          }
          return true;
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is what findMainContent has Readability use, with the same article as without it', () => {
    const page = `<html><head><title>Storm</title></head><body><nav><ul><li><a href="/">Home</a></li></ul></nav>
      <article><h1>Storm</h1>${'<p>The storm reached the coast on Tuesday night, and the town council met the next morning to count the damage to roads and homes.</p>'.repeat(6)}
      <div class="share"><span>Share</span></div><table><tr><td>Rain: 80 mm</td></tr></table></article>
      <footer><p>© Paper</p></footer></body></html>`;
    const proto = Readability.prototype as unknown as {
      _getAllNodesWithTag: (...args: unknown[]) => unknown;
    };
    const spy = vi.spyOn(proto, '_getAllNodesWithTag');
    const found = findMainContent(page);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    const plain = new Readability(doc(page), { keepClasses: true }).parse();
    const fast = readerFor(doc(page)).parse();
    expect(plain?.content).toContain('town council');
    expect(fast?.content).toBe(plain?.content);
    expect(found?.squashedText).toContain('towncouncil');
  });
});
