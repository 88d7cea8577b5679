/**
 * Unicode classes of single UTF-16 code units, found once per code unit and kept, so hot
 * loops classify characters without a regex per character (or per word). Astral
 * characters (surrogate pairs) are not covered: callers take their regex for such text.
 *
 * @packageDocumentation
 */

/** Bit: a letter (`\p{L}`). */
export const LETTER = 1;
/** Bit: an upper-case letter (`\p{Lu}`). */
export const UPPER = 2;
/** Bit: a number (`\p{N}`). */
export const NUMBER = 4;
/** Bit: the entry has been computed. */
const KNOWN = 8;

const L = /^\p{L}$/u;
const LU = /^\p{Lu}$/u;
const N = /^\p{N}$/u;

/** Classes by code unit, filled on first sight (0: not yet known). */
let table: Uint8Array | undefined;

/** The class bits of a BMP code unit that is not a surrogate. */
export function charBits(c: number): number {
  table ??= new Uint8Array(0x10000);
  let v = table[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = KNOWN | (L.test(ch) ? LETTER : 0) | (LU.test(ch) ? UPPER : 0) | (N.test(ch) ? NUMBER : 0);
    table[c] = v;
  }
  return v;
}

/** Whether `c` is a UTF-16 surrogate (half of an astral character). */
export const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
