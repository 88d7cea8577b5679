/**
 * Bytes to string for HTML: the `encoding` option, else BOM, then `<meta charset>` /
 * http-equiv, as browsers do (encoding-sniffer is the sniffer cheerio's `loadBuffer`
 * uses), else UTF-8 with invalid bytes replaced, or windows-1252 when the bytes read
 * better that way (see {@link decodeUnlabelled}).
 */
import { decodeUnlabelled, decodeWith } from '../encoding.js';
import { loadSniffer } from './lazy.js';

export function decodeHtml(bytes: Uint8Array, encoding?: string): string {
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding) return decodeWith(buffer, encoding);
  const { getEncoding, decodeBuffer } = loadSniffer();
  // The sniffer reports its default when the bytes name no encoding: asking with two
  // different defaults tells a page that declares one from a page that does not.
  const declared = getEncoding(buffer, { defaultEncoding: 'utf-8' });
  if (declared !== getEncoding(buffer, { defaultEncoding: 'windows-1252' })) {
    // Unlabelled pages: browsers fall back to windows-1252, but scraped pages today are
    // nearly all UTF-8.
    return decodeUnlabelled(buffer);
  }
  return decodeBuffer(buffer, { defaultEncoding: declared });
}
