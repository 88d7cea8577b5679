/** Stage-level tests: repetition, context and the guard, on small hand-made inputs. */
import { describe, expect, it } from 'vitest';
import { separate } from '../src/index.js';

/** A container-text paragraph (prose by every measure). */
const para = (s: string) =>
  `${s} The council said the measure, approved on Monday after a long debate, would take effect in January and cost about two million dollars.`;
const P = (s: string) =>
  `${s} The officials said the plan, which was announced on Monday, would take effect next year and would cost about $2 million.`;

describe('repetition', () => {
  it('marks later copies with repeatOf and removes them', () => {
    const r = separate(
      [P('First.'), 'Download our app', P('Second.'), 'Download our app'].join('\n'),
    );
    const copies = r.blocks.filter((b) => b.repeatOf !== undefined);
    expect(copies).toHaveLength(1);
    expect(copies[0]!.repeatOf).toBe(1);
    expect(copies[0]!.label).toBe('boilerplate');
  });

  it('removes a repeated pull quote once and leaves the paragraphs around it', () => {
    const quote = '“We will rebuild, whatever it takes,” the mayor said.';
    const r = separate([P('One.'), quote, P('Two.'), quote, P('Three.')].join('\n'));
    expect(r.removed.map((b) => b.index)).toEqual([3]);
    expect(r.blocks[3]!.repeatOf).toBe(1);
  });

  it('folds case, punctuation and bullets when comparing', () => {
    const r = separate(
      [P('A.'), '- Listen to our podcast!', P('B.'), '• listen to our podcast'].join('\n'),
    );
    expect(r.blocks[3]!.repeatOf).toBe(1);
  });
});

describe('classify', () => {
  it('reads a sentence after the teaser marks it starts with (», ›, >>, |)', () => {
    for (const mark of ['»', '›', '>>', '|', '»»']) {
      const r = separate(
        [P('First.'), `${mark} Related: The best budget phones of the year`, P('Second.')].join(
          '\n\n',
        ),
      );
      const teaser = r.blocks.find((b) => b.text.includes('Related:'))!;
      expect(teaser.label, mark).toBe('boilerplate');
      expect(
        teaser.reasons.some((x) => x.rule === 'en.related.read-more'),
        mark,
      ).toBe(true);
    }
  });
});

describe('public blocks', () => {
  it('hold the Block fields in the order they were set, and no internal measurements', () => {
    const r = separate(
      [P('First.'), 'Download our app', P('Second.'), 'Download our app'].join('\n'),
    );
    const base = ['index', 'text', 'start', 'end', 'kind', 'label', 'confidence', 'reasons'];
    expect(Object.keys(r.blocks[0]!)).toEqual(base);
    expect(Object.keys(r.blocks[1]!)).toEqual([...base, 'category']);
    // repeatOf is set by the repetition stage, before context labels the copy.
    expect(Object.keys(r.blocks[3]!)).toEqual([...base, 'repeatOf', 'category']);
  });
});

describe('context', () => {
  it('lets a heading with no appeal words join the appeal it heads', () => {
    const r = separate(
      [
        P('A.'),
        'A gift for the holidays',
        'We rely on readers like you.',
        'Chip in today.',
        P('B.'),
      ].join('\n'),
    );
    expect(r.removed.map((b) => b.index)).toEqual([1, 2, 3]);
    expect(r.blocks[1]!.reasons.some((x) => x.stage === 'context')).toBe(true);
  });

  it('keeps a subheading that leads into a content paragraph after boilerplate', () => {
    const r = separate(
      [P('A.'), 'Read more: Storm hits the coast', 'What happens next', P('B.')].join('\n'),
    );
    expect(r.removed.map((b) => b.index)).toEqual([1]);
  });

  it('keeps short content lines between content paragraphs', () => {
    const r = separate([P('A.'), 'Yet obstacles remain.', P('B.'), 'The vote', P('C.')].join('\n'));
    expect(r.removed).toEqual([]);
  });
});

describe('guard', () => {
  it('restores prose when a long text would lose most of it, and says so', () => {
    // A low threshold makes the outlet-voice hint ("our") enough to remove every paragraph.
    const prose = Array.from(
      { length: 10 },
      (_, i) =>
        `Paragraph ${i}: our city council met again on Tuesday evening to discuss the new budget plan for the coming year, the schools and the roads.`,
    );
    const r = separate(prose.join('\n'), { threshold: 0.25 });
    expect(r.guard).toBeDefined();
    expect(r.guard!.removedShare).toBeGreaterThan(0.75);
    expect(r.removed).toEqual([]);
    expect(r.blocks.every((b) => b.reasons.some((x) => x.rule === 'guard.restore'))).toBe(true);
    expect(separate(prose.join('\n'), { threshold: 0.25, guard: false }).removed).toHaveLength(10);
  });

  it('can be turned off', () => {
    const r = separate(Array.from({ length: 40 }, () => 'Subscribe now').join('\n'), {
      guard: false,
    });
    expect(r.guard).toBeUndefined();
  });
});

describe('document (whole-page text)', () => {
  const page = [
    'Home',
    'News',
    'Sports',
    'Opinion',
    'Local',
    'Council approves new budget',
    'By Ana Ruiz',
    'March 3, 2026',
    para('First.'),
    para('Second.'),
    'What comes next',
    para('Third.'),
    'Most read',
    'Storm knocks out power to thousands',
    'School board delays vote',
    'About us',
    'Contact',
    '© 2026 The Courier. All rights reserved.',
  ].join('\n');

  it('keeps the article run, reports headline and byline in metadata', () => {
    const r = separate(page, { scope: 'page' });
    expect(r.text.split('\n\n')).toEqual([
      para('First.'),
      para('Second.'),
      'What comes next',
      para('Third.'),
    ]);
    expect(r.metadata).toMatchObject({ title: 'Council approves new budget', byline: 'Ana Ruiz' });
    const home = r.blocks[0]!;
    expect(home.reasons.map((x) => x.rule)).toContain('document.outside');
  });

  it('does not look for an article run unless asked (scope article, or auto on short text)', () => {
    const rules = (scope: 'article' | 'auto') =>
      separate(page, { scope }).blocks.flatMap((b) => b.reasons.map((x) => x.rule));
    // Container text loses its head and its tail (tested below), but no run is cut out.
    expect(rules('article')).not.toContain('document.outside');
    expect(rules('auto')).not.toContain('document.outside');
  });

  it('takes the head of container text (headline, standfirst, caption, byline, date) out of the text', () => {
    const text = [
      'Politics',
      'Council approves new budget after a long night',
      'The vote ends a month of talks over the cost of the new library and the pool.',
      'Council members at the town hall on Monday evening. Photo: Jane Roe/AP',
      'By Ana Ruiz | March 3, 2026 at 9:02 PM',
      para('First.'),
      para('Second.'),
      'What comes next',
      para('Third.'),
    ].join('\n');
    const r = separate(text, { scope: 'article' });
    expect(r.text.split('\n\n')).toEqual([
      para('First.'),
      para('Second.'),
      'What comes next',
      para('Third.'),
    ]);
    expect(r.metadata).toMatchObject({
      title: 'Council approves new budget after a long night',
      byline: 'Ana Ruiz',
    });
    const dek = r.blocks[2]!;
    expect(dek.reasons.map((x) => x.rule)).toContain('document.before-article');
    expect(dek.category).toBe('other');
  });

  it('takes only the headline when no byline or date line follows the first paragraph', () => {
    const text = [
      'Council approves new budget',
      para('First.'),
      'Advertisement',
      para('Second.'),
      para('Third.'),
      para('Fourth.'),
    ].join('\n');
    const r = separate(text, { scope: 'article' });
    expect(r.metadata.title).toBe('Council approves new budget');
    expect(r.text.split('\n\n')).toEqual([
      para('First.'),
      para('Second.'),
      para('Third.'),
      para('Fourth.'),
    ]);
  });

  it('keeps a list or a long line without a full stop that opens the article below the date', () => {
    const list = [
      'March 3, 2026',
      'New in this release',
      'Faster start',
      'Dark mode',
      'Offline maps',
      para('First.'),
      para('Second.'),
      para('Third.'),
    ];
    expect(separate(list.join('\n'), { scope: 'article' }).text).toContain('Offline maps');
    const unpunctuated = [
      'Council approves new budget',
      'Ana Ruiz March 3, 2026',
      'The council approved the budget on Monday after a debate that ran past midnight and left the library plan and the pool intact for now',
      para('First.'),
      para('Second.'),
      para('Third.'),
    ];
    const r = separate(unpunctuated.join('\n'), { scope: 'article' });
    expect(r.text).toContain('ran past midnight');
    expect(r.text).not.toContain('Ana Ruiz');
  });

  it('removes image captions that end in their photo credit, not paragraphs', () => {
    const captions = [
      'President Smith at the Economic Club of New York last week.Credit...Anna Roe/The Courier',
      'Rep. Ana Ruiz speaks at the Capitol on July 25, 2019.J. Scott Doe / AP file',
      'The border check point near the port of entry in Nogales, Ariz. (AP)',
      'A long row of unsold cars sits at a dealership in Littleton, Colo. (AP Photo/David Roe)',
      'Functional areas of the hibernation module and the crew quarters. Credit: ESA',
    ];
    const text = [para('First.'), ...captions, para('Second.'), para('Third.')].join('\n');
    const r = separate(text, { scope: 'article' });
    expect(r.removed.map((b) => b.text)).toEqual(captions);
    expect(r.removed.every((b) => b.reasons.some((x) => x.rule === 'document.caption'))).toBe(true);
    // A sentence that names an agency, or a slash in running text, is no caption.
    const prose = [
      para('First.'),
      'The agency said the figures came from Reuters and AP.',
      'Prices rose by a third/half in some towns, officials said on Monday.',
      para('Second.'),
      para('Third.'),
    ].join('\n');
    expect(separate(prose, { scope: 'article' }).removed).toEqual([]);
  });

  it('keeps a template the article fills three times or more (meal plan, product boxes)', () => {
    const day = (n: number, meal: string) => [
      `Day ${n}: ${meal} with rice, beans and a green salad`,
      'Breakfast',
      'Eat within an hour of waking up',
      'Portion: 1 cup, 1 piece of fruit',
    ];
    const text = [
      para('First.'),
      ...day(1, 'Chicken'),
      ...day(2, 'Fish'),
      ...day(3, 'Tofu'),
      para('Second.'),
    ].join('\n');
    const r = separate(text, { scope: 'article' });
    expect(r.removed.map((b) => b.text)).toEqual([]);
    const copy = r.blocks.find((b) => b.repeatOf !== undefined)!;
    expect(copy.reasons.map((x) => x.rule)).toContain('document.template');
    // Twice is a carousel caught twice: the copy goes.
    const twice = [para('First.'), ...day(1, 'Chicken'), ...day(2, 'Fish'), para('Second.')];
    const r2 = separate(twice.join('\n'), { scope: 'article' });
    expect(r2.removed.length).toBeGreaterThan(0);
  });

  it("cuts the readers' comments after the article (container text, any language)", () => {
    const text = [
      para('Erstens.'),
      para('Zweitens.'),
      '3 Kommentare',
      'Anna sagt:',
      'Das ist eine gute Entscheidung für die ganze Stadt.',
      'Antworten',
      'Bernd sagt:',
      'Ich sehe das ganz anders, die Kosten sind viel zu hoch.',
      'Antworten',
      'Carla sagt:',
      'Warum hat das so lange gedauert?',
    ].join('\n');
    const r = separate(text, { language: 'de' });
    expect(r.text.split('\n\n')).toEqual([para('Erstens.'), para('Zweitens.')]);
    const comment = r.blocks.find((b) => b.text.startsWith('Ich sehe'))!;
    expect(comment.category).toBe('comments');
    expect(comment.reasons.map((x) => x.rule)).toContain('document.comments');
  });

  it('ends container text at the first boilerplate after the last paragraph', () => {
    const text = [
      para('First.'),
      'A short line inside',
      para('Second.'),
      'Ana Ruiz, city desk',
      'Share on Facebook',
      'Popular posts',
      'Storm knocks out power to thousands',
      'School board delays vote',
    ].join('\n');
    const r = separate(text, { scope: 'article' });
    expect(r.text.split('\n\n')).toEqual([
      para('First.'),
      'A short line inside',
      para('Second.'),
      'Ana Ruiz, city desk',
    ]);
    const vote = r.blocks.at(-1)!;
    expect(vote.reasons.map((x) => x.rule)).toContain('document.after-article');
    expect(vote.category).toBe('related');
  });

  it('keeps the lines after the last paragraph when no boilerplate ends the article', () => {
    const text = [
      'Share on Facebook',
      para('First.'),
      para('Second.'),
      'Storm knocks out power to thousands',
      'School board delays vote',
      'Reporting by Ana Ruiz; editing by Tom Lee',
    ].join('\n');
    const r = separate(text, { scope: 'article' });
    expect(r.blocks.flatMap((b) => b.reasons.map((x) => x.rule))).not.toContain(
      'document.after-article',
    );
    expect(r.text).toContain('School board delays vote');
  });

  it('takes a list of cut-off snippets for teasers, and one ellipsis for prose', () => {
    const teasers = [
      'Deals',
      'Tablet discounted before the holidays',
      'The newest tablet is already on sale at several stores, and the cheapest offer comes wi...',
      'Laptop maker lists its winter deals',
      'The company has released its list of winter deals to start the shopping season early, startin...',
      'Headphones down to half price',
      'Wireless headphones with adjustable ear hooks are on sale this week, down from their list...',
    ];
    const text = [para('First.'), para('Second.'), ...teasers].join('\n');
    const r = separate(text, { scope: 'article' });
    expect(r.text.split('\n\n')).toEqual([para('First.'), para('Second.')]);
    const snippet = r.blocks[4]!;
    expect(snippet.category).toBe('related');
    expect(snippet.reasons.map((x) => x.rule)).toContain('document.teaser-list');

    const prose = [
      para('First.'),
      'And then, after all those years, the gates opened again, and nobody said a word...',
      para('Second.'),
      para('Third.'),
      para('Fourth.'),
      para('Fifth.'),
    ].join('\n');
    const p = separate(prose, { scope: 'article' });
    expect(p.removed).toEqual([]);
  });

  it('does not take a comment count beside the byline for the comment section', () => {
    const text = [
      'By Ana Ruiz',
      para('First.'),
      '12 comments',
      para('Second.'),
      para('Third.'),
      para('Fourth.'),
      para('Fifth.'),
      para('Sixth.'),
      para('Seventh.'),
      para('Eighth.'),
      para('Ninth.'),
      '12 comments',
      'Reply',
      'Great reporting on the council, thank you.',
      'Reply',
      'The budget is still too high for a town this size.',
      'Reply',
      'Will there be a public hearing on this?',
    ].join('\n');
    const r = separate(text);
    expect(r.text).toContain(para('First.'));
    expect(r.text).toContain(para('Ninth.'));
    expect(r.text).not.toContain('public hearing');
  });

  it('takes a numbered table (standings, calendar) into the run, ties and all', () => {
    const nav = Array.from(
      { length: 30 },
      (_, i) => `Section ${String.fromCharCode(65 + (i % 26))}${i}`,
    );
    const rows = [
      '1 Kyle Busch 5040 5 1 17 27',
      '2 Martin Truex Jr. 5035 7 0 15 24',
      '3 Kevin Harvick 5033 4 6 15 26',
      '3 Denny Hamlin 5033 6 3 19 24',
      '5 Joey Logano 2380 2 3 12 21',
      '6 Ryan Blaney 2339 1 1 11 18',
    ];
    const mostRead = [
      '1 Storm knocks out power',
      '2 School board delays vote',
      '3 Bridge reopens',
      '4 Mayor resigns',
      '5 Rain returns',
    ];
    const lines = [
      ...nav,
      'Final standings',
      'Pos. Driver Points Wins Poles',
      ...rows,
      'Most read',
      ...mostRead,
      ...nav,
    ];
    const r = separate(lines.join('\n'), { scope: 'page' });
    for (const row of rows) expect(r.text).toContain(row);
    expect(r.text).not.toContain('Bridge reopens');
    expect(r.text).not.toContain('Section A0');
  });

  it('ends the article run of a page where the comments start', () => {
    const withComments = [
      ...page.split('\n').slice(0, 12),
      '2 responses to “Council approves new budget”',
      'mike_r says:',
      'Once again the council ignores the people who pay for all of this, as it has done for years and years.',
      'jane.doe says:',
      'I went to the meeting and it was clear the decision had been made long before anybody spoke, which is sad.',
      'pat says:',
      'The new budget still does nothing for the roads on the east side, which have been broken for a decade.',
      ...page.split('\n').slice(12),
    ].join('\n');
    const r = separate(withComments, { scope: 'page' });
    expect(r.text.split('\n\n')).toEqual([
      para('First.'),
      para('Second.'),
      'What comes next',
      para('Third.'),
    ]);
  });

  it('goes on through the numbered list a paragraph ending in a colon introduces', () => {
    const lines = page.split('\n');
    const withList = (leadIn: string) =>
      [
        ...lines.slice(0, 11),
        para('Third.').replace(/\.$/, leadIn),
        '1) Bridge repairs on Main Street',
        'https://example.org/a',
        '2) New buses for the school routes',
        'https://example.org/b',
        '3) A second fire station',
        'https://example.org/c',
        '4) More street lights downtown',
        ...lines.slice(12),
      ].join('\n');
    const kept = separate(withList(', on these projects:'), { scope: 'page' }).text;
    expect(kept).toContain('1) Bridge repairs on Main Street');
    expect(kept).toContain('4) More street lights downtown');
    expect(kept).not.toContain('Storm knocks out power');
    const notIntroduced = separate(withList('.'), { scope: 'page' }).text;
    expect(notIntroduced).not.toContain('1) Bridge repairs on Main Street');
  });

  it('rejects an unknown scope', () => {
    expect(() => separate(page, { scope: 'site' as never })).toThrow(/scope/);
  });
});

describe('phrase rules seen in container text', () => {
  /** Container text: `lines` between two news paragraphs. */
  const betweenParagraphs = (lines: string[]) =>
    separate([para('First.'), ...lines, para('Second.')].join('\n'), { scope: 'article' });

  it('removes alert sign-ups and comment-policy notes, not news that mentions deliveries', () => {
    const boxes = [
      'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.',
      'Let our news meet your inbox.',
      'The Courier values your comments but kindly requests all posts are on topic, constructive and respectful. Please review our commenting policy.',
    ];
    const news =
      'The bakery said its bread had been delivered every morning for forty years, until the fire.';
    const r = betweenParagraphs([...boxes, news]);
    expect(r.removed.map((b) => b.text)).toEqual(boxes);
    expect(r.text).toContain(news);
  });

  it('removes affiliate disclosures as ad, not news about commissions', () => {
    const notes = [
      'We may earn a commission if you buy something through our links.',
      'This post contains affiliate links.',
      'Products are chosen independently by our editors.',
    ];
    const news =
      'The agents said they may earn a commission of three percent on each sale, the report found.';
    const r = betweenParagraphs([...notes, news]);
    expect(r.removed.map((b) => [b.text, b.category])).toEqual(notes.map((n) => [n, 'ad']));
    expect(r.text).toContain(news);
  });
});
