/**
 * Pathological inputs: each gives a correct result or a typed error, never a stack
 * overflow or a crash. Time is bounded by each test's timeout only (generous: several
 * times what the test takes on a busy 2-core machine); nothing here asserts a duration.
 */
import { describe, expect, it } from 'vitest';
import {
  article,
  attempt,
  expectTextCovered,
  PROSE,
  page,
  refuse,
  squashed,
  succeed,
} from './helpers.js';

const codes = (r: { warnings?: { code: string }[] }) => (r.warnings ?? []).map((w) => w.code);

describe('pathological HTML', () => {
  it('200,000 nested <div>s: a result from the tag stream, no stack overflow', {
    timeout: 60_000,
  }, () => {
    const n = 200_000;
    const html = page(`${'<div>'.repeat(n)}Deep text here.${'</div>'.repeat(n)}`);
    const r = succeed(html);
    expect(codes(r)).toEqual(['W_TREE_FALLBACK']);
    expect(r.warnings![0]!.message).toMatch(/nested more than 256 deep/);
    expect(r.blocks.map((b) => b.text)).toEqual(['Deep text here.']);
    const b = r.blocks[0]!;
    expect(html.slice(b.start, b.end)).toBe('Deep text here.');
    expect(r.metadata.title).toBe('Bridge reopens');
  });

  it('the Warning TSDoc example gives what it shows', () => {
    const r = succeed(`${'<div>'.repeat(300)}<p>Deep text.</p>`, { format: 'html' });
    expect(r.warnings?.[0]?.code).toBe('W_TREE_FALLBACK');
  });

  it('nesting just inside the tree limit keeps the tree', { timeout: 60_000 }, () => {
    const n = 200;
    const r = succeed(page(`${'<div>'.repeat(n)}${article()}${'</div>'.repeat(n)}`));
    expect(r.warnings).toBeUndefined();
    expect(r.text.split('\n\n')).toHaveLength(4);
    expect(r.blocks[0]!.dom?.tag).toBe('h1');
  });

  it('Readability, when asked, steps aside past 128 levels', { timeout: 60_000 }, () => {
    // Short lines are not prose: chaff's scorer is unsure and would ask Readability.
    const lines = [1, 2, 3, 4, 5].map((i) => `<p>Short line number ${i} here.</p>`).join('');
    const shallow = succeed(page(`<article>${lines}</article>`));
    expect(shallow.warnings).toBeUndefined();
    const deep = succeed(
      page(`${'<div>'.repeat(150)}<article>${lines}</article>${'</div>'.repeat(150)}`),
    );
    expect(codes(deep)).toEqual(['W_READABILITY_LIMIT']);
    expect(deep.warnings![0]!.message).toMatch(/nested 154 deep/);
    expect(deep.text).toBe(shallow.text);
  });

  it('50 MB of HTML: E_TOO_LARGE at the default maxBytes, a result when raised', {
    timeout: 180_000,
  }, () => {
    // A page bloated the way real ones are: inline JSON data, a data: image, CSS.
    const data = JSON.stringify({
      items: Array.from({ length: 280_000 }, (_, i) => ({
        id: i,
        title: `Item ${i}`,
        body: 'x'.repeat(110),
      })),
    });
    const html = page(
      `<nav>${'<a href="/x">Section</a> '.repeat(500)}</nav>${article(30)}<img alt="chart" src="data:image/png;base64,${'iVBORw0KGgo'.repeat(700_000)}">`,
      `<style>${'.c{color:red;margin:0 auto}\n'.repeat(50_000)}</style><script type="application/json">${data}</script>`,
    );
    expect(html.length).toBeGreaterThan(50_000_000);
    const e = refuse('E_TOO_LARGE', html);
    expect(e.message).toMatch(/maxBytes \(20,971,520\)/);
    refuse('E_TOO_LARGE', Buffer.from(html));
    const r = succeed(html, { maxBytes: 64 * 1024 * 1024 });
    expect(r.text.split('\n\n')).toHaveLength(30);
    expect(r.text).not.toMatch(/Item 1|color:red|iVBOR/);
  });

  it('one giant <table>: every row is a block', { timeout: 60_000 }, () => {
    const rows = 10_000;
    const cells = Array.from(
      { length: rows },
      (_, i) => `<tr><td>${i}</td><td>Row ${i}: ${PROSE}</td></tr>`,
    );
    const r = succeed(page(`<table>${cells.join('')}</table>`));
    expect(codes(r)).toEqual(['W_READABILITY_LIMIT']);
    expect(r.blocks).toHaveLength(rows);
    expect(r.blocks[rows - 1]!.text).toContain(`Row ${rows - 1}: ${PROSE}`);
    expect(r.blocks.every((b) => b.dom?.inside.includes('table'))).toBe(true);
  });

  it('unclosed tags the way old pages leave them: the tree mends them', () => {
    const body = `<article><h1>Bridge reopens</h1><p>${PROSE}<p>Second ${PROSE}<ul><li>One item<li>Two items</ul><p><b>Bold ${PROSE}<p>Last ${PROSE}</article>`;
    const r = succeed(page(body));
    expect(r.warnings).toBeUndefined();
    expect(r.blocks.map((b) => b.text)).toEqual([
      'Bridge reopens',
      PROSE,
      `Second ${PROSE}`,
      'One item',
      'Two items',
      `Bold ${PROSE}`,
      `Last ${PROSE}`,
    ]);
  });

  it('unclosed tags everywhere: every text still comes back', { timeout: 60_000 }, () => {
    const n = 20_000;
    const html = `<html><body>${Array.from({ length: n }, (_, i) => `<div><p><span><b><i>Line ${i} said.`).join('')}`;
    const r = succeed(html);
    expect(codes(r)).toEqual(['W_TREE_FALLBACK']);
    expect(squashed(r)).toBe(Array.from({ length: n }, (_, i) => `Line${i}said.`).join(''));
  });

  it('in the tag stream, an unclosed <option> or skipped element loses nothing after it', () => {
    const deep = '<div>'.repeat(300);
    const r = succeed(
      `${deep}<option>Choice<p>Rest of the page.</p><select><option>a<option>b</select><p>After the select.</p>`,
      { format: 'html' },
    );
    expect(codes(r)).toEqual(['W_TREE_FALLBACK']);
    expect(r.blocks.map((b) => b.text)).toEqual([
      'Choice',
      'Rest of the page.',
      'After the select.',
    ]);
  });

  it('more elements than the tree takes: the tag stream', { timeout: 60_000 }, () => {
    const r = succeed(`<html><body><p>${'<i>x</i>'.repeat(600_000)}</p></body></html>`);
    expect(codes(r)).toEqual(['W_TREE_FALLBACK']);
    expect(r.warnings![0]!.message).toMatch(/more than 500,000 elements/);
    expect(r.blocks).toHaveLength(1);
    expect(r.blocks[0]!.text).toBe('x'.repeat(600_000));
  });

  it('unclosed inline elements around every block', { timeout: 60_000 }, () => {
    const bs = Array.from({ length: 300 }, (_, i) => `<b class="c${i}">`).join('');
    const r = succeed(`<html><body>${bs}${'<div>x</div>'.repeat(20_000)}</body></html>`);
    expect(codes(r)).toEqual(['W_TREE_FALLBACK']);
    expect(r.blocks).toHaveLength(20_000);
  });

  it('100,000 <br>: 100,000 blocks', { timeout: 120_000 }, () => {
    const n = 100_000;
    const r = succeed(page(`<article>${'Some text here.<br>'.repeat(n)}</article>`));
    expect(codes(r)).toEqual(['W_READABILITY_LIMIT']);
    expect(r.blocks).toHaveLength(n);
  });

  it('maxBlocks bounds HTML blocks too', () => {
    const e = refuse('E_TOO_LARGE', page('A line.<br>'.repeat(101)), { maxBlocks: 100 });
    expect(e.message).toMatch(/more than 100 blocks/);
    expect(succeed(page('A line.<br>'.repeat(100)), { maxBlocks: 100 }).blocks).toHaveLength(100);
    // And in the tag-stream fallback.
    const deep = `${'<div>'.repeat(300)}${'A line.<br>'.repeat(101)}`;
    refuse('E_TOO_LARGE', deep, { format: 'html', maxBlocks: 100 });
  });

  it('deeply nested lists', { timeout: 60_000 }, () => {
    const n = 10_000;
    const deep = succeed(page(`${'<ul><li>item'.repeat(n)}${'</li></ul>'.repeat(n)}`));
    expect(codes(deep)).toEqual(['W_TREE_FALLBACK']);
    expect(deep.blocks).toHaveLength(n);
    expect(deep.blocks.every((b) => b.kind === 'list-item' && b.text === 'item')).toBe(true);
    const moderate = succeed(page(`${'<ul><li>item'.repeat(70)}${'</li></ul>'.repeat(70)}`));
    expect(codes(moderate)).toEqual(['W_READABILITY_LIMIT']);
    expect(moderate.blocks).toHaveLength(70);
  });

  it('stylesheets and style attributes jsdom cannot parse', () => {
    const broken = [
      '<style>.hero{height:calc(($container-max-width - 2rem) / 16 * 9);} @include foo; {{{</style>',
      '<style>@media (min-width: {{ bp }}) { .a { color: red } </style>',
      '<link rel="stylesheet" href="https://example.invalid/x.css">',
      '<svg><style>@import url(javascript:alert(1)); }}}</style></svg>',
    ].join('');
    const body = `<article style="height: calc(( 2rem" ><h1 style="{{broken">Bridge reopens</h1>${Array.from(
      { length: 4 },
      (_, i) => `<p style="width: expression(alert(1)); color: ;; ::">${i}. ${PROSE}</p>`,
    ).join('')}</article>`;
    const r = succeed(page(body, broken));
    expect(r.warnings).toBeUndefined();
    expect(r.text.split('\n\n')).toHaveLength(4);
  });

  it('NUL and control characters: a result unless they are most of the input', () => {
    const text = `${PROSE}\u0000\n${PROSE.replace('council', 'coun\u0001cil')}\n\u001b[31mred\u001b[0m ${PROSE}\u007f`;
    const r = succeed(text);
    expectTextCovered(text, r);
    expect(r.blocks).toHaveLength(3);
    const html = succeed(
      page(`<article><p>${PROSE}\u0000</p><p>\u0001${PROSE}</p><p>${PROSE}</p></article>`),
    );
    expect(html.text).toContain(PROSE);
    refuse('E_BINARY', `a\u0000b`);
    refuse('E_BINARY', `${'\u0001\u0002\u0003 abc '.repeat(100)}`);
    refuse('E_BINARY', Buffer.from(`${PROSE}\u0000`.repeat(200).replace(/ /g, '\u0000')));
  });

  it('right-to-left and CJK text, in text and HTML', () => {
    const lines = [
      'قال المجلس إن الإجراء الذي تمت الموافقة عليه يوم الاثنين سيدخل حيز التنفيذ في يناير.',
      'הממשלה הודיעה ביום שני כי התוכנית תיכנס לתוקף בינואר, כך נמסר.',
      '\u202eevil.exe\u202c \u200fשלום\u200f mixed עברית and English.',
      '市议会周一表示，这项措施将于一月份生效，耗资约200万美元。',
      '市議会は月曜日、この措置が1月に発効すると発表した。',
      '시의회는 월요일 이 조치가 1월에 시행될 것이라고 밝혔다.',
    ];
    const text = lines.join('\n');
    const r = succeed(text);
    expectTextCovered(text, r);
    expect(r.blocks.map((b) => b.text)).toEqual(lines);
    const h = succeed(
      page(`<article dir="rtl">${lines.map((l) => `<p>${l}</p>`).join('')}</article>`),
    );
    expect(h.blocks.map((b) => b.text)).toEqual(lines);
  });

  it('emoji and combining marks at block boundaries stay whole', () => {
    const family = '👨‍👩‍👧‍👦';
    const flag = '🇺🇦';
    const lines = [
      `${family} starts this line and ends it ${family}`,
      `\u0301\u0308 combining marks open this line, e\u0301 and n\u0303 inside, and close it a\u0308`,
      `${flag}${flag} flags 🏳️‍🌈 and keycaps 1️⃣ skin tones 👍🏽`,
      `𝔘𝔫𝔦𝔠𝔬𝔡𝔢 astral letters 𠜎𠜱 at the end 𝟘`,
    ];
    for (const eol of ['\n', '\r\n', '\n\n']) {
      const text = lines.join(eol);
      const r = succeed(text);
      expectTextCovered(text, r);
      expect(r.blocks.map((b) => b.text)).toEqual(lines);
    }
    // Markup cutting between a letter and its mark, and between the halves of a ZWJ
    // sequence: both sides still come back, and no block holds half a surrogate pair.
    const html = page(
      `<article><p>e</p><p>\u0301 accent</p><p>👨</p><p>\u200d👩 zwj</p>${lines.map((l) => `<p>${l}</p>`).join('<br>')}</article>`,
    );
    const h = succeed(html);
    expect(squashed(h)).toBe(`e\u0301accent👨\u200d👩zwj${lines.join('').replace(/\s+/gu, '')}`);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const b of h.blocks) expect(b.text).not.toMatch(loneSurrogate);
  });

  it('long runs of punctuation and spaces take linear time', { timeout: 120_000 }, () => {
    // Each of these took seconds to minutes at this size when a regex retried from every
    // point of the run (see the commit "Linear-time regexes").
    const n = 200_000;
    for (const c of ['.', '…', '-', '•', '|', ' ', '1.', 'a-', 'A1', '- ', '\t']) {
      const run = c.repeat(Math.ceil(n / c.length));
      succeed(`x${run}y`, { format: 'text' });
      succeed(`<pre>x${run}y</pre><p>${run}@</p>`, { format: 'html' });
    }
  });
});

describe('pathological text', () => {
  it('a 10 MB single line: one block, verbatim', { timeout: 120_000 }, () => {
    const line = `${PROSE} `.repeat(Math.ceil(10_000_000 / (PROSE.length + 1))).trimEnd();
    expect(line.length).toBeGreaterThan(10_000_000);
    const r = succeed(line);
    expect(r.blocks).toHaveLength(1);
    expect(r.text).toBe(line);
  });

  it('1,000,000 short lines: E_TOO_LARGE before any block is built', { timeout: 60_000 }, () => {
    const text = Array.from({ length: 1_000_000 }, (_, i) => `line ${i}`).join('\n');
    const e = refuse('E_TOO_LARGE', text);
    expect(e.message).toMatch(/more than 200,000 non-blank lines/);
  });

  it('maxBlocks counts non-blank lines', () => {
    const text = `${Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n\n \n')}\n\n`;
    const r = succeed(text, { maxBlocks: 100 });
    expectTextCovered(text, r);
    expect(r.blocks).toHaveLength(100);
    refuse('E_TOO_LARGE', `${text}one more`, { maxBlocks: 100 });
  });

  it('limits are options with checked values', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, '10' as never, null as never]) {
      refuse('E_OPTIONS', 'x', { maxBytes: bad });
      refuse('E_OPTIONS', 'x', { maxBlocks: bad });
    }
    expect(attempt('x', { maxBytes: Number.POSITIVE_INFINITY, maxBlocks: 1 })).toHaveProperty(
      'blocks.length',
      1,
    );
    // A string counts its UTF-8 bytes: 'é' is two.
    refuse('E_TOO_LARGE', 'éé', { maxBytes: 3 });
    succeed('éé', { maxBytes: 4 });
  });
});
