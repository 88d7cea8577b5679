/**
 * Bytes to string for HTML: the `encoding` option, else BOM, then `<meta charset>` /
 * http-equiv, as browsers do, else UTF-8 (encoding-sniffer is the sniffer cheerio's `loadBuffer` uses).
 */
import { decodeWith } from '../encoding.js';
import { loadSniffer } from './lazy.js';

export function decodeHtml(bytes: Uint8Array, encoding?: string): string {
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding) return decodeWith(buffer, encoding);
  // Unlabelled pages: browsers fall back to windows-1252, but scraped pages today are
  // nearly all UTF-8; the sniffer still honours a BOM or <meta charset> first.
  return loadSniffer().decodeBuffer(buffer, { defaultEncoding: 'utf-8' });
}
