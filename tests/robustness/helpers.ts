import { expect } from 'vitest';
import { SEPARATE_CODES } from '../../src/fuzz/cases.js';
import { ChaffError, type Separation, separate } from '../../src/index.js';

/** Run `separate`; a throw must be a ChaffError with a code `separate` documents. */
export function attempt(...args: Parameters<typeof separate>): Separation | ChaffError {
  try {
    return separate(...args);
  } catch (e) {
    expect(e, String((e as Error)?.stack ?? e)).toBeInstanceOf(ChaffError);
    expect(SEPARATE_CODES).toContain((e as ChaffError).code);
    return e as ChaffError;
  }
}

/** `separate` must return; the result. */
export function succeed(...args: Parameters<typeof separate>): Separation {
  const r = attempt(...args);
  if (r instanceof ChaffError) throw new Error(`expected a result, got ${r.code}: ${r.message}`);
  return r;
}

/** `separate` must throw this code; the error. */
export function refuse(code: string, ...args: Parameters<typeof separate>): ChaffError {
  const r = attempt(...args);
  if (!(r instanceof ChaffError)) throw new Error(`expected ${code}, got a result`);
  expect(r.code, r.message).toBe(code);
  return r;
}

/** Characters segmentation treats as space (see segment-text.ts). */
export const SPACE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]/u;

/**
 * Text input: blocks are in order, each is `input.slice(start, end)`, and every
 * non-space character of the input is in exactly one block.
 */
export function expectTextCovered(input: string, r: Separation): void {
  const problems: string[] = [];
  let last = 0;
  const owner = new Int32Array(input.length).fill(-1);
  for (const b of r.blocks) {
    if (b.start < last) problems.push(`block ${b.index} starts before the end of the one before`);
    if (input.slice(b.start, b.end) !== b.text) problems.push(`block ${b.index} is not its slice`);
    for (let i = b.start; i < b.end; i++) {
      if (owner[i] !== -1) problems.push(`char ${i} in blocks ${owner[i]} and ${b.index}`);
      owner[i] = b.index;
    }
    last = b.end;
    if (problems.length > 5) break;
  }
  for (let i = 0; i < input.length && problems.length < 10; i++) {
    if (owner[i] === -1 && !SPACE.test(input[i]!)) {
      problems.push(`char ${i} ${JSON.stringify(input[i])} in no block`);
    }
  }
  expect(problems).toEqual([]);
}

/** Every block's text together, spaces removed. */
export const squashed = (r: Separation) =>
  r.blocks.map((b) => b.text.replace(/\s+/gu, '')).join('');

/** An ordinary paragraph of news prose. */
export const PROSE =
  'The council said the measure, approved on Monday after a long debate, would take effect in January and cost about $2 million.';

/** A small HTML page around a body. */
export const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>Bridge reopens</title>${head}</head><body>${body}</body></html>`;

/** An article of `n` prose paragraphs. */
export const article = (n = 4) =>
  `<article><h1>Bridge reopens</h1>${Array.from({ length: n }, (_, i) => `<p>${i + 1}. ${PROSE}</p>`).join('')}</article>`;
