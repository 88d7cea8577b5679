import { describe, expect, it } from 'vitest';
import { ChaffError, separate } from '../src/index.js';
import { matchTokens } from '../src/rules/tokens.js';

const para = (s: string) =>
  `<p>${s} The council said the measure, approved on Monday after a long debate, would take effect in January and cost about $2 million.</p>`;

/** A paragraph long enough to count as prose for the main-content scorers. */
const long = (s: string) =>
  `<p>${s} The council said the measure, approved on Monday after a long debate, would take effect in January, cost about $2 million, and be reviewed by an independent panel within a year.</p>`;
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>Bridge reopens | The Courier</title>${head}</head><body>${body}</body></html>`;

describe('separate (HTML)', () => {
  it('detects HTML, keeps the article and explains removals outside it', () => {
    const r = separate(
      page(
        `<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
         <article class="story"><h1>Bridge reopens</h1>${para('One.')}${para('Two.')}${para('Three.')}
         <div class="newsletter-box"><p>Sign up for our morning newsletter</p></div>${para('Four.')}</article>
         <footer><p>© 2026 The Courier. All rights reserved.</p></footer>`,
      ),
    );
    expect(r.format).toBe('html');
    expect(r.text.split('\n\n')).toHaveLength(4);
    expect(r.text).not.toContain('Sign up');
    const nl = r.removed.find((b) => b.text.startsWith('Sign up'))!;
    expect(nl.category).toBe('newsletter');
    expect(nl.reasons.map((x) => x.rule)).toContain('token.newsletter.newsletter');
    expect(r.removed.find((b) => b.text === 'Home')?.reasons.map((x) => x.rule)).toContain(
      'main.outside',
    );
    expect(r.metadata.title).toBeDefined();
  });

  it('never glues adjacent blocks', () => {
    const r = separate(
      page(
        `<article>${para('A.')}<div><span>FL</span><div>June 3</div></div>${para('B.')}${para('C.')}</article>`,
      ),
    );
    expect(r.blocks.map((b) => b.text)).toContain('FL');
    expect(r.blocks.map((b) => b.text)).not.toContain('FLJune 3');
  });

  it('reads JSON-LD metadata and paywall flags, @graph included', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'The Courier' },
        {
          '@type': 'NewsArticle',
          headline: 'Bridge reopens after two years',
          author: [{ '@type': 'Person', name: 'Ana Ruiz' }],
          datePublished: '2026-03-01T10:00:00Z',
          isAccessibleForFree: false,
          hasPart: {
            '@type': 'WebPageElement',
            isAccessibleForFree: false,
            cssSelector: '.paywall',
          },
        },
      ],
    };
    const r = separate(
      page(
        `<article>${para('A.')}${para('B.')}${para('C.')}</article>`,
        `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      ),
      { url: 'https://example.com/a' },
    );
    expect(r.metadata).toMatchObject({
      title: 'Bridge reopens after two years',
      byline: 'Ana Ruiz',
      publishedTime: '2026-03-01T10:00:00Z',
      language: 'en',
      url: 'https://example.com/a',
    });
    expect(r.paywall.detected).toBe(true);
    expect(r.paywall.signals).toContain('jsonld.isAccessibleForFree=false');
  });

  it('decodes windows-1252 bytes from <meta charset>', () => {
    const html = page(
      `<article>${para('Café “quotes” — €5.')}${para('B.')}${para('C.')}</article>`,
    ).replace('<head>', '<head><meta charset="windows-1252">');
    const cp1252 = Buffer.from(
      [...html].map(
        (ch) => ({ '“': 0x93, '”': 0x94, '—': 0x97, '€': 0x80 })[ch] ?? ch.charCodeAt(0),
      ),
    );
    const r = separate(cp1252, { format: 'html' });
    expect(r.text).toContain('Café “quotes” — €5.');
  });

  it('survives a stylesheet that breaks jsdom', () => {
    const css =
      '<style>.hero{height:calc(($container-max-width - 2rem) / 16 * 9);} @include foo;</style>';
    const r = separate(page(`<article>${para('A.')}${para('B.')}${para('C.')}</article>`, css));
    expect(r.text.split('\n\n')).toHaveLength(3);
  });

  it('renders Markdown and HTML without scripts, handlers or javascript: URLs', () => {
    const r = separate(
      page(
        `<article><h2>What next</h2>${para('A <a href="/x" onclick="evil()">link</a> <em>here</em>.')}<ul><li>One item</li><li>Two <a href="javascript:alert(1)">bad</a></li></ul>${para('B.')}${para('C.')}</article>`,
      ),
      { url: 'https://example.com/story' },
    );
    expect(r.markdown).toContain('## What next');
    expect(r.markdown).toContain('[link](https://example.com/x)');
    expect(r.markdown).toContain('*here*');
    expect(r.markdown).toMatch(/- One item\n- Two bad/);
    expect(r.html).toContain('<a href="https://example.com/x">link</a>');
    expect(r.html).not.toMatch(/onclick|javascript:|<script/);
  });

  it('throws a typed error for binary bytes', () => {
    expect(() => separate(Buffer.from([0x3c, 0x70, 0x3e, 0, 0, 1]), { format: 'html' })).toThrow(
      ChaffError,
    );
  });
});

describe('token rules', () => {
  it('match whole tokens and spare content containers', () => {
    expect(matchTokens(['newsletter-box'])?.rule.category).toBe('newsletter');
    expect(matchTokens(['c-ad__slot'])?.rule.category).toBe('ad');
    expect(matchTokens(['article-body social-embed'])).toBeNull();
    expect(matchTokens(['header-image shadow lead'])?.rule.category).toBe('navigation');
    expect(matchTokens(['shadow leading'])).toBeNull();
  });
});

describe('main content cut into sibling containers', () => {
  // One section holds most of the story; the others sit in rows of their own, each beside
  // the chosen one at some level, as page builders lay articles out.
  const rows = (extra: string) =>
    page(
      `<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
       <main><section><div class="row"><div class="col"><div class="text-block">${long('Intro.')}</div></div></div></section>
       <section><div class="row"><div class="col"><div class="text-block">${[1, 2, 3, 4, 5, 6, 7, 8].map((i) => long(`Core ${i}.`)).join('')}</div></div></div></section>
       <section><div class="row"><div class="col"><h2>What comes next</h2><div class="text-block">${long('Outro one.')}${long('Outro two.')}</div></div></div></section>
       ${extra}</main>`,
    );

  it('takes in sibling branches that are mostly prose', () => {
    const r = separate(rows(''));
    expect(r.text).toContain('Core 8.');
    expect(r.text).toContain('Intro.');
    expect(r.text).toContain('Outro two.');
    expect(r.text).toContain('What comes next');
    expect(r.text).not.toContain('Home');
  });

  it('leaves out prose branches named as boilerplate, and teaser lists', () => {
    const comments = `<section><div class="row"><div class="comments">${long('A reader wrote.')}${long('Another reader wrote.')}</div></div></section>`;
    const teasers = `<section><div class="row"><div class="col">${[1, 2, 3]
      .map(
        (i) => `<h3><a href="/s${i}">Other story number ${i} here</a></h3>${long(`Teaser ${i}.`)}`,
      )
      .join('')}</div></div></section>`;
    const r = separate(rows(comments + teasers));
    expect(r.text).toContain('Intro.');
    expect(r.text).not.toContain('A reader wrote.');
    expect(r.text).not.toContain('Teaser 1.');
  });
});

describe('class/id evidence inside the main content', () => {
  it('ignores a chrome class on an element that wraps the article', () => {
    // An article header left unclosed: the whole story ends up inside it.
    const r = separate(
      page(
        `<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
         <article><div class="article-header"><h1>Bridge reopens</h1>
         ${[1, 2, 3, 4, 5, 6].map((i) => long(`Part ${i}.`)).join('')}</article>`,
      ),
    );
    expect(r.text).toContain('Part 1.');
    expect(r.text).toContain('Part 6.');
    expect(r.text).not.toContain('Home');
  });

  it('still removes a comment section that holds more prose than the article', () => {
    const comments = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
      .map(
        (i) =>
          `<div class="comment"><div class="comment-content">${long(`Reader ${i} wrote.`)}</div></div>`,
      )
      .join('');
    const r = separate(
      page(
        `<article class="post"><h1>Bridge reopens</h1>${long('Story one.')}${long('Story two.')}${long('Story three.')}
         <div class="comments-wrapper">${comments}</div></article>`,
      ),
    );
    expect(r.text).toContain('Story three.');
    expect(r.text).not.toContain('Reader 1 wrote.');
    expect(r.text).not.toContain('Reader 10 wrote.');
  });
});

describe('sections under a heading named as related content', () => {
  const story = (heading: string) =>
    page(
      `<article class="post"><h1>Bridge reopens</h1>${long('Story one.')}${long('Story two.')}${long('Story three.')}
       <div class="box">${heading}${[1, 2, 3].map((i) => `<div class="item">${long(`Other post ${i}.`)}</div>`).join('')}</div></article>`,
    );

  it('leaves out the section after a heading whose class says related', () => {
    const r = separate(story('<h3 class="relatedpoststitle">You may also like</h3>'));
    expect(r.text).toContain('Story three.');
    expect(r.text).not.toContain('Other post 1.');
    const b = r.blocks.find((x) => x.text.startsWith('Other post 3.'));
    expect(b?.reasons.map((x) => x.rule)).toContain('dom.related-section');
  });

  it('reads no token from a long anchor id of a heading', () => {
    const r = separate(
      story('<h2 id="how-share-prices-and-related-costs-grew">How prices and costs grew</h2>'),
    );
    const h = r.blocks.find((x) => x.text === 'How prices and costs grew');
    expect(h?.label).toBe('content');
    expect(h?.reasons.map((x) => x.rule)).not.toContain('token.share.share');
  });

  it('does not read an anchor id made from the heading text as a related box', () => {
    const r = separate(story('<h3 id="how-related-costs-grew">How related costs grew</h3>'));
    expect(r.text).toContain('Other post 1.');
    expect(r.text).toContain('Other post 3.');
  });
});

describe("the article's intro above the main content", () => {
  const intro = (hero: string, head = '', after = '') =>
    page(
      `<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
       <div class="hero"><h1>Bridge reopens after two years</h1>${hero}</div>
       <div class="story">${[1, 2, 3, 4, 5, 6, 7, 8].map((i) => long(`Core ${i}.`)).join('')}</div>${after}`,
      head,
    );
  const opening =
    '<div class="standfirst"><p>Commuters crossed the river on foot for two years while the city rebuilt the bridge, and on Friday the first buses rolled over it again.</p></div>';

  it('takes in prose between the headline and the main content', () => {
    const r = separate(intro(opening));
    expect(r.text).toContain('Commuters crossed the river');
    expect(r.text).toContain('Core 8.');
    expect(r.text).not.toContain('Home');
  });

  it('leaves out a paragraph the page repeats, and the dek its description repeats', () => {
    const note =
      '<p>We may be paid when you buy through the links on this page, as our editors explain.</p>';
    const repeated = separate(intro(note, '', `<div class="foot">${note}</div>`));
    expect(repeated.text).not.toContain('We may be paid');
    const dek = separate(
      intro(
        opening,
        '<meta name="description" content="Commuters crossed the river on foot for two years while the city rebuilt the bridge, and on Friday the first buses rolled over it again.">',
      ),
    );
    expect(dek.text).not.toContain('Commuters crossed the river');
    expect(dek.metadata.description).toContain('Commuters crossed the river');
  });

  it('leaves out prose under markup that names its container', () => {
    const r = separate(
      intro(
        '<div class="newsletter-box"><p>Every morning our editors pick the stories that matter, with a short note on what comes next in the city.</p></div>',
      ),
    );
    expect(r.text).not.toContain('Every morning our editors');
  });
});

describe('gaps in the main content', () => {
  const gap = (middle: string) =>
    page(
      `<article><h1>Bridge reopens after two years</h1>
       <div class="part">${[1, 2, 3, 4].map((i) => long(`First ${i}.`)).join('')}</div>
       <div>${middle}</div>
       <div class="part">${[5, 6, 7, 8].map((i) => long(`Second ${i}.`)).join('')}</div></article>`,
    );

  it('takes in a prose paragraph between two parts of the choice', () => {
    const r = separate(
      gap(
        '<p>Engineers found the old piers sound enough to keep, which saved the city months of work on the river bed.</p>',
      ),
    );
    expect(r.text).toContain('First 1.');
    expect(r.text).toContain('Second 8.');
    expect(r.text).toContain('Engineers found the old piers');
  });

  it('leaves out a gap under markup that names its container, and a short line', () => {
    const named = separate(
      gap(
        '<div class="newsletter-box"><p>Every morning our editors pick the stories that matter, with a short note on what comes next.</p></div>',
      ),
    );
    expect(named.text).not.toContain('Every morning our editors');
    expect(named.text).toContain('Second 8.');
    const short = separate(gap('<p>Photo gallery</p>'));
    expect(short.text).not.toContain('Photo gallery');
  });
});

describe('links back up the site', () => {
  const blog = `<div class="article"><h1 class="small"><a href="/blog/">The Courier Blog</a></h1><h1>Bridge reopens</h1>
    ${[1, 2, 3, 4].map((i) => long(`Part ${i}.`)).join('')}<p><a href="/blog/2026/bridge-history">The bridge's history</a></p></div>`;

  it("removes a line that links to the site's front or a section above the page", () => {
    const r = separate(page(blog), { url: 'https://courier.example/blog/bridge-reopens' });
    const name = r.blocks.find((b) => b.text === 'The Courier Blog');
    expect(name?.label).toBe('boilerplate');
    expect(name?.reasons.map((x) => x.rule)).toContain('dom.up-link');
    // A link down the section, or to the page itself, is no such line.
    const down = r.blocks.find((b) => b.text === "The bridge's history");
    expect(down?.reasons.map((x) => x.rule)).not.toContain('dom.up-link');
    expect(r.text).toContain('Part 4.');
  });

  it('needs the page URL to tell', () => {
    const r = separate(page(blog));
    const name = r.blocks.find((b) => b.text === 'The Courier Blog');
    expect(name?.reasons.map((x) => x.rule)).not.toContain('dom.up-link');
  });
});

describe('headings that a table of contents links to', () => {
  it('are not later copies of the contents entries', () => {
    const r = separate(
      page(
        `<article class="post"><h1>How to plan a move</h1>
         <ul class="toc"><li><a href="#budget">Set your budget</a></li><li><a href="#book">Book the movers early</a></li></ul>
         <p>Moving is stressful, but a plan made a few weeks ahead takes most of the stress out of it, as our guide shows.</p>
         <h2 id="budget">Set your budget</h2><p>Work out what you can spend before you ask anyone for a quote.</p>
         <p>Movers charge by the hour, by the weight of the load and by the distance, so compare like with like.</p>
         <h2 id="book">Book the movers early</h2><p>You will find the best crews booked up weeks ahead in the summer.</p>
         <p>A weekday move in the middle of the month is often cheaper, and the crews are less rushed then.</p></article>`,
      ),
    );
    const h = r.blocks.filter((b) => b.text === 'Set your budget');
    expect(h).toHaveLength(2);
    expect(h[1]!.label).toBe('content');
    expect(h[1]!.reasons.map((x) => x.rule)).not.toContain('repetition.duplicate');
    expect(r.text).toContain('Work out what you can spend');
    expect(r.text).toContain('You will find the best crews');
  });
});

describe('figures', () => {
  it('read a caption as a caption, and a quote in a figure as a quote', () => {
    const r = separate(
      page(
        `<article class="post"><h1>Bridge reopens</h1>${long('One.')}
         <figure><img src="/bridge.jpg" alt=""><figcaption>The bridge on Friday morning, seen from the east bank of the river.</figcaption></figure>
         ${long('Two.')}
         <figure class="wp-block-pullquote"><blockquote><p>We waited two years for this bridge, and it was worth every day of the wait.</p></blockquote></figure>
         ${long('Three.')}</article>`,
      ),
    );
    const caption = r.blocks.find((b) => b.text.startsWith('The bridge on Friday'))!;
    expect(caption.reasons.map((x) => x.rule)).toContain('dom.caption');
    const quote = r.blocks.find((b) => b.text.startsWith('We waited'))!;
    expect(quote.kind).toBe('quote');
    expect(quote.reasons.map((x) => x.rule)).not.toContain('dom.caption');
    expect(quote.label).toBe('content');
  });
});
