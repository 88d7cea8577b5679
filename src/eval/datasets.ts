/**
 * Loading the development benchmark sets (`../shared/bench/<set>/`): the ground truth,
 * the gzipped pages and, for AEB-style sets, the article-container texts.
 *
 * Two layouts are recognised from `ground-truth.json`:
 * - AEB: `{id: {articleBody, url}}`, scored with the shingle metric;
 * - WCXB: `{id: {url, title, main_content, with: [..], without: [..], type}}`, scored with
 *   the snippet metric and the shingle metric against `main_content`.
 *
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Layout of a benchmark set. */
export type DatasetKind = 'aeb' | 'wcxb';

/** What a page is scored against. */
export interface Truth {
  /** The article text: AEB `articleBody` or WCXB `main_content` (shingle metric). */
  text: string;
  /** WCXB: snippets that must occur in the output. */
  with?: string[];
  /** WCXB: snippets that must not occur in the output. */
  without?: string[];
}

/** One page of a set, read and decoded. */
export interface Page {
  /** Page id (file name without `.html.gz`). */
  id: string;
  /** The page's URL from the ground truth, when it has one. */
  url?: string;
  /** The page's HTML, decoded to a string (see {@link decodeHtml}). */
  html: string;
  /** The ground truth. */
  truth: Truth;
  /** Article-container text (`container-text.json`), where the set supplies it. */
  containerText?: string;
}

/** A benchmark set: its metadata, and its pages read lazily in id order. */
export interface Dataset {
  /** Set name: the directory's base name (e.g. `aeb-dev`). */
  name: string;
  /** Absolute directory. */
  dir: string;
  /** Layout, detected from the ground truth. */
  kind: DatasetKind;
  /** Page ids in the order pages are read (sorted, possibly limited). */
  ids: string[];
  /** Whether the set supplies article-container texts. */
  hasContainerText: boolean;
  /** Read one page (gunzip + decode). */
  read(id: string): Promise<Page>;
  /** Read the pages one at a time, in {@link Dataset.ids} order. */
  pages(): AsyncGenerator<Page>;
}

interface RawEntry {
  url?: unknown;
  articleBody?: unknown;
  main_content?: unknown;
  with?: unknown;
  without?: unknown;
}

/** Options for {@link loadDataset}. */
export interface LoadOptions {
  /** Keep only the first N pages (in sorted id order). */
  limit?: number;
}

/**
 * Load a set directory: parse `ground-truth.json` (and `container-text.json` when
 * present), detect the layout, and return a handle that reads pages on demand.
 *
 * @throws Error when the ground truth is missing or in neither layout.
 */
export async function loadDataset(dir: string, options: LoadOptions = {}): Promise<Dataset> {
  const absDir = resolve(dir);
  const truthPath = join(absDir, 'ground-truth.json');
  const raw = JSON.parse(await readFile(truthPath, 'utf8')) as Record<string, RawEntry>;
  const entries = Object.entries(raw);
  const kind = detectKind(entries.map(([, e]) => e));
  if (kind === undefined) {
    throw new Error(`${truthPath}: neither AEB (articleBody) nor WCXB (main_content/with/without)`);
  }
  const containerPath = join(absDir, 'container-text.json');
  const container: Record<string, string> = existsSync(containerPath)
    ? (JSON.parse(await readFile(containerPath, 'utf8')) as Record<string, string>)
    : {};
  let ids = entries.map(([id]) => id).sort();
  if (options.limit !== undefined && options.limit >= 0) ids = ids.slice(0, options.limit);

  const read = async (id: string): Promise<Page> => {
    const entry = raw[id];
    if (entry === undefined) throw new Error(`${basename(absDir)}: no ground truth for ${id}`);
    const bytes = gunzipSync(await readFile(join(absDir, 'html', `${id}.html.gz`)));
    const page: Page = { id, html: decodeHtml(bytes), truth: toTruth(kind, entry) };
    if (typeof entry.url === 'string' && entry.url !== '') page.url = entry.url;
    const ct = container[id];
    if (typeof ct === 'string') page.containerText = ct;
    return page;
  };

  return {
    name: basename(absDir),
    dir: absDir,
    kind,
    ids,
    hasContainerText: Object.keys(container).length > 0,
    read,
    async *pages() {
      for (const id of ids) yield await read(id);
    },
  };
}

function detectKind(entries: readonly RawEntry[]): DatasetKind | undefined {
  if (entries.length === 0) return undefined;
  if (entries.every((e) => typeof e.articleBody === 'string')) return 'aeb';
  if (
    entries.every(
      (e) =>
        typeof e.main_content === 'string' && Array.isArray(e.with) && Array.isArray(e.without),
    )
  ) {
    return 'wcxb';
  }
  return undefined;
}

function toTruth(kind: DatasetKind, entry: RawEntry): Truth {
  if (kind === 'aeb') return { text: String(entry.articleBody) };
  return {
    text: String(entry.main_content),
    with: (entry.with as unknown[]).map(String),
    without: (entry.without as unknown[]).map(String),
  };
}

/** How many leading bytes are searched for a `<meta>` charset declaration. */
const SNIFF_BYTES = 4096;

/** `<meta charset=X>` or `<meta http-equiv=... content="...; charset=X">`. */
const META_RE = /<meta\b[^>]*>/gi;
const CHARSET_RE = /charset\s*=\s*["']?\s*([-\w.:]+)/i;

/**
 * Decode page bytes to a string. A byte-order mark wins; otherwise bytes that are valid
 * UTF-8 are decoded as UTF-8 (pages were stored "UTF-8 or as served", and a few stored
 * as UTF-8 still declare windows-1252); otherwise the charset declared in a `<meta>` in
 * the first 4 KB is used if `TextDecoder` knows it, else windows-1252.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: fall through to the declared charset.
  }
  const declared = sniffCharset(bytes);
  let decoder: TextDecoder | undefined;
  if (declared !== undefined) {
    try {
      decoder = new TextDecoder(declared);
    } catch {
      // Unknown label: fall back below.
    }
  }
  decoder ??= new TextDecoder('windows-1252');
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? text.replace(C1_RE, fixC1) : text;
}

/**
 * Node 20's `TextDecoder('windows-1252')` decodes bytes 0x80–0x9F as ISO-8859-1 (C1
 * controls) instead of the windows-1252 punctuation; this maps them (undefined bytes stay).
 */
const C1_RE = /[\u0080-\u009f]/g;
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fixC1(c: string): string {
  return WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c;
}

/** The charset declared in a `<meta>` within the first bytes, lower-cased, if any. */
export function sniffCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  for (const match of head.matchAll(META_RE)) {
    const cs = CHARSET_RE.exec(match[0]);
    if (cs?.[1]) return cs[1].toLowerCase();
  }
  return undefined;
}
