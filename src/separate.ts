import { decodeWith } from './encoding.js';
import { separateHtml } from './html/index.js';
import {
  checkInputType,
  checkNotBinary,
  looksLikeHtml,
  resolveOptions,
  type SeparateInput,
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
 * @throws {ChaffError} `E_INPUT_TYPE` for anything but a string or bytes, `E_BINARY`
 *   for binary data, `E_OPTIONS` for a bad option, `E_ENCODING` for undecodable bytes.
 */
export function separate(input: SeparateInput, options?: SeparateOptions): Separation {
  checkInputType(input);
  const opts = resolveOptions(options);
  if (opts.format === 'html' || (opts.format === 'auto' && bytesOrTextLooksHtml(input))) {
    return separateHtml(input, opts);
  }
  const text = typeof input === 'string' ? input : decodeText(input, opts.encoding);
  checkNotBinary(text);
  return separateText(text, opts);
}

function bytesOrTextLooksHtml(input: SeparateInput): boolean {
  if (typeof input === 'string') return looksLikeHtml(input);
  return looksLikeHtml(new TextDecoder('latin1').decode(input.subarray(0, 4096)));
}

/** Decode text bytes: the given encoding, else UTF-8 (BOM stripped), else windows-1252. */
export function decodeText(bytes: Uint8Array, encoding?: string): string {
  if (encoding) return decodeWith(bytes, encoding);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return decodeWith(bytes, 'windows-1252');
  }
}

function paywallFrom(blocks: Block[]): PaywallInfo {
  const signals = paywallNotices(blocks);
  return { detected: signals.length > 0, signals };
}

function separateText(text: string, opts: ReturnType<typeof resolveOptions>): Separation {
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
