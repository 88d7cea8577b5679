import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { serialiseForReadability } from '../src/html/for-jsdom.js';
import { confident } from '../src/html/index.js';

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
