/**
 * Security: page code never runs and nothing is fetched; the HTML and Markdown output
 * carry no active content whatever the page tries; JSON-LD cannot reach the prototypes.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import tls from 'node:tls';
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findMainContent } from '../../src/html/main-content.js';
import type { Separation } from '../../src/index.js';
import { article, PROSE, page, succeed } from './helpers.js';

describe('jsdom runs no page code and fetches nothing', () => {
  let server: http.Server;
  let base = '';
  const requests: string[] = [];
  const calls: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('document.title = "FETCHED";');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Stub every way out of the process to fail loudly and record the attempt. */
  function stubNetwork() {
    const loud =
      (name: string) =>
      (..._args: unknown[]): never => {
        calls.push(name);
        throw new Error(`network access during separate(): ${name}`);
      };
    return [
      vi.spyOn(globalThis, 'fetch').mockImplementation(loud('fetch')),
      vi.spyOn(http, 'request').mockImplementation(loud('http.request')),
      vi.spyOn(http, 'get').mockImplementation(loud('http.get')),
      vi.spyOn(https, 'request').mockImplementation(loud('https.request')),
      vi.spyOn(https, 'get').mockImplementation(loud('https.get')),
      vi.spyOn(net, 'connect').mockImplementation(loud('net.connect')),
      vi.spyOn(net, 'createConnection').mockImplementation(loud('net.createConnection')),
      vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(loud('Socket.connect')),
      vi.spyOn(tls, 'connect').mockImplementation(loud('tls.connect')),
      vi.spyOn(dns, 'lookup').mockImplementation(loud('dns.lookup')),
    ];
  }

  const hostile = () =>
    page(
      `<body onload="document.title='ONLOAD'">
      <script>document.title = 'PWNED'; globalThis.__chaffRan = 1;
        document.body.insertAdjacentHTML('afterbegin', '<article><p>INJECTED ${PROSE} ${PROSE}</p><p>INJECTED ${PROSE}</p></article>');</script>
      <script src="${base}/external.js"></script>
      <script type="module">import '${base}/module.js'; document.title = 'MODULE';</script>
      <iframe src="${base}/frame"></iframe><iframe srcdoc="<script>parent.document.title='SRCDOC'</script>"></iframe>
      <img src="${base}/image.png" onerror="document.title='ONERROR'" alt="an image" srcset="${base}/a.png 1x">
      <video src="${base}/v.mp4" poster="${base}/p.png"><source src="${base}/s.webm"></video>
      <object data="${base}/o.swf"></object><embed src="${base}/e.swf">
      <svg onload="document.title='SVG'"><image href="${base}/i.svg"/></svg>
      <div style="background: url(${base}/bg.png)">${article()}</div>
      <form action="${base}/post"><input autofocus onfocus="document.title='FOCUS'"></form>`,
      `<meta http-equiv="refresh" content="0;url=${base}/refresh">
      <base href="${base}/">
      <link rel="stylesheet" href="${base}/style.css"><link rel="preload" href="${base}/preload.js" as="script">
      <link rel="icon" href="${base}/favicon.ico"><link rel="import" href="${base}/import.html">
      <style>@import url(${base}/imported.css); body { background: url(${base}/body.png) }</style>`,
    );

  /**
   * Run `work` with the network stubbed, give jsdom's asynchronous loads time to happen,
   * then check that nothing was requested and no page script ran.
   */
  async function offline<T>(work: () => T): Promise<T> {
    const stubs = stubNetwork();
    let out: T;
    try {
      out = work();
    } finally {
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const s of stubs) s.mockRestore();
    }
    expect(calls).toEqual([]);
    expect(requests).toEqual([]);
    expect((globalThis as { __chaffRan?: number }).__chaffRan).toBeUndefined();
    return out;
  }

  it('separate() on a page full of scripts and resources: no request, no execution', async () => {
    const r: Separation = await offline(() =>
      succeed(hostile(), { url: 'https://example.com/story' }),
    );
    expect(r.text).not.toMatch(/INJECTED|PWNED|FETCHED|ONLOAD|ONERROR/);
    expect(r.metadata.title).toBe('Bridge reopens');
    expect(r.text.split('\n\n')).toHaveLength(4);
  });

  it('jsdom itself, given the scripts chaff strips, runs none of them', async () => {
    const main = await offline(() => findMainContent(hostile()));
    expect(main?.metadata.title).toBe('Bridge reopens');
    expect(main?.squashedText).not.toMatch(/INJECTED|PWNED|FETCHED/);
  });

  it('the stubs would have caught a request', () => {
    const stubs = stubNetwork();
    try {
      expect(() => http.get(`${base}/probe`)).toThrow(/network access/);
      expect(() => fetch(`${base}/probe`)).toThrow(/network access/);
    } finally {
      for (const s of stubs) s.mockRestore();
    }
    expect(calls).toEqual(['http.get', 'fetch']);
    calls.length = 0;
  });
});

/**
 * XSS vectors by family, after the OWASP XSS Filter Evasion Cheat Sheet: script tags,
 * event handlers, javascript:/vbscript:/data: URLs with case, entity, whitespace and
 * control-character obfuscation, SVG and MathML, frames and plugins, CSS, meta and base,
 * forms, comments and raw-text elements, markup breaking out of attributes, and the
 * Markdown link syntax.
 */
const VECTORS: Record<string, string[]> = {
  script: [
    '<script>alert(1)</script>',
    '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
    '<scr<script>ipt>alert(1)</scr</script>ipt>',
    '<script/xss src="//evil.example/x.js"></script>',
    '<<SCRIPT>alert("XSS");//<</SCRIPT>',
    '<script>alert(1)',
    '<sCrIpT>alert(1)</ScRiPt>',
  ],
  handlers: [
    '<img src=x onerror=alert(1) alt="pic">',
    '<img alt="pic" src="https://ok.example/i.png" onload="alert(1)">',
    '<body onload=alert(1)>',
    '<details open ontoggle=alert(1)>d</details>',
    '<marquee onstart=alert(1)>m</marquee>',
    '<video><source onerror="alert(1)"></video>',
    '<div onmouseover="alert(1)">hover me</div>',
    '<a href="https://ok.example/" onclick="alert(1)" onmouseover=alert(1)>ok link</a>',
    '<p ONCLICK=alert(1)>upper-case handler</p>',
    '<input autofocus onfocus=alert(1)>',
    '<span/onmouseover=alert(1)>slash handler</span>',
  ],
  urls: [
    '<a href="javascript:alert(1)">js</a>',
    '<a href="JaVaScRiPt:alert(1)">case</a>',
    '<a href=" javascript:alert(1)">space</a>',
    '<a href="\u0001\u0002javascript:alert(1)">controls</a>',
    '<a href="java\tscript:alert(1)">tab</a>',
    '<a href="java\nscript:alert(1)">newline</a>',
    '<a href="jav&#x09;ascript:alert(1)">entity tab</a>',
    '<a href="jav&#x0A;ascript:alert(1)">entity newline</a>',
    '<a href="jav&#x0D;ascript:alert(1)">entity return</a>',
    '<a href=" &#14;  javascript:alert(1)">entity control</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">decimal</a>',
    '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">padded</a>',
    '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">hex</a>',
    '<a href="javascript&colon;alert(1)">named colon</a>',
    '<a href="jav&NewLine;ascript&colon;alert(1)">named newline</a>',
    '<a href="javascript://%0Aalert(1)">comment</a>',
    '<a href="vbscript:msgbox(1)">vb</a>',
    '<a href="livescript:alert(1)">live</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    '<a href="DaTa:text/html,<script>alert(1)</script>">data case</a>',
    '<a href="  data:text/html,x">data space</a>',
    '<img alt="js img" src="javascript:alert(1)">',
    '<img alt="vb img" SRC=vbscript:msgbox(1)>',
    '<img alt="data img" src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<IMG alt="entity img" SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  ],
  svgMath: [
    '<svg onload=alert(1)><circle r="1"/></svg>',
    '<svg><script>alert(1)</script></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text>svg link</text></a></svg>',
    '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<math href="javascript:alert(1)">math</math>',
  ],
  frames: [
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<frameset><frame src="javascript:alert(1)"></frameset>',
    '<applet code="x.class"></applet>',
  ],
  css: [
    "<style>@import 'javascript:alert(1)';</style>",
    '<div style="background-image:url(javascript:alert(1))">styled</div>',
    '<div style="width:expression(alert(1))">expression</div>',
    '<link rel=stylesheet href="javascript:alert(1)">',
    '<STYLE>li {list-style-image: url("javascript:alert(1)");}</STYLE><UL><LI>listed</br>',
    '<p style="behavior:url(x.htc)">behavior</p>',
  ],
  metaBase: [
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="Set-Cookie" content="x=y">',
  ],
  forms: [
    '<form action="javascript:alert(1)"><button>submit</button></form>',
    '<button formaction="javascript:alert(1)">fa</button>',
    '<isindex action=javascript:alert(1) type=image>',
    '<textarea onfocus=alert(1) autofocus>t</textarea>',
  ],
  rawText: [
    '<!--<script>alert(1)</script>-->',
    '<![CDATA[<script>alert(1)</script>]]>',
    '<textarea><script>alert(1)</script></textarea>',
    '<title><script>alert(1)</script></title>',
    '<xmp><script>alert(1)</script></xmp>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<noembed><script>alert(1)</script></noembed>',
    '<template><script>alert(1)</script></template>',
  ],
  breaking: [
    '"><script>alert(1)</script>',
    "'';!--\"<XSS>=&{()}",
    '<a href="https://ok.example/" title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">titled</a>',
    'Text of &lt;script&gt;alert(1)&lt;/script&gt; as entities',
    '<a href="https://ok.example/x&quot;onmouseover=&quot;alert(1)">quote in href</a>',
    '<img alt="&quot; onerror=&quot;alert(1)" src="https://ok.example/i.png">',
    '<em><strong><code>&lt;img src=x onerror=alert(1)&gt;</code></strong></em>',
  ],
  markdown: [
    '<a href="https://ok.example/x)[y](javascript:alert(1)">paren</a>',
    '<a href="https://ok.example/a b<c>">spaces</a>',
    '[click](javascript:alert(1)) in the text',
    '<img alt="](javascript:alert(1))" src="https://ok.example/i.png">',
    '<a href="https://ok.example/">[inner](javascript:alert(1))</a>',
    '<code>`](javascript:alert(1))`</code>',
    '<a href="/rel\\(x">backslash</a>',
  ],
};

const SAFE_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'li', 'blockquote']);
for (const t of ['pre', 'code', 'figure', 'figcaption', 'a', 'em', 'strong', 'img'])
  SAFE_TAGS.add(t);
const SAFE_ATTRS: Record<string, string[]> = { a: ['href'], img: ['src', 'alt'] };
const SAFE_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];

/** What is wrong with an HTML output, judged the way a browser would read it (parse5). */
function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: AnyNode[] = [load(html, null, false).root()[0]!];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const el = node as Element;
      if (!SAFE_TAGS.has(el.name)) problems.push(`element <${el.name}>`);
      for (const [name, value] of Object.entries(el.attribs)) {
        if (!(SAFE_ATTRS[el.name] ?? []).includes(name)) {
          problems.push(`attribute ${name} on <${el.name}>`);
        } else if (name === 'href' || name === 'src') {
          const scheme = new URL(value, 'https://page.example/').protocol;
          if (!SAFE_SCHEMES.includes(scheme)) problems.push(`${scheme} URL in ${name}`);
        }
      }
    }
    if ('children' in node) stack.push(...node.children);
  }
  // Belt and braces on the raw string: '<' outside tags is always escaped, so any of these
  // would be an element. (Attributes are judged on the parsed tree above: an escaped
  // ' onerror=' inside an alt text is text.)
  if (/<\/?(?:script|style|iframe|frame|object|embed|svg|math|base|meta|link|form)\b/i.test(html)) {
    problems.push('active element in the raw string');
  }
  return problems;
}

/** Link and image destinations of Markdown output that a renderer would follow unsafely. */
function markdownProblems(md: string): string[] {
  const problems: string[] = [];
  // Outside code fences, every '<' is escaped (no raw HTML reaches a renderer).
  const prose = md.replace(/```\n[^`]*\n```/g, '');
  if (/(?<!\\)</.test(prose)) problems.push('unescaped <');
  for (const m of prose.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) {
    const dest = m[1]!;
    if (/[\s()<>]/.test(dest)) problems.push(`destination with a delimiter: ${dest}`);
    const scheme = new URL(dest, 'https://page.example/').protocol;
    if (!SAFE_SCHEMES.includes(scheme)) problems.push(`${scheme} destination`);
  }
  return problems;
}

describe('HTML and Markdown output carry no active content', () => {
  const paragraphs = (vector: string) =>
    `<article><h1>Bridge reopens</h1><p>1. ${PROSE}</p><p>Before ${vector} after, officials said.</p><p>2. ${PROSE}</p><p>3. ${PROSE}</p></article>`;

  for (const [family, vectors] of Object.entries(VECTORS)) {
    it(`${family} (${vectors.length} vectors)`, () => {
      for (const vector of vectors) {
        for (const url of [undefined, 'https://example.com/news/story']) {
          const r = succeed(page(paragraphs(vector)), url ? { url } : {});
          expect(htmlProblems(r.html!), `${vector} (url ${url})`).toEqual([]);
          expect(markdownProblems(r.markdown!), `${vector} (url ${url})`).toEqual([]);
          for (const b of r.blocks) {
            expect(htmlProblems(b.html ?? ''), vector).toEqual([]);
            expect(markdownProblems(b.markdown ?? ''), vector).toEqual([]);
          }
          // The article before the vector is still there (an unclosed <script> or <style>
          // swallows what follows it, in browsers too).
          expect(r.text, vector).toContain(`1. ${PROSE}`);
        }
      }
    });
  }

  it('all vectors in one page', () => {
    const all = Object.values(VECTORS).flat();
    const r = succeed(page(`${article()}${all.map((v) => `<p>Before ${v} after.</p>`).join('')}`));
    expect(htmlProblems(r.html!)).toEqual([]);
    expect(markdownProblems(r.markdown!)).toEqual([]);
  });

  it('keeps what is safe: http(s) links, images with alt, relative URLs', () => {
    const body = `<article><h1>Bridge reopens</h1><p>See <a href="/news/next">the next story</a> and <a href="mailto:desk@example.com">write</a>, <em>said</em> <strong>officials</strong>. <img src="chart.png" alt="A chart"></p><p>1. ${PROSE}</p><p>2. ${PROSE}</p></article>`;
    const bare = succeed(page(body));
    expect(bare.html).toContain('<a href="/news/next">the next story</a>');
    expect(bare.html).toContain('<a href="mailto:desk@example.com">write</a>');
    expect(bare.html).toContain('<img src="chart.png" alt="A chart">');
    const based = succeed(page(body), { url: 'https://example.com/news/story' });
    expect(based.html).toContain('<a href="https://example.com/news/next">the next story</a>');
    expect(based.markdown).toContain('[the next story](https://example.com/news/next)');
    expect(based.markdown).toContain('![A chart](https://example.com/news/chart.png)');
    expect(based.html).toContain('<em>said</em> <strong>officials</strong>');
  });

  it('the checkers catch what they look for', () => {
    expect(htmlProblems('<p onclick="x">a</p>')).not.toEqual([]);
    expect(htmlProblems('<a href="jav&#x09;ascript:x">a</a>')).not.toEqual([]);
    expect(htmlProblems('<img src="data:x" alt="">')).not.toEqual([]);
    expect(htmlProblems('<iframe></iframe>')).not.toEqual([]);
    expect(markdownProblems('[a](javascript:x)')).not.toEqual([]);
    expect(markdownProblems('[a](/x)[b](javascript:x)')).not.toEqual([]);
    expect(markdownProblems('<b>')).not.toEqual([]);
    expect(markdownProblems('\\[a\\](javascript:x) \\<b>')).toEqual([]);
  });
});

describe('JSON-LD', () => {
  const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

  it('cannot pollute prototypes with __proto__, constructor or prototype keys', () => {
    const hostile = [
      '{"@type":"NewsArticle","headline":"Real headline","__proto__":{"polluted":"yes","isAccessibleForFree":false,"headline":"Evil"},"author":{"__proto__":{"name":"Evil"}}}',
      '{"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},"@graph":[{"__proto__":{"@type":"NewsArticle"}},{"constructor":{"name":"Evil"}}]}',
      '[{"__proto__":[{"polluted":"yes"}]},{"@graph":{"__proto__":{"polluted":"yes"}}}]',
    ];
    const r = succeed(page(article(), hostile.map(ld).join('')));
    expect(({} as { polluted?: string }).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain('polluted');
    expect(r.metadata.title).toBe('Real headline');
    expect(r.metadata.byline).toBeUndefined();
    expect(r.paywall.detected).toBe(false);
  });

  it('tolerates malformed, empty, huge and deeply nested JSON-LD', () => {
    const n = 200_000;
    const broken = [
      '{"@type": "NewsArticle", headline: broken',
      '',
      'null',
      '"just a string"',
      '[[[[[[]]]]]]',
      `${'['.repeat(n)}${']'.repeat(n)}`,
      `${'{"@graph":'.repeat(n)}{"@type":"NewsArticle","headline":"Deep headline","author":${'['.repeat(n)}{"name":"Deep Author"}${']'.repeat(n)}}${'}'.repeat(n)}`,
      '{"@type":"NewsArticle","headline":{"toString":"x"},"author":[{"name":{"name":{"name":"Nested Name"}}}]}',
    ];
    const r = succeed(page(article(), broken.map(ld).join('')));
    expect(r.warnings).toBeUndefined();
    expect(r.metadata.title).toBe('Deep headline');
    expect(r.metadata.byline).toBe('Deep Author');
    // The h1 stays: it no longer matches the title, which JSON-LD gave.
    expect(r.text.split('\n\n')).toEqual([
      'Bridge reopens',
      ...[1, 2, 3, 4].map((i) => `${i}. ${PROSE}`),
    ]);
  });
});
