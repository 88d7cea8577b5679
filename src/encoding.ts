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

/** Decode bytes with an encoding label; throws `E_ENCODING` for an unknown label. */
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
