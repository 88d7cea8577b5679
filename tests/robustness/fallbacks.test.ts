/**
 * When a library step fails, the page takes the documented fallback and the result says
 * so; no raw error reaches the caller. The failures are injected through the lazy loaders
 * (the one place chaff loads cheerio's parser, htmlparser2 and Readability).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ChaffError, separate } from '../../src/index.js';
import { article, PROSE, page } from './helpers.js';

const fail = vi.hoisted(() => ({ parse: false, readability: false, tokenizer: false }));

vi.mock('../../src/html/lazy.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/html/lazy.js')>();
  return {
    ...real,
    loadHtmlparser2: () => {
      const h = real.loadHtmlparser2();
      return {
        ...h,
        Parser: fail.parse
          ? class {
              end(): never {
                throw new TypeError(
                  "Cannot read properties of undefined (reading 'x')\n    at htmlparser2 internals",
                );
              }
            }
          : h.Parser,
        Tokenizer: fail.tokenizer
          ? class {
              write(): never {
                throw new Error('tokenizer exploded');
              }
            }
          : h.Tokenizer,
      } as unknown as typeof h;
    },
    loadReadability: () => {
      const r = real.loadReadability();
      if (!fail.readability) return r;
      return {
        ...r,
        Readability: class {
          parse(): never {
            throw new RangeError('Maximum call stack size exceeded');
          }
        },
      } as unknown as typeof r;
    },
  };
});

beforeEach(() => {
  fail.parse = false;
  fail.readability = false;
  fail.tokenizer = false;
});

// Short lines are not prose: chaff's scorer is unsure of this page and asks Readability.
const unsure = page(
  `<nav><a href="/">Home</a></nav><article>${[1, 2, 3, 4, 5].map((i) => `<p>Short line number ${i} here.</p>`).join('')}</article>`,
);
const html = page(
  `<nav><a href="/">Home</a> <a href="/news">News</a></nav>${article()}<footer><p>© The Courier</p></footer>`,
);

describe('fallbacks', () => {
  it('none on an ordinary page', () => {
    const r = separate(html);
    expect(r.warnings).toBeUndefined();
    expect(r.text.split('\n\n')).toHaveLength(4);
  });

  it('Readability throws: chaff scorer, W_READABILITY_FAILED, same article', () => {
    const before = separate(unsure);
    expect(before.warnings).toBeUndefined();
    fail.readability = true;
    const r = separate(unsure);
    expect(r.warnings).toEqual([
      {
        code: 'W_READABILITY_FAILED',
        message: expect.stringMatching(
          /^Readability failed on the page \(Maximum call stack size exceeded\); chaff's own scorer/,
        ),
      },
    ]);
    // The same blocks, each labelled; the five lines are still the article.
    expect(r.blocks.map((b) => b.text)).toEqual(before.blocks.map((b) => b.text));
    for (const i of [1, 2, 3, 4, 5]) expect(r.text).toContain(`Short line number ${i} here.`);
  });

  it('the parser throws: tag stream, W_TREE_FALLBACK, no stack in the message', () => {
    fail.parse = true;
    const r = separate(html);
    expect(r.warnings?.map((w) => w.code)).toEqual(['W_TREE_FALLBACK']);
    expect(r.warnings![0]!.message).toMatch(
      /^the HTML tree could not be read \(Cannot read properties of undefined \(reading 'x'\)\)/,
    );
    expect(r.warnings![0]!.message).not.toMatch(/internals|\n/);
    expect(r.blocks.map((b) => b.text)).toEqual([
      'Home News',
      'Bridge reopens',
      ...[1, 2, 3, 4].map((i) => `${i}. ${PROSE}`),
      '© The Courier',
    ]);
    expect(r.metadata.title).toBe('Bridge reopens');
    expect(r.text).toContain(`1. ${PROSE}`);
    // Offsets span each block's text in the source, markup between included.
    for (const b of r.blocks) {
      expect(
        html
          .slice(b.start, b.end)
          .replace(/<[^>]*>/g, '')
          .replace(/\s+/g, ' '),
      ).toBe(b.text);
    }
  });

  it('the parser and the tag stream both throw: E_PARSE, with the cause kept', () => {
    fail.parse = true;
    fail.tokenizer = true;
    let error: unknown;
    try {
      separate(html);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChaffError);
    expect((error as ChaffError).code).toBe('E_PARSE');
    expect((error as ChaffError).message).toMatch(/tokenizer exploded.*report it/);
    expect(((error as ChaffError).cause as Error).message).toBe('tokenizer exploded');
  });

  it('text input never touches the HTML machinery', () => {
    fail.parse = true;
    fail.readability = true;
    fail.tokenizer = true;
    expect(separate(`${PROSE}\nShare this article`).removed).toHaveLength(1);
  });
});
