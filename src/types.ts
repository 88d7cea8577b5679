/**
 * The one data type that flows through the pipeline, and the result it renders into.
 *
 * @packageDocumentation
 */

/**
 * What kind of boilerplate a removed block is. A closed set:
 *
 * | category | what it covers |
 * |---|---|
 * | `donation` | appeals to give, join, become a member, support the outlet |
 * | `paywall` | subscribe-to-continue, meter and log-in prompts, subscriber-only notices |
 * | `newsletter` | newsletter and e-mail sign-ups |
 * | `promo` | the outlet's own promotion: apps, podcasts, events, follow-us, gift offers |
 * | `related` | read more, recommended, most read, "more from" lists |
 * | `share` | share prompts and share-button labels |
 * | `ad` | advertisement labels, sponsored content |
 * | `cookie` | cookie and consent notices |
 * | `comments` | comment counts, comment prompts, comment sections |
 * | `navigation` | menus, breadcrumbs, footers, legal lines |
 * | `other` | boilerplate that fits none of the above (photo credits, captions chrome, repeats) |
 */
export type Category =
  | 'donation'
  | 'paywall'
  | 'newsletter'
  | 'promo'
  | 'related'
  | 'share'
  | 'ad'
  | 'cookie'
  | 'comments'
  | 'navigation'
  | 'other';

/** Every {@link Category}, in documentation order. */
export const CATEGORIES: readonly Category[] = [
  'donation',
  'paywall',
  'newsletter',
  'promo',
  'related',
  'share',
  'ad',
  'cookie',
  'comments',
  'navigation',
  'other',
] as const;

/** Whether a block is part of the article or came along with it. */
export type Label = 'content' | 'boilerplate';

/**
 * One piece of evidence about a block: which rule (or stage) found it, and what it saw.
 *
 * @example
 * ```ts
 * { rule: 'en.donation.cant-do-it-alone', category: 'donation', weight: 1,
 *   stage: 'classify', evidence: "we can't do it alone" }
 * ```
 */
export interface Reason {
  /** Rule id (`lang.category.name` for phrase rules, `stage.name` for structural ones). */
  rule: string;
  /** The category the rule points to; `undefined` for evidence that the block is content. */
  category?: Category;
  /**
   * How much the rule moved the block towards boilerplate (positive) or content
   * (negative). Scores are summed; see README "How to read reasons".
   */
  weight: number;
  /** Pipeline stage that added the reason (`classify`, `repetition`, `context`, `guard`, ...). */
  stage: string;
  /** What the rule matched or measured, quoted from the block where possible. */
  evidence: string;
}

/** Markup facts about a block that came from HTML (absent for text input). */
export interface DomHints {
  /** Lower-case tag name of the block element (`p`, `li`, `h2`, `figcaption`, ...). */
  tag: string;
  /** Heading level 1-6 for `h1`-`h6`. */
  headingLevel?: number;
  /** Inside a `li`. */
  listItem?: boolean;
  /** Share of the block's characters that sit inside links, 0-1. */
  linkDensity: number;
  /** class/id/role/aria/data tokens of the block and its ancestors up to the content root. */
  tokens: string[];
  /** Inside blockquote, figure caption, table... */
  inside: string[];
}

/**
 * One block of the input: a paragraph, list item, heading or line.
 *
 * `start`/`end` are offsets into the input string (for HTML, into the decoded HTML
 * source where the block's first and last text sit), so
 * `input.slice(block.start, block.end)` gives the block back for text input.
 */
export interface Block {
  /** Position in {@link Separation.blocks}. */
  index: number;
  /** The block's text exactly as it stands in the input (for HTML: its text, whitespace collapsed). */
  text: string;
  /** Offset of the first character in the input. */
  start: number;
  /** Offset just past the last character in the input. */
  end: number;
  /** How the segmenter saw the block. */
  kind: 'paragraph' | 'heading' | 'list-item' | 'line' | 'quote' | 'caption' | 'table' | 'code';
  /** `content` or `boilerplate`. */
  label: Label;
  /** For boilerplate: what kind. */
  category?: Category;
  /** How sure the classifier is of the label, 0-1. */
  confidence: number;
  /** Everything that pushed the label one way or the other, in stage order. */
  reasons: Reason[];
  /** For a repeated block: the index of its first copy. */
  repeatOf?: number;
  /** Markup facts, for HTML input. */
  dom?: DomHints;
  /** For HTML blocks: the kept block as clean HTML. */
  html?: string;
  /** For HTML blocks: the block as Markdown. */
  markdown?: string;
}

/** Metadata found in the input. Fields are absent when not found. */
export interface Metadata {
  title?: string;
  byline?: string;
  publishedTime?: string;
  siteName?: string;
  language?: string;
  canonicalUrl?: string;
  description?: string;
  /** The `url` option, when given. */
  url?: string;
}

/** Paywall signals found in the input. */
export interface PaywallInfo {
  /** True when any signal says the article is (partly) behind a paywall. */
  detected: boolean;
  /** What said so (`jsonld.isAccessibleForFree`, `class.paywall`, removed paywall notices ...). */
  signals: string[];
}

/** Set when the over-removal guard stepped in. */
export interface GuardReport {
  /** Why the guard fired. */
  reason: string;
  /** Share of the input's characters the first pass would have removed. */
  removedShare: number;
}

/**
 * Something chaff could not do the usual way on this input, and what it did instead.
 * The result is still complete (every block of the input is in `blocks`); a warning says
 * that one step took its fallback.
 *
 * | code | what happened | what chaff did instead |
 * |---|---|---|
 * | `W_READABILITY_LIMIT` | chaff's scorer was unsure and would have asked Readability, but the page has more than 10,000 elements or nests them more than 128 deep (outside scripts, styles, SVG), beyond what Readability handles in reasonable time | chaff's own main-content scorer chose the main content |
 * | `W_READABILITY_FAILED` | Readability or jsdom threw on the page | chaff's own main-content scorer chose the main content |
 * | `W_TREE_FALLBACK` | the page could not be parsed into a tree within the limits (elements nested more than 256 deep, more than 500,000 elements) or the parser failed | blocks were cut from the page's tags without a tree and labelled by the text classifier alone: no main-content detection, no markup evidence, no metadata but the `<title>` |
 *
 * @example
 * ```ts
 * const r = separate('<div>'.repeat(300) + '<p>Deep text.</p>', { format: 'html' });
 * r.warnings?.[0]?.code; //=> 'W_TREE_FALLBACK'
 * ```
 */
export interface Warning {
  /** Stable code: `W_READABILITY_LIMIT`, `W_READABILITY_FAILED` or `W_TREE_FALLBACK`. */
  code: WarningCode;
  /** What happened and what chaff did instead. */
  message: string;
}

/** The codes of {@link Warning}. */
export type WarningCode = 'W_READABILITY_LIMIT' | 'W_READABILITY_FAILED' | 'W_TREE_FALLBACK';

/** The result of {@link separate}. */
export interface Separation {
  /** The format the input was read as. */
  format: 'text' | 'html';
  /** The content blocks, each verbatim, joined by one blank line. */
  text: string;
  /** Every block of the input, in input order. */
  blocks: Block[];
  /** The boilerplate blocks (the same objects as in `blocks`). */
  removed: Block[];
  /** Language used for stop words and rules (ISO 639-1), detected or given. */
  language: string;
  /** Metadata found in the input. */
  metadata: Metadata;
  /** Paywall signals. */
  paywall: PaywallInfo;
  /** Present when the over-removal guard changed the result. */
  guard?: GuardReport;
  /** Present when a step took its fallback (HTML input only): see {@link Warning}. */
  warnings?: Warning[];
  /** For HTML input: the kept blocks as Markdown. */
  markdown?: string;
  /** For HTML input: the kept blocks as clean HTML. */
  html?: string;
}

/** Options for {@link separate}. Every field is optional. */
export interface SeparateOptions {
  /**
   * How to read the input. `auto` looks for markup at the start of the input.
   * @default 'auto'
   */
  format?: 'auto' | 'text' | 'html';
  /**
   * ISO 639-1 language of the input. When absent it is detected from stop words
   * among the languages chaff has lists for, falling back to `en`.
   * @default undefined (detect)
   */
  language?: string;
  /**
   * Text input: what the text holds. `article` is an article with boilerplate inside
   * (container text, a scraper's article field); `page` is a whole page flattened to
   * lines (menus, related lists, footers around the article), where chaff looks for the
   * article run and reports the headline, byline and date before it in `metadata`; `auto`
   * takes `page` for long texts that are mostly not prose (60+ lines, under 30% prose).
   * @default 'auto'
   */
  scope?: 'auto' | 'article' | 'page';
  /**
   * Score at which a block counts as boilerplate. Lower removes more.
   * @default 1
   */
  threshold?: number;
  /**
   * Turn the over-removal guard off (not recommended).
   * @default true
   */
  guard?: boolean;
  /**
   * For bytes input: the character encoding, overriding BOM and `<meta charset>`.
   * @default undefined (sniff)
   */
  encoding?: string;
  /** The page's URL: resolves relative links and is reported in metadata. */
  url?: string;
  /**
   * Largest input accepted, in bytes (a string counts its UTF-8 bytes). Larger input
   * throws `E_TOO_LARGE` before any work is done. `Infinity` turns the check off.
   * @default 20971520 (20 MiB)
   */
  maxBytes?: number;
  /**
   * Most blocks an input may split into (text: non-blank lines; HTML: block elements and
   * line breaks with text). More throws `E_TOO_LARGE`: each block costs about 3 KB while
   * it is classified, so this bounds memory where `maxBytes` alone does not (20 MiB of
   * one-character lines is ten million blocks). `Infinity` turns the check off.
   * @default 200000
   */
  maxBlocks?: number;
}
