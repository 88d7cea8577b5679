/**
 * Decoding bytes with the WHATWG encoding labels. One quirk needs care: Node's
 * TextDecoder decodes `windows-1252` (and its aliases latin1, iso-8859-1, ascii) as
 * ISO-8859-1, turning the bytes 0x80-0x9F into invisible C1 controls instead of
 * € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ. They are mapped back here.
 */
import { ChaffError } from './errors.js';

const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/g;

/** Replace C1 controls left by a latin1 decode with their windows-1252 characters. */
export function fixWindows1252(text: string): string {
  return text.replace(C1, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

/**
 * Decode bytes with an encoding label; throws `E_ENCODING` for an unknown label. Bytes
 * that are invalid in the encoding become U+FFFD; a BOM that matches it is dropped.
 */
export function decodeWith(bytes: Uint8Array, label: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch (cause) {
    throw new ChaffError(
      'E_ENCODING',
      `unknown or unsupported encoding ${JSON.stringify(label)}; use a WHATWG encoding label such as "utf-8" or "windows-1252"`,
      { cause },
    );
  }
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text;
}

/** The encoding a byte-order mark at the start of the bytes names, if any. */
export function sniffBom(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Decode bytes that name no encoding: UTF-8, with invalid sequences replaced by U+FFFD,
 * unless they read better as windows-1252. A UTF-8 page with a few stray bytes keeps its
 * accents (a fatal decode fell back to windows-1252 for the whole page and turned every
 * "é" into "Ã©"); a windows-1252 page has no valid multi-byte sequences at all, so more
 * of its non-ASCII bytes are invalid than valid.
 */
export function decodeUnlabelled(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xfffd) replaced++;
    else valid++;
  }
  return replaced > valid ? decodeWith(bytes, 'windows-1252') : text;
}
