/**
 * Input checks shared by the text and HTML paths: type, binary content, format detection,
 * options validation. Every failure is a {@link ChaffError} with a code.
 */
import { ChaffError } from './errors.js';
import type { SeparateOptions } from './types.js';

/** What {@link separate} accepts. */
export type SeparateInput = string | Uint8Array;

export const DEFAULTS = { threshold: 1, guard: true, format: 'auto' } as const;

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
  if (o.url !== undefined) {
    try {
      new URL(o.url);
    } catch {
      throw new ChaffError(
        'E_OPTIONS',
        `options.url must be an absolute URL, not ${JSON.stringify(o.url)}`,
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

/** Throw when a string holds binary data (NUL bytes or mostly control characters). */
export function checkNotBinary(text: string): void {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) {
      throw new ChaffError(
        'E_BINARY',
        'the input contains NUL bytes: it looks like a binary file (image, PDF, archive), not text or HTML',
      );
    }
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (sample.length > 32 && control / sample.length > 0.1) {
    throw new ChaffError(
      'E_BINARY',
      'the input is mostly control characters: it looks like a binary file, not text or HTML',
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
