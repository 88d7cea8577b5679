import { describe, expect, it } from 'vitest';
import { decodeHtml, sniffCharset } from '../src/eval/datasets.js';
import { flattenHtml, flattenHtmlFragment } from '../src/eval/flatten.js';
import {
  aggregateShingles,
  aggregateSnippets,
  evaluateGates,
  median,
  normalizeSnippetText,
  pageShingleScore,
  scorePageShingles,
  shingleCounts,
  shingles,
  snippetCounts,
  tokenize,
} from '../src/eval/metrics.js';
import { runReadability, stripStyles } from '../src/eval/readability.js';

describe('tokenize', () => {
  it('takes runs of Unicode letters, digits and underscore, case kept', () => {
    expect(tokenize("Don't panic, 42! naïve_x Ωmega—état")).toEqual([
      'Don',
      't',
      'panic',
      '42',
      'naïve_x',
      'Ωmega',
      'état',
    ]);
    expect(tokenize(' ... ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('gives an empty text no shingle', () => {
    expect(shingles('').size).toBe(0);
    expect(shingles(' -- ').size).toBe(0);
  });

  it('gives a text of 1-3 tokens one shingle of all its tokens', () => {
    expect([...shingles('one')]).toEqual([['one', 1]]);
    expect([...shingles('a, b. c')]).toEqual([['a b c', 1]]);
  });

  it('counts 4-token shingles as a multiset', () => {
    expect(Object.fromEntries(shingles('a b c d e'))).toEqual({ 'a b c d': 1, 'b c d e': 1 });
    expect(Object.fromEntries(shingles('a b c d a b c d'))).toEqual({
      'a b c d': 2,
      'b c d a': 1,
      'c d a b': 1,
      'd a b c': 1,
    });
  });
});

describe('shingle metric per page', () => {
  it('counts multiset minimum and normalises by tp+fp+fn', () => {
    // truth: abcd x2, bcda, cdab, dabc (5); output: abcd x1.
    expect(shingleCounts('a b c d a b c d', 'a b c d')).toEqual({ tp: 0.2, fp: 0, fn: 0.8 });
    const s = scorePageShingles('a b c d a b c d', 'a b c d');
    expect(s.p).toBe(1);
    expect(s.r).toBeCloseTo(0.2, 12);
  });

  it('counts a repeated output shingle beyond the truth as a false positive', () => {
    // output: abcd x2, bcdx, cdxa, dxab, xabc (6); truth: abcd x1 -> tp 1, fp 5, fn 0.
    const c = shingleCounts('a b c d', 'a b c d x a b c d');
    expect(c.tp).toBeCloseTo(1 / 6, 12);
    expect(c.fp).toBeCloseTo(5 / 6, 12);
    expect(c.fn).toBe(0);
    const s = pageShingleScore(c);
    expect(s.p).toBeCloseTo(1 / 6, 12);
    expect(s.r).toBe(1);
  });

  it('compares short texts as one shingle each', () => {
    expect(scorePageShingles('Hello world', 'Hello, world!')).toMatchObject({ p: 1, r: 1 });
    expect(scorePageShingles('Hello world', 'Hello there world')).toMatchObject({
      tp: 0,
      fp: 0.5,
      fn: 0.5,
      p: 0,
      r: 0,
    });
    // 3 tokens vs 4 tokens never share a shingle.
    expect(shingleCounts('a b c', 'a b c d')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  it('applies the edge rules', () => {
    // Both empty: fp = fn = 0, so P = R = 1.
    expect(scorePageShingles('', '')).toEqual({ tp: 0, fp: 0, fn: 0, p: 1, r: 1, f1: 1 });
    // Empty output: tp = fp = 0 -> P 0; tp = 0 with fn > 0 -> R 0.
    expect(scorePageShingles('a b c d', '')).toMatchObject({ tp: 0, fp: 0, fn: 1, p: 0, r: 0 });
    // Empty truth: tp = fn = 0 -> R 0.
    expect(scorePageShingles('', 'a b c d')).toMatchObject({ tp: 0, fp: 1, fn: 0, p: 0, r: 0 });
    // Exact match: fp = fn = 0.
    expect(scorePageShingles('a b c d e', 'a  b c d e')).toMatchObject({ tp: 1, p: 1, r: 1 });
  });
});

describe('shingle metric per set', () => {
  it('means precision over pages with tp+fp > 0 and recall over tp+fn > 0', () => {
    const pages = [
      scorePageShingles('a b c d a b c d', 'a b c d'), // P 1, R 0.2
      scorePageShingles('a b c d', ''), // only in recall: R 0
      scorePageShingles('', ''), // in neither
      scorePageShingles('a b c d', 'a b c d x a b c d'), // P 1/6, R 1
    ];
    const set = aggregateShingles(pages);
    expect(set.p).toBeCloseTo(7 / 12, 12);
    expect(set.r).toBeCloseTo(0.4, 12);
    // Harmonic mean of the means, not a mean of per-page F1s.
    expect(set.f1).toBeCloseTo(28 / 59, 12);
    expect(set.pages).toBe(4);
  });

  it('is 0 over no pages', () => {
    expect(aggregateShingles([])).toEqual({ p: 0, r: 0, f1: 0, pages: 0 });
  });
});

describe('snippet metric', () => {
  it('normalises whitespace on both sides and matches case-sensitively', () => {
    expect(normalizeSnippetText('  a \n\t b  ')).toBe('a b');
    const page = snippetCounts(
      'Hello   world.\nFoo bar',
      ['Hello world.', 'foo bar', 'world.  Foo'],
      ['Foo bar', 'Baz'],
    );
    expect(page).toEqual({ tp: 2, fn: 1, fp: 1, tn: 1 });
  });

  it('sums counts over pages; an empty output finds nothing', () => {
    const pages = [
      { tp: 2, fn: 1, fp: 1, tn: 1 },
      snippetCounts('', ['x'], ['y']), // fn 1, tn 1
    ];
    const set = aggregateSnippets(pages);
    expect(set).toMatchObject({ tp: 2, fp: 1, fn: 2, tn: 2 });
    expect(set.p).toBeCloseTo(2 / 3, 12);
    expect(set.r).toBeCloseTo(1 / 2, 12);
    expect(set.f).toBeCloseTo(4 / 7, 12);
    expect(aggregateSnippets([])).toMatchObject({ p: 0, r: 0, f: 0 });
  });
});

describe('median', () => {
  it('takes the middle value or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('evaluateGates', () => {
  const figures = {
    'a-set': {
      chaff: { shingle: { f1: 0.9 }, medianMs: 30 },
      readability: { shingle: { f1: 0.8 }, medianMs: 20 },
    },
  };

  it('checks minima, maxima, differences and ratios', () => {
    const results = evaluateGates(figures, {
      'a-set.chaff.shingle.f1': 0.95,
      'a-set.readability.shingle.f1': 0.8,
      'a-set.chaff-minus-readability.shingle.f1': 0.05,
      'a-set.chaff-over-readability.medianMs': 1.4,
      'a-set.chaff.medianMs': 40,
      'a-set.missing.shingle.f1': 0,
    });
    expect(results.map((r) => [r.key, r.bound, r.ok])).toEqual([
      ['a-set.chaff.shingle.f1', 'min', false],
      ['a-set.readability.shingle.f1', 'min', true],
      ['a-set.chaff-minus-readability.shingle.f1', 'min', true],
      ['a-set.chaff-over-readability.medianMs', 'max', false],
      ['a-set.chaff.medianMs', 'max', true],
      ['a-set.missing.shingle.f1', 'min', false],
    ]);
    expect(results[2]!.value).toBeCloseTo(0.1, 12);
    expect(results[3]!.value).toBe(1.5);
    expect(results[5]!.value).toBeUndefined();
  });
});

describe('flattenHtml', () => {
  it('drops head, scripts, styles, noscript, template and comments', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body>x<script>var a</script>' +
      '<!-- c --><noscript>n</noscript><template><p>t</p></template>y</body></html>';
    expect(flattenHtml(html)).toBe('xy');
  });

  it('breaks lines around block elements only', () => {
    const html =
      '<p>Hello <b>world</b></p><div>Second<br>line</div><span>in</span><span>line</span>' +
      '<ul><li>one</li><li>two</li></ul>' +
      '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>';
    expect(flattenHtml(html)).toBe('Hello world\nSecond\nline\ninline\none\ntwo\nab\nc');
  });

  it('collapses whitespace runs, trims lines and drops empty ones', () => {
    expect(flattenHtml('<p>  a \n\t b  </p><p> </p><div>\n\n</div><p>c&nbsp; d</p>')).toBe(
      'a b\nc d',
    );
    expect(flattenHtml('')).toBe('');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(flattenHtml('<p>x</p><pre>a  b\n  <i>c</i>\n\nd</pre>e')).toBe('x\na b\nc\nd\ne');
  });

  it('flattens a fragment without moving anything to a head', () => {
    expect(flattenHtmlFragment('<div id="readability-page-1"><p>FL</p><p>June</p></div>')).toBe(
      'FL\nJune',
    );
  });

  it('survives deep nesting', () => {
    const depth = 5000;
    const html = `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;
    expect(flattenHtml(html)).toBe('deep');
  });
});

describe('stripStyles', () => {
  it('removes <style> elements and stylesheet links, nothing else', () => {
    const html =
      '<head><STYLE type="text/css">a{calc(($w - 1) / 16)}</style >' +
      '<link rel="stylesheet" href="a.css"><link rel="canonical" href="/x">' +
      '<script>var s = "<style>";</script><!-- <style> --></head><body><p>t</p></body>';
    expect(stripStyles(html)).toBe(
      '<head><link rel="canonical" href="/x">' +
        '<script>var s = "<style>";</script><!-- <style> --></head><body><p>t</p></body>',
    );
    expect(stripStyles('<p>no styles</p>')).toBe('<p>no styles</p>');
    expect(stripStyles('<p>a</p><style>unclosed')).toBe('<p>a</p>');
  });

  it('lets Readability read a page whose style would crash the CSS parser', () => {
    const para = 'This is a sentence of the article body, long enough to count. '.repeat(8);
    const html =
      '<html><head><style>.x { width: calc(($container-max-width - 2rem) / 16 * 9); }</style>' +
      `</head><body><article><h1>Title</h1><p>${para}</p><p>${para}</p></article></body></html>`;
    const result = runReadability(html, 'https://example.com/a');
    expect(result.text).toContain('This is a sentence of the article body');
  });
});

describe('decodeHtml', () => {
  it('decodes UTF-8 by default and honours a BOM', () => {
    const bytes = new TextEncoder().encode('<p>café</p>');
    expect(decodeHtml(bytes)).toBe('<p>café</p>');
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe('<p>café</p>');
  });

  it('uses the declared charset for bytes that are not UTF-8', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">';
    const bytes = new Uint8Array([...new TextEncoder().encode(`${head}<p>caf`), 0xe9, 0x93]);
    expect(sniffCharset(bytes)).toBe('windows-1252');
    expect(decodeHtml(bytes)).toBe(`${head}<p>café“`);
    const koi = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="koi8-r"><p>'),
      0xd0,
      0xd2,
      0xc9,
    ]);
    expect(decodeHtml(koi)).toBe('<meta charset="koi8-r"><p>при');
  });
});
