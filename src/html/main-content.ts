/**
 * Stage `main-content` for HTML: which elements hold the article. Readability.js on jsdom
 * picks them; every element was tagged with `data-chaff-id` before, so the ids in
 * Readability's output map its choice back onto the cheerio tree (and the source offsets
 * it keeps). This is the one place that knows how main content is found: a scorer of our
 * own on the cheerio tree could replace it without touching the other stages.
 *
 * jsdom never runs scripts or loads resources here (no `runScripts`, no `resources`), and
 * it is handed HTML without `<style>`, scripts and stylesheets, because jsdom's CSS parser
 * throws on some real pages (uncompiled SCSS) and Readability would then return nothing.
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

/** Run Readability on prepared HTML; null when it finds no article. Throws what jsdom or Readability throw. */
export function findMainContent(html: string, url: string | undefined): MainContent | null {
  const { JSDOM, VirtualConsole } = loadJsdom();
  const { Readability } = loadReadability();
  const virtualConsole = new VirtualConsole(); // swallow jsdom's parse warnings
  let dom: InstanceType<typeof JSDOM> | undefined;
  try {
    dom = new JSDOM(html, { ...(url ? { url } : {}), virtualConsole });
    const article = new Readability(dom.window.document, { keepClasses: true }).parse();
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
  } finally {
    // A throw goes to the caller, which falls back to chaff's own scorer and says so.
    dom?.window.close();
  }
}
