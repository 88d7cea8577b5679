/** Bytes in: binary refused by signature, invalid UTF-8 replaced, BOMs and legacy charsets read. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { article, PROSE, page, refuse, succeed } from './helpers.js';

const bytes = (...parts: (string | number[] | Buffer)[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
  );

/** A deterministic stream of pseudo-random bytes (xorshift). */
function noise(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('binary input', () => {
  const signatures: [string, Buffer, RegExp][] = [
    ['PNG', bytes([0x89], 'PNG\r\n\x1a\n', noise(64)), /PNG image/],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], noise(64)), /JPEG image/],
    ['GIF', bytes('GIF89a', [0x20, 0x03, 0x58, 0x02], noise(64)), /GIF image/],
    ['WebP', bytes('RIFF', [0x24, 0x08, 0, 0], 'WEBPVP8 ', noise(64)), /WebP image/],
    ['PDF', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj'), /PDF document/],
    ['gzip', gzipSync(page(article())), /gzip-compressed/],
    ['zip', bytes('PK\x03\x04', noise(64)), /zip archive/],
    ['zstd', bytes([0x28, 0xb5, 0x2f, 0xfd], noise(64)), /zstd/],
    ['xz', bytes([0xfd], '7zXZ', [0], noise(64)), /xz/],
    ['7z', bytes('7z', [0xbc, 0xaf, 0x27, 0x1c], noise(64)), /7-Zip/],
  ];

  it.each(signatures)('%s is refused by its signature', (_name, data, what) => {
    for (const format of ['auto', 'text', 'html'] as const) {
      expect(refuse('E_BINARY', data, { format }).message).toMatch(what);
    }
    // Read as a latin1 string, it is the same file.
    expect(refuse('E_BINARY', data.toString('latin1')).message).toMatch(what);
  });

  it('refuses NUL-heavy and control-heavy data, with a hint for UTF-16 without BOM', () => {
    refuse('E_BINARY', noise(4096));
    refuse('E_BINARY', noise(4096).toString('latin1'), { format: 'html' });
    const utf16 = Buffer.from(PROSE.repeat(10), 'utf16le');
    expect(refuse('E_BINARY', utf16).message).toMatch(/utf-16le/);
    expect(succeed(utf16, { encoding: 'utf-16le' }).text).toBe(PROSE.repeat(10));
  });

  it('takes text that merely starts like a signature', () => {
    for (const text of [
      'GIF89a is the format of most animated images, the archive said.',
      'PK stands for Phil Katz.',
    ]) {
      expect(succeed(text).text).toBe(text);
    }
  });
});

describe('text bytes', () => {
  it('replaces invalid UTF-8 instead of failing or re-reading the whole text', () => {
    const good = Buffer.from(`Café “quotes” and naïve résumé, ${PROSE}`, 'utf8');
    const broken = Buffer.concat([good, Buffer.from([0xff, 0xc3]), Buffer.from(' tail.')]);
    const r = succeed(broken);
    expect(r.text).toBe(`Café “quotes” and naïve résumé, ${PROSE}\ufffd\ufffd tail.`);
    // A truncated sequence at the very end.
    expect(succeed(Buffer.concat([good, Buffer.from([0xe2, 0x80])])).text).toMatch(/\ufffd$/);
  });

  it('reads windows-1252 bytes that are not UTF-8 at all', () => {
    const cp1252 = bytes(
      'Caf',
      [0xe9],
      ' ',
      [0x93],
      'quoted',
      [0x94],
      ' ',
      [0x97],
      ' 5 ',
      [0x80],
      '.',
    );
    expect(succeed(cp1252).text).toBe('Café “quoted” — 5 €.');
  });

  it('reads UTF-16 LE and BE with a BOM, text and HTML', () => {
    const text = `Ünïcödé ${PROSE}\n日本語のテキスト、と役人は言った。`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const input of [le, be]) {
      const r = succeed(input);
      expect(r.format).toBe('text');
      expect(r.blocks.map((b) => b.text)).toEqual(text.split('\n'));
    }
    const html = page(article());
    const hle = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    for (const input of [hle, Buffer.from(hle).swap16()]) {
      const r = succeed(input);
      expect(r.format).toBe('html');
      expect(r.text.split('\n\n')).toHaveLength(4);
    }
    // A UTF-8 BOM is dropped too.
    expect(succeed(Buffer.from(`\ufeff${PROSE}`, 'utf8')).text).toBe(PROSE);
  });

  it('reports an unknown encoding label', () => {
    expect(refuse('E_ENCODING', Buffer.from('x'), { encoding: 'klingon' }).message).toMatch(
      /utf-8/,
    );
  });
});

describe('legacy charsets', () => {
  // Bytes written out by hand; TextDecoder (ICU) confirms each is the text it stands for.
  // (windows-1252 is in html.test.ts: Node's TextDecoder reads it as ISO-8859-1.)
  const cases: [string, number[], string][] = [
    ['windows-1251', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0], 'Привет мир'],
    ['koi8-r', [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], 'Привет'],
    ['iso-8859-2', [0xa3, 0xf3, 0x64, 0xbc], 'Łódź'],
    ['shift_jis', [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea], '日本語'],
    ['euc-kr', [0xc7, 0xd1, 0xb1, 0xb9, 0xbe, 0xee], '한국어'],
    ['gbk', [0xd6, 0xd0, 0xce, 0xc4], '中文'],
    ['big5', [0xa4, 0xa4, 0xa4, 0xe5], '中文'],
  ];

  it.each(cases)('%s: from <meta charset> and from options.encoding', (label, raw, text) => {
    expect(new TextDecoder(label).decode(Uint8Array.from(raw))).toBe(text);
    const para = (s: Buffer) =>
      Buffer.concat([Buffer.from('<p>'), s, Buffer.from(` ${PROSE}</p>`)]);
    const body = Buffer.concat([0, 1, 2].map(() => para(Buffer.from(raw))));
    const head = `<!doctype html><html><head><meta charset="${label}"><title>t</title></head><body><article>`;
    const html = Buffer.concat([Buffer.from(head), body, Buffer.from('</article></body></html>')]);
    const r = succeed(html);
    expect(r.text.split('\n\n')).toEqual([0, 1, 2].map(() => `${text} ${PROSE}`));
    const http = Buffer.from(
      head.replace(
        `<meta charset="${label}">`,
        `<meta http-equiv="Content-Type" content="text/html; charset=${label}">`,
      ),
    );
    expect(succeed(Buffer.concat([http, body])).text).toContain(`${text} ${PROSE}`);
    expect(succeed(Buffer.from(raw), { encoding: label, format: 'text' }).text).toBe(text);
  });

  it('unlabelled HTML bytes: UTF-8, or windows-1252 when they read better that way', () => {
    const utf8 = Buffer.from(
      page(`<article><p>Café ${PROSE}</p><p>1 ${PROSE}</p><p>2 ${PROSE}</p></article>`),
    );
    expect(succeed(utf8).text).toContain(`Café ${PROSE}`);
    const stray = Buffer.concat([
      utf8.subarray(0, utf8.indexOf('Café') + 6),
      Buffer.from([0xff]),
      utf8.subarray(utf8.indexOf('Café') + 6),
    ]);
    expect(succeed(stray).text).toContain(`Café \ufffd${PROSE}`);
    const latin = Buffer.from(utf8.toString('utf8'), 'latin1'); // é as the one byte 0xE9
    expect(succeed(latin).text).toContain(`Café ${PROSE}`);
  });
});
