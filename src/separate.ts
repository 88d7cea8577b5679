import { decodeUnlabelled, decodeWith, sniffBom } from './encoding.js';
import { separateHtml } from './html/index.js';
import {
  checkInputType,
  checkNotBinary,
  checkNotEmpty,
  checkSignature,
  checkSize,
  looksLikeHtml,
  resolveOptions,
  type SeparateInput,
  tooManyBlocks,
} from './input.js';
import { detectLanguage } from './lang/stopwords.js';
import { paywallNotices } from './paywall.js';
import { runPipeline } from './pipeline/index.js';
import { segmentText } from './pipeline/segment-text.js';
import type { Block, PaywallInfo, SeparateOptions, Separation } from './types.js';

/**
 * Separate an article from the boilerplate that came along with it.
 *
 * Takes plain text (one paragraph a line, or blank-line separated paragraphs) or HTML
 * (a string, Buffer or Uint8Array), and returns every block of the input in order,
 * labelled `content` or `boilerplate`, with a category and the reasons for each
 * removal. `text` is the content blocks joined by one blank line.
 *
 * Synchronous for both formats. The text path never loads jsdom.
 *
 * @example
 * ```ts
 * import { separate } from 'chaff';
 * const r = separate('Rain is expected on Monday, forecasters said.\nSubscribe to continue reading');
 * r.text;                  //=> 'Rain is expected on Monday, forecasters said.'
 * r.removed[0].category;   //=> 'paywall'
 * r.removed[0].reasons[0].rule; //=> 'en.paywall.subscribe-offer'
 * ```
 *
 * HTML input that is too large or too deep for a step takes that step's fallback and
 * says so in `warnings`; see the README's "Limits and errors".
 *
 * @throws {ChaffError} `E_INPUT_TYPE` for anything but a string or bytes, `E_OPTIONS` for
 *   a bad option, `E_TOO_LARGE` beyond `maxBytes` or `maxBlocks`, `E_EMPTY` for empty
 *   input, `E_BINARY` for binary data, `E_ENCODING` for an unknown encoding label.
 */
export function separate(input: SeparateInput, options?: SeparateOptions): Separation {
  checkInputType(input);
  const opts = resolveOptions(options);
  checkSize(input, opts.maxBytes);
  checkNotEmpty(input.length);
  checkSignature(input);
  if (opts.format === 'html' || (opts.format === 'auto' && bytesOrTextLooksHtml(input))) {
    return separateHtml(input, opts);
  }
  const text = typeof input === 'string' ? input : decodeText(input, opts.encoding);
  checkNotEmpty(text.length);
  checkNotBinary(text);
  return separateText(text, opts);
}

function bytesOrTextLooksHtml(input: SeparateInput): boolean {
  if (typeof input === 'string') return looksLikeHtml(input);
  const head = input.subarray(0, 4096);
  const bom = sniffBom(head);
  // UTF-16 markup is only readable once decoded; anything else shows its tags in latin1.
  const label = bom === 'utf-16le' || bom === 'utf-16be' ? bom : 'latin1';
  return looksLikeHtml(new TextDecoder(label).decode(head));
}

/**
 * Decode text bytes: the given encoding, else the one a BOM names, else UTF-8 with invalid
 * bytes replaced (or windows-1252 when the bytes read better that way).
 */
export function decodeText(bytes: Uint8Array, encoding?: string): string {
  if (encoding) return decodeWith(bytes, encoding);
  const bom = sniffBom(bytes);
  return bom ? decodeWith(bytes, bom) : decodeUnlabelled(bytes);
}

/** The characters segmentText trims (`\s`, NBSP, zero-width characters, BOM). */
function isSpace(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200d) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x2060 ||
        c === 0x3000 ||
        c === 0xfeff;
}

/**
 * Non-blank lines, counted up to just past `limit` without allocating: the text segmenter
 * makes at most one block of each (hard-wrapped lines join), so this bounds its output
 * before it builds anything.
 */
function countNonBlankLines(text: string, limit: number): number {
  let lines = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (!blank && ++lines > limit) return lines;
      blank = true;
    } else if (blank && !isSpace(c)) {
      blank = false;
    }
  }
  return blank ? lines : lines + 1;
}

function paywallFrom(blocks: Block[]): PaywallInfo {
  const signals = paywallNotices(blocks);
  return { detected: signals.length > 0, signals };
}

function separateText(text: string, opts: ReturnType<typeof resolveOptions>): Separation {
  if (countNonBlankLines(text, opts.maxBlocks) > opts.maxBlocks) {
    throw tooManyBlocks(opts.maxBlocks, 'non-blank lines');
  }
  const language = opts.language ?? detectLanguage(text);
  const { blocks, guard, metadata } = runPipeline(segmentText(text), {
    input: text,
    options: opts,
    language,
  });
  const removed = blocks.filter((b) => b.label === 'boilerplate');
  return {
    format: 'text',
    text: blocks
      .filter((b) => b.label === 'content')
      .map((b) => b.text)
      .join('\n\n'),
    blocks,
    removed,
    language,
    metadata,
    paywall: paywallFrom(blocks),
    ...(guard ? { guard } : {}),
  };
}
