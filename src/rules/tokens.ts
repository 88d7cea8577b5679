/**
 * Class/id/role/aria/data-attribute token rules for HTML input: data, grouped by the same
 * categories as the phrase rules (trafilatura keeps its discard tokens as named groups in
 * the same way). A token is a class name, an id, a role or a data-attribute value, split
 * further on `-` and `_` (`c-newsletter__form` → `c`, `newsletter`, `form`).
 *
 * A body container can carry such words (`article-body social-embed`,
 * `post-content share-enabled`): an element whose tokens also include a content token
 * (below) is never matched, as Readability spares `unlikelyCandidates` that also look like
 * candidates; and the HTML path never removes an element that holds most of the page's
 * prose (see `src/html/clean.ts`).
 */
import type { Category } from '../types.js';

export interface TokenRule {
  /** `token.<category>.<name>` */
  id: string;
  category: Category;
  /** Whole sub-tokens that match (lower case). */
  tokens: readonly string[];
  /** Whole class names / ids that match (lower case), for compound names. */
  names?: readonly string[];
  note: string;
}

export const TOKEN_RULES: readonly TokenRule[] = [
  {
    id: 'token.donation.donate',
    category: 'donation',
    tokens: [
      'donate',
      'donation',
      'donations',
      'donor',
      'membership',
      'contribute',
      'contribution',
      'contributions',
      'fundraising',
      'supporter',
      'dntn',
    ],
    names: [
      'support-us',
      'become-member',
      'member-cta',
      'membership-cta',
      'reader-revenue',
      'epic',
      'contributions-epic',
    ],
    note: 'Donation and membership boxes (e.g. class "donation-widget", "membership-cta").',
  },
  {
    id: 'token.paywall.paywall',
    category: 'paywall',
    tokens: ['paywall', 'meter', 'metered', 'regwall', 'piano', 'subscriber'],
    names: [
      'tp-modal',
      'tp-container',
      'subscription-wall',
      'sub-wall',
      'paywall-box',
      'article-paywall',
      'plus-teaser',
      'login-wall',
      'piano-offer',
      'premium-teaser',
    ],
    note: 'Paywall and meter containers (Piano "tp-*", "regwall", "paywall").',
  },
  {
    id: 'token.newsletter.newsletter',
    category: 'newsletter',
    tokens: [
      'newsletter',
      'newsletters',
      'signup',
      'subscribe',
      'subscription',
      'optin',
      'mailchimp',
      'mc4wp',
    ],
    names: ['sign-up', 'email-signup', 'newsletter-signup', 'inline-newsletter'],
    note: 'Newsletter sign-up boxes.',
  },
  {
    id: 'token.promo.promo',
    category: 'promo',
    tokens: ['promo', 'promotion', 'promoted', 'cta', 'upsell'],
    names: ['follow-us', 'app-promo', 'house-ad', 'app-download', 'podcast-promo'],
    note: "The outlet's own promotion.",
  },
  {
    id: 'token.related.related',
    category: 'related',
    tokens: [
      'related',
      'recirc',
      'recirculation',
      'recommended',
      'recommendations',
      'recommendation',
      'readnext',
      'popular',
      'mostread',
      'trending',
      'outbrain',
      'taboola',
      'yarpp',
      'crp',
      'morelinks',
      'more',
    ],
    names: [
      'read-more',
      'read-next',
      'more-from',
      'most-popular',
      'also-read',
      'see-also',
      'related-links',
      'related-articles',
      'related-posts',
      'news-list',
      'article-list',
      'story-list',
      'more-stories',
      'most-read',
      'jp-relatedposts',
    ],
    note: 'Related/recommended/most-read lists and widgets (Outbrain, Taboola, YARPP).',
  },
  {
    id: 'token.share.share',
    category: 'share',
    tokens: [
      'share',
      'sharing',
      'sharer',
      'social',
      'sharebar',
      'addthis',
      'sharethis',
      'shareaholic',
      'socials',
      // Jetpack's share and "Like this:" blocks on WordPress sites (wcxb-dev).
      'sharedaddy',
    ],
    names: [
      'share-bar',
      'share-buttons',
      'social-links',
      'social-icons',
      'article-share',
      'share-tools',
      'social-share',
    ],
    note: 'Share bars and social buttons.',
  },
  {
    id: 'token.ad.ad',
    category: 'ad',
    tokens: [
      'ad',
      'ads',
      'advert',
      'advertisement',
      'advertising',
      'adslot',
      'adunit',
      'dfp',
      'gpt',
      'sponsor',
      'sponsored',
      'commercial',
      'adsense',
      'anzeige',
      'publicite',
      'publicidad',
    ],
    names: [
      'ad-slot',
      'ad-container',
      'ad-wrapper',
      'dfp-ad',
      'google-ad',
      'native-ad',
      'inline-ad',
      'banner-ad',
    ],
    note: 'Ad slots and sponsor labels. "ad" must be a whole sub-token ("head", "shadow", "lead" never match).',
  },
  {
    id: 'token.cookie.cookie',
    category: 'cookie',
    tokens: [
      'cookie',
      'cookies',
      'consent',
      'gdpr',
      'ccpa',
      'onetrust',
      'cmp',
      'didomi',
      'cookiebot',
      'usercentrics',
    ],
    names: [
      'onetrust-banner-sdk',
      'cookie-banner',
      'cookie-notice',
      'cookie-consent',
      'privacy-banner',
    ],
    note: 'Cookie and consent banners (OneTrust, Didomi, Cookiebot).',
  },
  {
    id: 'token.comments.comments',
    category: 'comments',
    tokens: [
      'comment',
      'comments',
      'disqus',
      'discussion',
      'respond',
      'replies',
      'reply',
      'coral',
      'viafoura',
    ],
    names: ['comment-count', 'comments-area', 'comment-list'],
    note: 'Comment sections and counts (Disqus, Coral, Viafoura).',
  },
  {
    id: 'token.navigation.nav',
    category: 'navigation',
    tokens: [
      'nav',
      'navbar',
      'navigation',
      'menu',
      'breadcrumb',
      'breadcrumbs',
      'footer',
      'masthead',
      'header',
      'sidebar',
      'skip',
      'toolbar',
      'pagination',
      'pager',
      'topbar',
      'tags',
    ],
    names: [
      'skip-link',
      'top-bar',
      'site-nav',
      'main-nav',
      'article-tags',
      'post-tags',
      'tag-cloud',
      'site-header',
      'site-footer',
      'tag-list',
    ],
    note: 'Menus, breadcrumbs, headers, footers, sidebars, tag lists.',
  },
  {
    id: 'token.other.credit',
    category: 'other',
    tokens: [
      'byline',
      'byl',
      'author',
      'authors',
      'authorby',
      'caption',
      'figcaption',
      'bio',
      'dateline',
      'timestamp',
      'credit',
      'credits',
      'copyright',
    ],
    names: [
      'photo-credit',
      'image-credit',
      'caption-credit',
      'print-only',
      'sr-only',
      'visually-hidden',
      'screen-reader-text',
    ],
    note: "Bylines, datelines, image captions (not article text in the dev sets' ground truth), photo credits and screen-reader-only or print-only chrome (bylines go to metadata).",
  },
];

/**
 * Tokens that mark content containers: an element that has one of these is never matched
 * by a rule above (`article-body social-embed` stays).
 */
export const CONTENT_TOKENS: ReadonlySet<string> = new Set([
  'article',
  'articlebody',
  'body',
  'content',
  'entry',
  'main',
  'post',
  'story',
  'text',
  'prose',
  'richtext',
  'paragraph',
  'blog',
]);

/** ARIA roles and landmark tags that mark a category on their own. */
export const ROLE_RULES: Readonly<Record<string, Category>> = {
  navigation: 'navigation',
  banner: 'navigation',
  contentinfo: 'navigation',
  complementary: 'related',
  search: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  dialog: 'other',
  alertdialog: 'other',
};

const BY_TOKEN = new Map<string, TokenRule>();
const BY_NAME = new Map<string, TokenRule>();
for (const rule of TOKEN_RULES) {
  for (const t of rule.tokens) {
    // Names are split on - and _ before lookup, so a token with either could never match.
    if (!t || /[-_\s]/.test(t)) throw new Error(`chaff rules: ${rule.id} has a bad token "${t}"`);
    BY_TOKEN.set(t, rule);
  }
  for (const n of rule.names ?? []) BY_NAME.set(n, rule);
}

/** Result of matching an element's tokens. */
export interface TokenMatch {
  rule: TokenRule;
  /** The class/id/attribute value that matched. */
  value: string;
}

/**
 * Match the class, id and similar attribute values of one element. A value that also
 * names a content container (see {@link CONTENT_TOKENS}) is skipped.
 *
 * @example
 * ```ts
 * matchTokens(['newsletter-box']);          //=> { rule: token.newsletter.newsletter, value: 'newsletter-box' }
 * matchTokens(['article-body social-embed']); //=> null
 * ```
 */
export function matchTokens(values: readonly string[]): TokenMatch | null {
  let found: TokenMatch | null = null;
  for (const value of values) {
    const names = value.toLowerCase().split(/\s+/).filter(Boolean);
    const hits = names.map((name) => {
      const byName = BY_NAME.get(name);
      if (byName) return { rule: byName, value: name };
      for (const p of name.split(/[-_]+/)) {
        const r = p && BY_TOKEN.get(p);
        if (r) return { rule: r, value: name };
      }
      return null;
    });
    // `article-body social-embed`: a value with a pure content-container name
    // (content tokens and no rule token) is never matched.
    const contentName = names.some(
      (name, i) => hits[i] === null && name.split(/[-_]+/).some((p) => CONTENT_TOKENS.has(p)),
    );
    if (contentName) continue;
    found ??= hits.find((h) => h !== null) ?? null;
  }
  return found;
}
