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

/** `[\p{L}]` on the code points of {@link latinText} (`tests/features.test.ts` checks it). */
export const LATIN_LETTER_CLASS =
  '[A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]';

/**
 * The ranges (no brackets) of `\p{Lu}` on the code points of {@link latinText}: the
 * letters that lower-case to something else and upper-case to themselves, which there is
 * exactly `\p{Lu}` (`tests/rules.test.ts` checks every code point). Built on first use.
 */
export function latinUpperRanges(): string {
  if (latinUpper === undefined) {
    const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
    const upper = (c: number) => {
      const ch = String.fromCharCode(c);
      return ch.toLowerCase() !== ch && ch.toUpperCase() === ch;
    };
    let out = '';
    for (let c = 0; c < 0x250; c++) {
      if (!upper(c)) continue;
      let to = c;
      while (to + 1 < 0x250 && upper(to + 1)) to++;
      out += to === c ? hex(c) : `${hex(c)}-${hex(to)}`;
      c = to;
    }
    latinUpper = out;
  }
  return latinUpper;
}
let latinUpper: string | undefined;

/**
 * Text whose every code unit is a Latin character (to U+024F, but not the long s "ſ"),
 * general punctuation or a currency sign. On such text `[\p{L}]` is a class of a dozen
 * ranges ({@link LATIN_LETTER_CLASS}, `LATIN_WORD_CLASS` with digits in
 * rules/index.ts), with or without `i`, and `\b` and case-insensitive ASCII words match the
 * same without the `u` flag (the long s and the Kelvin sign are the only characters that
 * `iu` folds onto ASCII letters). V8 builds those classes far faster than `\p{L}`.
 */
export function latinText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c >= 0x17f &&
      (c === 0x17f || c >= 0x250) &&
      !(c >= 0x2000 && c <= 0x206f) &&
      !(c >= 0x20a0 && c <= 0x20cf)
    )
      return false;
  }
  return true;
}

/** {@link LATIN_LETTER_CLASS} without its brackets, to go inside another class. */
const LATIN_LETTER_RANGES = LATIN_LETTER_CLASS.slice(1, -1);

/**
 * `pattern` with every `\p{L}` (and `\p{Lu}`) written as the Latin letter (upper-case
 * letter) ranges, for a regex without the `i` flag: the same matches on
 * {@link latinText} (on which `\p{L}` is exactly {@link LATIN_LETTER_CLASS}), and V8
 * builds a dozen ranges far faster than the full property (about 1 ms per `\p{L}` in a
 * pattern on these machines; a Polish cookie rule has nine). Inside a class the ranges
 * join it; outside, they become a class of their own. One pass, escapes skipped.
 *
 * @example
 * latinLetters('cookie\\p{L}*'); // 'cookie[A-Za-z…]*'
 * latinLetters("[\\p{L}.'-]+"); // "[A-Za-z….'-]+"
 */
export function latinLetters(pattern: string): string {
  if (!pattern.includes('\\p{L')) return pattern;
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      if (pattern.startsWith('p{L}', i + 1)) {
        out += inClass ? LATIN_LETTER_RANGES : LATIN_LETTER_CLASS;
        i += 4;
      } else if (pattern.startsWith('p{Lu}', i + 1)) {
        // Under `i` it would be every cased letter: only for regexes without the flag.
        out += inClass ? latinUpperRanges() : `[${latinUpperRanges()}]`;
        i += 5;
      } else {
        out += c + (pattern[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}
