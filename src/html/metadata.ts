/**
 * Metadata and paywall signals from the page head: JSON-LD (schema.org NewsArticle and
 * friends, `@graph` included), Open Graph and other meta tags, `<title>`, `<html lang>`,
 * the canonical link.
 */
import type { CheerioAPI } from 'cheerio';
import type { Metadata } from '../types.js';

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage)$/;

type Json = Record<string, unknown>;

function asArray(x: unknown): unknown[] {
  return Array.isArray(x) ? x : x === undefined || x === null ? [] : [x];
}

function str(x: unknown): string | undefined {
  if (typeof x === 'string') return x.trim() || undefined;
  if (Array.isArray(x)) return str(x[0]);
  if (x && typeof x === 'object' && 'name' in x) return str((x as Json).name);
  return undefined;
}

/** Every JSON-LD object of the page, `@graph` flattened. Broken JSON is skipped. */
export function jsonLdObjects($: CheerioAPI): Json[] {
  const out: Json[] = [];
  const visit = (x: unknown) => {
    for (const item of asArray(x)) {
      if (!item || typeof item !== 'object') continue;
      out.push(item as Json);
      if ('@graph' in item) visit((item as Json)['@graph']);
    }
  };
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      visit(JSON.parse($(el).text()));
    } catch {
      // Pages ship broken JSON-LD often enough; it is evidence, not input.
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

/** Read metadata and paywall signals from the document. */
export function readHead($: CheerioAPI, url: string | undefined): HeadInfo {
  const meta = (...names: string[]) => {
    for (const n of names) {
      const v = $(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`)
        .first()
        .attr('content');
      if (v?.trim()) return v.trim();
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
  set(
    'title',
    str(article?.headline) ??
      meta('og:title', 'twitter:title') ??
      ($('title').first().text().trim() || undefined),
  );
  set(
    'byline',
    authors.length
      ? authors.join(', ')
      : meta('author', 'article:author', 'byl', 'sailthru.author'),
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
