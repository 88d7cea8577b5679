/**
 * Metadata and paywall signals from the page head: JSON-LD (schema.org NewsArticle and
 * friends, `@graph` included), Open Graph and other meta tags, `<title>`, `<html lang>`,
 * the canonical link.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { Metadata } from '../types.js';

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage)$/;

type Json = Record<string, unknown>;

function asArray(x: unknown): unknown[] {
  return Array.isArray(x) ? x : x === undefined || x === null ? [] : [x];
}

/** The text of a JSON-LD value: a string, the first of an array, or an object's `name`. */
function str(x: unknown): string | undefined {
  // A loop, not recursion: JSON.parse accepts nesting a million deep.
  let at = x;
  for (;;) {
    if (typeof at === 'string') return at.trim() || undefined;
    if (Array.isArray(at)) at = at[0];
    else if (at && typeof at === 'object' && Object.hasOwn(at, 'name')) at = (at as Json).name;
    else return undefined;
  }
}

/**
 * Every JSON-LD object of the page, `@graph` flattened. Broken JSON is skipped. JSON.parse
 * makes `__proto__` and `constructor` keys own data properties (no prototype is set or
 * changed), and no key read here is one that Object.prototype has.
 */
export function jsonLdObjects($: CheerioAPI): Json[] {
  const out: Json[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse($(el).text());
    } catch {
      // Pages ship broken JSON-LD often enough; it is evidence, not input.
      return;
    }
    // Depth-first, in document order, with a stack: `@graph` nests as deep as a page likes.
    const stack: unknown[] = [];
    const later = (x: unknown) => {
      const items = asArray(x);
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
    };
    later(parsed);
    while (stack.length) {
      const item = stack.pop();
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      out.push(item as Json);
      if (Object.hasOwn(item, '@graph')) later((item as Json)['@graph']);
    }
  });
  return out;
}

function isArticle(o: Json): boolean {
  return asArray(o['@type']).some(
    (t) => typeof t === 'string' && ARTICLE_TYPES.test(t) && t !== 'WebPage',
  );
}

export interface HeadInfo {
  metadata: Metadata;
  paywallSignals: string[];
  /** CSS selectors of paywalled sections declared in JSON-LD `hasPart`. */
  paywalledSelectors: string[];
}

/**
 * Read metadata and paywall signals from the document. `elements` lists every element
 * in document order (one walk of the tree serves every lookup here).
 */
export function readHead(
  $: CheerioAPI,
  url: string | undefined,
  elements: readonly Element[],
): HeadInfo {
  const metas = new Map<string, string>();
  for (const el of elements) {
    if (el.name !== 'meta') continue;
    const content = el.attribs.content?.trim();
    if (!content) continue;
    for (const key of [el.attribs.property, el.attribs.name, el.attribs.itemprop]) {
      if (key && !metas.has(key)) metas.set(key, content);
    }
  }
  const meta = (...names: string[]) => {
    for (const n of names) {
      const v = metas.get(n);
      if (v) return v;
    }
    return undefined;
  };
  const ld = jsonLdObjects($);
  const article = ld.find(isArticle);
  const org = ld.find(
    (o) =>
      asArray(o['@type']).includes('Organization') ||
      asArray(o['@type']).includes('NewsMediaOrganization'),
  );
  const authors = article ? asArray(article.author).map(str).filter(Boolean) : [];

  const metadata: Metadata = {};
  const set = <K extends keyof Metadata>(k: K, v: Metadata[K] | undefined) => {
    if (v) metadata[k] = v;
  };
  const pageTitle =
    meta('og:title', 'twitter:title') ?? ($('title').first().text().trim() || undefined);
  set('title', str(article?.headline) ?? (pageTitle && cleanTitle(pageTitle, $)));
  set(
    'byline',
    authors.length
      ? authors.join(', ')
      : (meta('author', 'article:author', 'byl', 'sailthru.author') ?? bylineInPage($, elements)),
  );
  set(
    'publishedTime',
    str(article?.datePublished) ??
      meta(
        'article:published_time',
        'datePublished',
        'pubdate',
        'date',
        'dc.date',
        'DC.date.issued',
      ),
  );
  set(
    'siteName',
    meta('og:site_name', 'application-name') ?? str(article?.publisher) ?? str(org?.name),
  );
  set(
    'language',
    $('html').attr('lang')?.trim() || meta('og:locale', 'language', 'content-language'),
  );
  const canonical = $('link[rel="canonical"]').attr('href') ?? meta('og:url');
  if (canonical) {
    try {
      metadata.canonicalUrl = new URL(canonical, url).href;
    } catch {
      metadata.canonicalUrl = canonical;
    }
  }
  set(
    'description',
    meta('description', 'og:description', 'twitter:description') ?? str(article?.description),
  );
  set('url', url);

  const paywallSignals: string[] = [];
  const paywalledSelectors: string[] = [];
  for (const o of ld) {
    const free = o.isAccessibleForFree;
    if (free === false || free === 'False' || free === 'false') {
      paywallSignals.push('jsonld.isAccessibleForFree=false');
    }
    for (const part of asArray(o.hasPart)) {
      if (!part || typeof part !== 'object') continue;
      const p = part as Json;
      if (
        p.isAccessibleForFree === false ||
        p.isAccessibleForFree === 'False' ||
        p.isAccessibleForFree === 'false'
      ) {
        const sel = str(p.cssSelector);
        paywallSignals.push(`jsonld.hasPart${sel ? ` ${sel}` : ''}`);
        if (sel) paywalledSelectors.push(sel);
      }
    }
  }
  return { metadata, paywallSignals: [...new Set(paywallSignals)], paywalledSelectors };
}

/** Separators between a headline and the site's name in a page title. */
const TITLE_SEPARATOR = / [|\-–—»/·:] /;

const collapse = (t: string) => t.replace(/\s+/g, ' ').trim();
const words = (t: string) => t.split(' ').filter(Boolean).length;

/**
 * The headline in a page title ("Bridge reopens | The Courier"), as Readability reads it:
 * the part a heading on the page repeats; else the title without its last part (or,
 * when that leaves under three words, without its first); else the title as it is.
 */
export function cleanTitle(title: string, $: CheerioAPI): string {
  const t = collapse(title);
  if (!TITLE_SEPARATOR.test(t)) return t;
  const headings = new Set(
    $('h1, h2')
      .slice(0, 20)
      .map((_, h) => collapse($(h).text()))
      .get(),
  );
  if (headings.has(t)) return t;
  const parts = t.split(TITLE_SEPARATOR).map((x) => x.trim());
  const shown = parts.find((x) => headings.has(x));
  if (shown) return shown;
  const withoutLast = parts.slice(0, -1).join(' - ');
  if (words(withoutLast) >= 3) return withoutLast;
  const withoutFirst = parts.slice(1).join(' - ');
  return words(withoutFirst) >= 3 ? withoutFirst : t;
}

/** Readability's byline test: rel/itemprop author, or a byline-like class or id. */
const BYLINE_CLASS = /byline|author|dateline|writtenby|p-author/i;

/** A short byline element in the page, when no metadata names the author. */
function bylineInPage($: CheerioAPI, elements: readonly Element[]): string | undefined {
  for (const el of elements) {
    const a = el.attribs;
    if (!a.rel && !a.itemprop && !a.class && !a.id) continue;
    const byline =
      a.rel === 'author' ||
      (a.itemprop ?? '').includes('author') ||
      BYLINE_CLASS.test(`${a.class ?? ''} ${a.id ?? ''}`);
    if (!byline) continue;
    const text = collapse($(el).text());
    if (text.length > 0 && text.length < 100) return text;
  }
  return undefined;
}
