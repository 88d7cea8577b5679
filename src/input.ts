/**
 * Input checks shared by the text and HTML paths: type, size, emptiness, binary content,
 * format detection, options validation. Every failure is a {@link ChaffError} with a code
 * and a message that says what to do.
 */
import { ChaffError } from './errors.js';
import type { SeparateOptions } from './types.js';

/** What {@link separate} accepts. */
export type SeparateInput = string | Uint8Array;

/** 20 MiB: 11 times the largest of the 812 dev-set pages (1.8 MB). */
const MAX_BYTES = 20 * 1024 * 1024;
/** 200,000 blocks: about 5 s and 0.6 GB at peak on one core; a large real page has 2,000. */
const MAX_BLOCKS = 200_000;

export const DEFAULTS = {
  threshold: 1,
  guard: true,
  format: 'auto',
  maxBytes: MAX_BYTES,
  maxBlocks: MAX_BLOCKS,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

function checkLimit(name: 'maxBytes' | 'maxBlocks', value: unknown): void {
  if (value === Number.POSITIVE_INFINITY) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new ChaffError(
      'E_OPTIONS',
      `options.${name} must be a whole number of 1 or more, or Infinity, not ${String(value)}`,
    );
  }
}

/** Check options and fill in defaults. */
export function resolveOptions(options: SeparateOptions | undefined) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ChaffError('E_OPTIONS', 'options must be an object, e.g. { format: "text" }');
  }
  const o = { ...DEFAULTS, ...options };
  if (!['auto', 'text', 'html'].includes(o.format)) {
    throw new ChaffError(
      'E_OPTIONS',
      `options.format must be "auto", "text" or "html", not ${JSON.stringify(o.format)}`,
    );
  }
  if (typeof o.threshold !== 'number' || !Number.isFinite(o.threshold) || o.threshold <= 0) {
    throw new ChaffError(
      'E_OPTIONS',
      `options.threshold must be a positive number (default 1), not ${String(o.threshold)}`,
    );
  }
  if (o.scope !== undefined && !['auto', 'article', 'page'].includes(o.scope)) {
    throw new ChaffError(
      'E_OPTIONS',
      `options.scope must be "auto", "article" or "page", not ${JSON.stringify(o.scope)}`,
    );
  }
  if (typeof o.guard !== 'boolean') {
    throw new ChaffError('E_OPTIONS', 'options.guard must be true or false');
  }
  if (
    o.language !== undefined &&
    (typeof o.language !== 'string' || !/^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/.test(o.language))
  ) {
    throw new ChaffError(
      'E_OPTIONS',
      `options.language must be an ISO 639-1 code such as "en" or "de", not ${JSON.stringify(o.language)}`,
    );
  }
  checkLimit('maxBytes', o.maxBytes);
  checkLimit('maxBlocks', o.maxBlocks);
  if (o.url !== undefined) {
    try {
      new URL(o.url);
    } catch {
      throw new ChaffError(
        'E_OPTIONS',
        `options.url must be an absolute URL such as "https://example.com/story", not ${JSON.stringify(o.url)}`,
      );
    }
  }
  return o;
}

/** Throw unless the input is a string or bytes. */
export function checkInputType(input: unknown): asserts input is SeparateInput {
  if (typeof input === 'string' || input instanceof Uint8Array) return;
  const what = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
  throw new ChaffError(
    'E_INPUT_TYPE',
    `separate() takes a string, Buffer or Uint8Array, not ${what}. Read files with fs.readFileSync(path) and pass the Buffer, or a string.`,
  );
}

/** Throw `E_TOO_LARGE` when the input has more bytes than `maxBytes` (strings: UTF-8 bytes). */
export function checkSize(input: SeparateInput, maxBytes: number): void {
  if (maxBytes === Number.POSITIVE_INFINITY) return;
  // A string has at least as many UTF-8 bytes as UTF-16 code units.
  if (typeof input === 'string' && input.length <= maxBytes / 3) return;
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes <= maxBytes) return;
  throw new ChaffError(
    'E_TOO_LARGE',
    `the input is ${count(bytes)} bytes, more than maxBytes (${count(maxBytes)}). Pass a larger options.maxBytes (or Infinity) to separate it anyway, or split it.`,
  );
}

/** Throw `E_TOO_LARGE` when an input splits into more than `maxBlocks` blocks. */
export function tooManyBlocks(maxBlocks: number, what: string): ChaffError {
  return new ChaffError(
    'E_TOO_LARGE',
    `the input has more than ${count(maxBlocks)} ${what}, more than maxBlocks allows. Pass a larger options.maxBlocks (or Infinity) to separate it anyway (each block costs about 3 KB while it is classified), or split it.`,
  );
}

/** Throw `E_EMPTY` for input with no characters at all. */
export function checkNotEmpty(length: number): void {
  if (length > 0) return;
  throw new ChaffError(
    'E_EMPTY',
    'the input is empty: there is nothing to separate. An empty page usually means the download failed; check the response status and body.',
  );
}

/** File signatures of formats scrapers meet instead of pages: [bytes at offset 0, name]. */
const SIGNATURES: readonly (readonly [string, string])[] = [
  ['\x89PNG\r\n\x1a\n', 'a PNG image'],
  ['\xff\xd8\xff', 'a JPEG image'],
  ['%PDF-', 'a PDF document'],
  ['\x1f\x8b', 'gzip-compressed data (decompress it first, e.g. zlib.gunzipSync)'],
  ['PK\x03\x04', 'a zip archive (or an Office document)'],
  ['PK\x05\x06', 'an empty zip archive'],
  ['\x28\xb5\x2f\xfd', 'zstd-compressed data'],
  ['\xfd7zXZ\x00', 'xz-compressed data'],
  ['7z\xbc\xaf\x27\x1c', 'a 7-Zip archive'],
];

function signatureAt(head: string): string | undefined {
  for (const [magic, name] of SIGNATURES) if (head.startsWith(magic)) return name;
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'a WebP image';
  // "GIF89a" can open a sentence about GIFs; an image follows it with its size in binary.
  if (/^GIF8[79]a/.test(head) && /[^\x20-\x7e]/.test(head.slice(6, 10))) return 'a GIF image';
  return undefined;
}

/** Throw `E_BINARY` when bytes (or a string) start with the signature of a binary format. */
export function checkSignature(input: SeparateInput): void {
  const head =
    typeof input === 'string' ? input.slice(0, 16) : String.fromCharCode(...input.subarray(0, 16));
  const what = signatureAt(head);
  if (what) {
    throw new ChaffError(
      'E_BINARY',
      `the input is ${what}, not text or HTML: chaff separates articles in text or HTML`,
    );
  }
}

/**
 * Throw `E_BINARY` when text holds binary data: NUL characters (1% or more of the first
 * 8,192) or control characters (5% or more). A stray NUL or two in a page is not enough:
 * broken CMS output has them, and browsers show such pages.
 */
export function checkNotBinary(text: string): void {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  let nul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) {
      nul++;
      if (i % 2 === 1) oddNul++;
    }
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) control++;
  }
  if (nul > 0 && nul >= sample.length / 100) {
    // UTF-16 without a BOM: every other byte is NUL.
    const utf16 =
      sample.length >= 16 && nul >= sample.length / 4 && (oddNul > nul * 0.9 || oddNul < nul * 0.1)
        ? ' If it is UTF-16 text without a byte-order mark, pass options.encoding ("utf-16le" or "utf-16be").'
        : '';
    throw new ChaffError(
      'E_BINARY',
      `the input contains NUL bytes (${count(nul)} in the first ${count(sample.length)} characters): it looks like a binary file (image, PDF, archive), not text or HTML.${utf16}`,
    );
  }
  if (sample.length > 32 && control >= sample.length / 20) {
    throw new ChaffError(
      'E_BINARY',
      `the input is ${Math.round((control / sample.length) * 100)}% control characters: it looks like a binary file, not text or HTML`,
    );
  }
}

const HTML_START =
  /^<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|article|section|main|header|nav|p|span|h[1-6]|ul|ol|table|figure)[\s>/]/i;
const CLOSING_TAG = /<\/(?:p|div|article|section|span|a|li|h[1-6]|td|body|html)>/gi;

/** Does this text look like HTML? Markup at the start, or several closing tags. */
export function looksLikeHtml(text: string): boolean {
  let head = (text.length > 4096 ? text.slice(0, 4096) : text).trimStart();
  // Skip an XML declaration and leading comments without a backtracking regex.
  if (head.startsWith('<?xml')) head = head.slice(head.indexOf('>') + 1).trimStart();
  while (head.startsWith('<!--')) {
    const end = head.indexOf('-->');
    if (end < 0) break;
    head = head.slice(end + 3).trimStart();
  }
  if (HTML_START.test(head)) return true;
  const closing = head.match(CLOSING_TAG);
  return (closing?.length ?? 0) >= 3;
}
