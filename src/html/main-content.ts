/**
 * Stage `main-content` for HTML: which elements hold the article. Readability.js on jsdom
 * picks them; every element was tagged with `data-chaff-id` before, so the ids in
 * Readability's output map its choice back onto the cheerio tree (and the source offsets
 * it keeps). This is the one place that knows how main content is found: a scorer of our
 * own on the cheerio tree could replace it without touching the other stages.
 *
 * jsdom never runs scripts or loads resources here (the page is a DOMParser document, and
 * the one window has no `runScripts` and no `resources`), and it is handed HTML without
 * `<style>`, scripts and stylesheets, because jsdom's CSS parser throws on some real pages
 * (uncompiled SCSS) and Readability would then fail.
 */
import type { Metadata } from '../types.js';
import { loadJsdom, loadReadability } from './lazy.js';

export const ID_ATTR = 'data-chaff-id';

export interface MainContent {
  /** data-chaff-id values of the elements Readability kept. */
  ids: Set<number>;
  /** Readability's text with all whitespace removed, for blocks whose element it rebuilt. */
  squashedText: string;
  /** What Readability read off the page. */
  metadata: Metadata;
}

const ID_RE = /data-chaff-id="(\d+)"/g;

/** Text with every whitespace character removed, for containment checks. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, '');
}

/** Pages parsed in one jsdom window before a new window takes over. */
const PAGES_PER_WINDOW = 100;

let current: { window: { close(): void }; parser: DOMParser; pages: number } | undefined;

/**
 * A document for the page from the DOMParser of a jsdom window that serves 100 pages.
 * DOMParser documents are inert by definition: no script runs and nothing is loaded.
 *
 * Why not a window per page (`new JSDOM(html)`): jsdom queues each window's load event
 * with process.nextTick, which keeps the closed window (about 1.1 MB) alive until the
 * event loop turns; a synchronous loop over pages grew by 1.1 GB per 1,000 pages, and a
 * fuzz run died out of memory at 4 GB. Why not one window for ever: its selector engine
 * keeps about 64 KB of every document it has queried. A window per 100 pages bounds
 * both: about 75 KB a page in a synchronous loop (freed when the loop ends), a few MB
 * in all otherwise.
 */
function parseDocument(html: string): Document {
  if (!current || current.pages >= PAGES_PER_WINDOW) {
    current?.window.close();
    const { JSDOM, VirtualConsole } = loadJsdom();
    // A virtual console that goes nowhere swallows jsdom's CSS and parse warnings.
    const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() });
    current = { window, parser: new window.DOMParser(), pages: 0 };
  }
  current.pages++;
  return current.parser.parseFromString(html, 'text/html');
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * What `querySelectorAll(tagNames.join(','))` returns for a list of tag names, as an
 * array: the elements under `node` (not `node` itself) in tree order whose local name is
 * one of them, compared ignoring case for HTML elements and exactly for others
 * (SVG, MathML), as type selectors match in an HTML document.
 *
 * Readability.js 0.6 finds elements by tag this way alone (`_getAllNodesWithTag`), dozens
 * of times a page, and jsdom answers a selector through a general selector engine: on the
 * pages that go to Readability that was about an eighth of their time. One pass over
 * `getElementsByTagName('*')` gives the same elements in the same order.
 *
 * @example
 * allWithTag(doc.body, ['p', 'PRE']); // every <p> and <pre> under the body, in order
 */
export function allWithTag(node: Document | Element, tagNames: readonly string[]): Element[] {
  const html = new Set(tagNames.map((t) => t.toLowerCase()));
  const other = new Set(tagNames);
  const out: Element[] = [];
  const all = node.getElementsByTagName('*');
  for (let i = 0, n = all.length; i < n; i++) {
    const el = all[i]!;
    if ((el.namespaceURI === HTML_NS ? html : other).has(el.localName)) out.push(el);
  }
  return out;
}

/**
 * Readability as chaff runs it on `doc`: classes kept, and its lookups by tag answered by
 * {@link allWithTag} instead of jsdom's selector engine (an own property shadows the
 * prototype's method; the article is the same).
 */
export function readerFor(doc: Document): import('@mozilla/readability').Readability {
  const { Readability } = loadReadability();
  const reader = new Readability(doc, { keepClasses: true });
  (reader as unknown as { _getAllNodesWithTag: typeof allWithTag })._getAllNodesWithTag =
    allWithTag;
  return reader;
}

/**
 * Run Readability on prepared HTML; null when it finds no article. Throws what jsdom or
 * Readability throw (the caller falls back to chaff's own scorer and says so).
 */
export function findMainContent(html: string): MainContent | null {
  const article = readerFor(parseDocument(html)).parse();
  if (!article?.content) return null;
  const ids = new Set<number>();
  for (const m of article.content.matchAll(ID_RE)) ids.add(Number(m[1]));
  const metadata: Metadata = {};
  if (article.title) metadata.title = article.title.trim();
  if (article.byline) metadata.byline = article.byline.trim();
  if (article.siteName) metadata.siteName = article.siteName.trim();
  if (article.publishedTime) metadata.publishedTime = article.publishedTime.trim();
  if (article.lang) metadata.language = article.lang.trim();
  if (article.excerpt) metadata.description = article.excerpt.trim();
  return { ids, squashedText: squash(article.textContent ?? ''), metadata };
}
