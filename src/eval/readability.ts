/**
 * The baseline: Mozilla Readability 0.6 on jsdom, as the benchmark README measures it.
 * The prediction is `article.textContent`, unchanged.
 *
 * Styles are stripped before jsdom sees the page (one aeb-dev page carries uncompiled
 * SCSS that makes jsdom's CSS parser throw in the constructor); scripts never run and no
 * resources load. Callers processing many pages must let the event loop turn between
 * pages (jsdom frees closed windows only on a later turn).
 *
 * @packageDocumentation
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

/** What the baseline found on one page. */
export interface ReadabilityResult {
  /** `article.textContent`, or `''` when Readability found no article. */
  text: string;
  /** `article.content` (HTML), or `''`. */
  content: string;
}

/**
 * Tags the style stripper looks at: comments, `<script>` (skipped whole so that markup
 * in script strings is not touched), `<style>` and `<link>`. Each alternative scans at
 * most to the next `>`, so the scan is linear.
 */
const TAG_RE = /<!--|<(\/?)(script|style|link)\b[^>]*>/gi;
const SCRIPT_CLOSE_RE = /<\/script\b[^>]*>/gi;
const STYLE_CLOSE_RE = /<\/style\b[^>]*>/gi;
const STYLESHEET_REL_RE = /\brel\s*=\s*["']?[^"'>]*\bstylesheet\b/i;

/**
 * Remove `<style>` elements and `<link rel=stylesheet>` tags from an HTML string, leaving
 * everything else byte for byte (comments and scripts are skipped over, not searched).
 */
export function stripStyles(html: string): string {
  const out: string[] = [];
  let kept = 0;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m !== null; m = TAG_RE.exec(html)) {
    const start = m.index;
    const tagEnd = start + m[0].length;
    if (m[0] === '<!--') {
      const close = html.indexOf('-->', tagEnd);
      TAG_RE.lastIndex = close < 0 ? html.length : close + 3;
      continue;
    }
    if (m[1] === '/') continue;
    const name = m[2]!.toLowerCase();
    if (name === 'script') {
      SCRIPT_CLOSE_RE.lastIndex = tagEnd;
      const close = SCRIPT_CLOSE_RE.exec(html);
      TAG_RE.lastIndex = close === null ? html.length : close.index + close[0].length;
      continue;
    }
    if (name === 'style') {
      STYLE_CLOSE_RE.lastIndex = tagEnd;
      const close = STYLE_CLOSE_RE.exec(html);
      const end = close === null ? html.length : close.index + close[0].length;
      out.push(html.slice(kept, start));
      kept = end;
      TAG_RE.lastIndex = end;
      continue;
    }
    // <link>
    if (STYLESHEET_REL_RE.test(m[0])) {
      out.push(html.slice(kept, start));
      kept = tagEnd;
    }
  }
  if (kept === 0) return html;
  out.push(html.slice(kept));
  return out.join('');
}

/**
 * Run Readability on one page: strip styles, build a jsdom document (with `url` when it
 * is a valid URL; no scripts, no resources, a silent console), parse, close the window.
 *
 * @throws whatever jsdom or Readability throw (callers score that as empty output).
 */
export function runReadability(html: string, url?: string): ReadabilityResult {
  const dom = new JSDOM(stripStyles(html), {
    ...(url !== undefined && URL.canParse(url) ? { url } : {}),
    virtualConsole: new VirtualConsole(),
  });
  try {
    const article = new Readability(dom.window.document).parse();
    return { text: article?.textContent ?? '', content: article?.content ?? '' };
  } finally {
    dom.window.close();
  }
}

/** Let the event loop turn once (so jsdom can free closed windows). */
export function turnEventLoop(): Promise<void> {
  return new Promise((resolveTurn) => setImmediate(resolveTurn));
}
