/**
 * Stage `document` (text input only): find the article run(s) inside text that holds more
 * than the article: article-container text with a headline and captions around it, or a
 * whole page flattened to lines (menus, breadcrumbs, related lists, footers).
 *
 * Prose paragraphs score their length; labels, menu items and boilerplate cost. The best
 * contiguous run (maximum-sum segment) is the article, plus any other run nearly as good
 * (an article cut in two by a big promo box). Short lines inside a run stay (subheadings,
 * datelines); lines outside go. The headline and byline just before the run are reported
 * in metadata, not in the text.
 */
import type { Category, Metadata } from '../types.js';
import { addReason, type PipelineContext, type WorkBlock, weightOf } from './types.js';

/** Below this many blocks there is nothing around the article to cut away. */
const MIN_BLOCKS = 6;
/** Whole-page text: at least this many lines, of which fewer than this share are prose. */
const PAGE_MIN_BLOCKS = 60;
const PAGE_PROSE_SHARE = 0.3;
/** Prose outside the runs, as a share of the prose inside, that makes the cut suspect. */
const PROSE_OUTSIDE_LIMIT = 0.5;
/**
 * A second run joins the article when it scores at least this share of the best. At 0.35 a
 * sidebar of column teasers beside a short article got in; at 0.5 aeb-dev whole-page F1
 * rose 0.908 -> 0.911 (recall the same) and wcxb-dev shingle F1 0.911 -> 0.912, as the
 * over-cut guard takes first-to-last paragraph where the article is really in pieces.
 */
const SECOND_RUN_SHARE = 0.5;

type IsProse = (b: WorkBlock) => boolean;

/** A paragraph that reads like article prose: a sentence of ten words or more. */
function punctuatedProse(b: WorkBlock): boolean {
  return b.f.terminal && b.f.words >= 10 && !b.seed;
}

/** A long line of running text (a news sentence is 40-50% stop words) without the full stop. */
function unpunctuatedProse(b: WorkBlock, minWords: number): boolean {
  return !b.seed && !b.f.terminal && b.f.words >= minWords && b.f.stopRatio >= 0.25;
}

/** A lead-in to a list or table: ten words or more ending in a colon, semicolon or comma. */
function leadIn(b: WorkBlock): boolean {
  return !b.seed && b.f.words >= 10 && /[:;,]$/.test(b.f.norm);
}

/**
 * Prose of a page: punctuated paragraphs; paragraphs that lack the full stop when they are
 * long (40 words and more) or sit next to a punctuated paragraph (30 and more), as a line
 * of unpunctuated text among others like it is a list of teasers, not the article; and
 * lead-ins to lists.
 */
function proseOf(blocks: readonly WorkBlock[]): IsProse {
  const set = new Set<WorkBlock>();
  blocks.forEach((b, i) => {
    const nextToProse =
      (i > 0 && punctuatedProse(blocks[i - 1]!)) ||
      (i + 1 < blocks.length && punctuatedProse(blocks[i + 1]!));
    if (
      punctuatedProse(b) ||
      unpunctuatedProse(b, 40) ||
      (nextToProse && unpunctuatedProse(b, 30)) ||
      leadIn(b)
    )
      set.add(b);
  });
  return (b) => set.has(b);
}

function sumProse(
  prose: IsProse,
  blocks: readonly WorkBlock[],
  start: number,
  end: number,
): number {
  let n = 0;
  for (let i = start; i < end; i++) if (prose(blocks[i]!)) n += blocks[i]!.f.chars;
  return n;
}

/** From the first paragraph to the last. */
function spanOfProse(prose: IsProse, blocks: readonly WorkBlock[], sum: number) {
  const start = blocks.findIndex(prose);
  return start < 0 ? null : { start, end: blocks.findLastIndex(prose) + 1, sum };
}

/** What a block adds to (or costs) a run. */
function value(prose: IsProse, b: WorkBlock): number {
  if (b.seed) return -(40 + b.f.chars);
  if (prose(b)) return b.f.chars;
  // A short sentence costs little: it may sit between paragraphs.
  if (b.f.terminal && b.f.words >= 4) return -10;
  return -(20 + b.f.chars * 0.5);
}

/** Maximum-sum segment of `v` within [from, to). */
function bestRun(
  v: number[],
  from: number,
  to: number,
): { start: number; end: number; sum: number } {
  let best = { start: -1, end: -1, sum: 0 };
  let sum = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += v[i]!;
    if (sum > best.sum) best = { start, end: i + 1, sum };
  }
  return best;
}

const BYLINE =
  /^(?:by|von|par|por|di|door|de|por|от|autor(?:in)?:?|text:?)\s+\p{Lu}[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,5}(?:\s*[|,·•–—]\s*[^|\n]{0,60})?$/iu;

/** A commenter's line: "name says:" ("sagt:", "dit :", "dice:", "disse:", "pisze:", ...). */
const COMMENT_AUTHOR =
  /^[^\s:]+(?:\s+[^\s:]+){0,3}\s+(?:says|wrote|sagt|schreibt|schrieb|dit|écrit|dice|dijo|escribió|escreveu|diz|disse|scrive|scritto|zegt|schreef|pisze|napisał|napisała|пишет|написал|написала|говорит)\s?:$/iu;
/** A comment's reply button. */
const COMMENT_REPLY =
  /^(?:reply|antworten|répondre|responder|rispondi|reageer|reageren|odpowiedz|ответить)$/iu;
/** The heading of a comment section: "34 responses to", "12 Kommentare", "5 commentaires", ... */
const COMMENT_COUNT =
  /^\[?\s?\d[\d.,]*\s(?:comments?|responses?|replies|thoughts\son|Kommentare?|commentaires?|réponses?|comentarios?|comentários?|respuestas|commenti|risposte|reacties|komentarz[ey]?|odpowiedzi|коммент)/iu;
/** A comment's time stamp: "2 days ago", "vor 2 Tagen", "il y a 3 heures", or a date line. */
const RELATIVE_TIME =
  /^(?:\d+\s\p{L}+\sago\b|vor\s\d+\s\p{L}+$|il\sy\sa\s\d+\s\p{L}+$|hace\s\d+\s\p{L}+$|há\s\d+\s\p{L}+$|\d+\s\p{L}+\s(?:fa|geleden|temu|назад)$)/iu;
/** The first comment lies at most this many blocks after the section's heading. */
const COMMENT_GAP = 8;
/** How far (in blocks) the markers of one comment section lie from its heading. */
const COMMENT_WINDOW = 40;

function commentMarker(b: WorkBlock, withHeading: boolean): boolean {
  if (b.f.words > 8) return false;
  if (COMMENT_AUTHOR.test(b.f.norm) || COMMENT_REPLY.test(b.f.norm)) return true;
  return (
    withHeading &&
    (RELATIVE_TIME.test(b.f.norm) || b.reasons.some((r) => r.rule.endsWith('.date-line')))
  );
}

function commentHeading(b: WorkBlock): boolean {
  if (b.f.words > 12) return false;
  return (
    COMMENT_COUNT.test(b.f.norm) ||
    b.reasons.some((r) => r.category === 'comments' && r.weight > 0 && r.stage === 'classify')
  );
}

/**
 * Where the readers' comments start, or -1: a comment heading ("34 responses to ...") or a
 * commenter's line ("name says:") after the first paragraph, followed by at least three
 * comments, each a marker (commenter, time stamp, reply button) with text after it.
 */
export function commentStart(blocks: readonly WorkBlock[]): number {
  const firstProse = blocks.findIndex(punctuatedProse);
  if (firstProse < 0) return -1;
  for (let i = firstProse + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    const heading = commentHeading(b);
    if (!heading && !(b.f.words <= 8 && COMMENT_AUTHOR.test(b.f.norm))) continue;
    let markers = 0;
    let first = -1;
    const end = Math.min(blocks.length, i + COMMENT_WINDOW);
    for (let j = heading ? i + 1 : i; j < end; j++) {
      if (!commentMarker(blocks[j]!, heading)) continue;
      const next = blocks[j + 1];
      if (next && !commentMarker(next, heading) && next.f.words >= 3) {
        markers++;
        if (first < 0) first = j;
      }
    }
    // The first comment follows its heading closely: a comment count beside the byline
    // ("47 comments") is not where the comments start.
    if (markers >= 3 && first - i <= COMMENT_GAP) return i;
  }
  return -1;
}

/** The `document` stage; returns metadata found (title, byline, date). */
export function documentStage(
  blocks: WorkBlock[],
  ctx: PipelineContext,
): { blocks: WorkBlock[]; metadata: Metadata } {
  const metadata: Metadata = {};
  if (blocks.length < MIN_BLOCKS || blocks.some((b) => b.dom)) return { blocks, metadata };
  markTeasers(blocks);
  markCaptions(blocks);
  keepTemplates(blocks, proseOf(blocks), ctx.options.threshold);
  // Measured again: a template's lines are no longer seeds, so they may be prose now.
  const prose = proseOf(blocks);
  // Table rows count as prose for the run, not for the over-cut guard: a table inside the
  // run must not hide paragraphs left outside it.
  const rows = new Set(dataRows(blocks));
  const runProse: IsProse = (b) => prose(b) || rows.has(b);
  const v = blocks.map((b) => value(runProse, b));
  const proseBlocks = blocks.filter(punctuatedProse).length;
  // Readers' comments end the article area: their prose is not the article's.
  const comments = commentStart(blocks);
  const limit = comments >= 0 ? comments : blocks.length;
  const proseChars = sumProse(prose, blocks, 0, limit);
  let runs: { start: number; end: number; sum: number }[];
  // Whole-page text has many lines, most of them not prose (menus, lists, footers); text
  // from the article's container is mostly paragraphs, and the classifier alone decides
  // there: what looks like chrome around an article is too often its own (lists, notes).
  const scope = ctx.options.scope ?? 'auto';
  const pageLike =
    scope === 'page' ||
    (scope === 'auto' &&
      blocks.length >= PAGE_MIN_BLOCKS &&
      proseBlocks < PAGE_PROSE_SHARE * blocks.length);
  if (!pageLike) {
    if (comments >= 0) markComments(blocks, comments);
    markHead(blocks, prose, limit, metadata);
    markTail(blocks, runProse, limit);
    return { blocks, metadata };
  } else {
    const main = bestRun(v, 0, limit);
    if (main.start < 0) return { blocks, metadata };
    runs = [main];
    for (const [from, to] of [
      [0, main.start],
      [main.end, limit],
    ] as const) {
      const other = bestRun(v, from, to);
      if (other.start >= 0 && other.sum >= SECOND_RUN_SHARE * main.sum) runs.push(other);
    }
    // Over-cut guard: when much of the prose lies outside the runs, the best run was a
    // fragment (a quote box, a long caption), so fall back to first-to-last paragraph.
    const inside = runs.reduce((n, r) => n + sumProse(prose, blocks, r.start, r.end), 0);
    if (proseChars - inside > PROSE_OUTSIDE_LIMIT * inside) {
      runs = [spanOfProse(prose, blocks.slice(0, limit), proseChars)!];
    }
  }
  // A run ends with its last paragraph; short sentences right after it belong to it.
  for (const r of runs) {
    while (
      r.end < limit &&
      !blocks[r.end]!.seed &&
      blocks[r.end]!.f.terminal &&
      blocks[r.end]!.f.words >= 4
    ) {
      r.end++;
    }
    r.end = numberedListEnd(blocks, r.end, limit);
  }
  const inRun = (i: number) => runs.some((r) => i >= r.start && i < r.end);
  const first = Math.min(...runs.map((r) => r.start));
  const last = Math.max(...runs.map((r) => r.end));

  // Headline, byline and date: the lines just before the article.
  const roles = headRoles(blocks, first, metadata, { overSeeds: false });

  blocks.forEach((b, i) => {
    if (inRun(i)) return;
    const role = roles.get(i);
    if (role) {
      addReason(b, {
        rule: `document.${role}`,
        category: 'other',
        weight: 2,
        stage: 'document',
        evidence: `the ${role === 'date' ? 'date' : role} before the article: reported in metadata`,
      });
    } else {
      const category: Category =
        b.lead ??
        (i < first
          ? 'navigation'
          : comments >= 0 && i >= comments
            ? 'comments'
            : i >= last
              ? guessAfter(b)
              : 'other');
      addReason(b, {
        rule: 'document.outside',
        category,
        weight: 2,
        stage: 'document',
        evidence: `outside the article run (blocks ${runs.map((r) => `${r.start}-${r.end - 1}`).join(', ')})`,
      });
    }
    b.lead ??= b.reasons.at(-1)!.category;
    b.seed = true;
  });
  return { blocks, metadata };
}

type Role = 'title' | 'byline' | 'date';

/** A byline's start: "By Jane Doe | ...", "von Anna Schmidt", "par Jean Dupont", "di Marco Rossi". */
const BYLINE_START =
  /^(?:By|BY|by|Von|von|VON|Par|par|PAR|Por|por|POR|Door|door|di|DI|Autor(?:in)?:?|От|от)\s+\p{Lu}/u;
/** A date in figures: "05/10/2018", "20.11.2019", "2019-11-20". */
const NUMERIC_DATE = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?!\d)/u;
/** A month's name and a year: "Nov. 20, 2019", "August 08, 2018", "18 Nov 2019", "Maret 30, 2015". */
const WORD_DATE =
  /\p{L}{3,}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}\.?\s\p{L}{3,}\.?,?\s(?:19|20)\d{2}(?!\d)/u;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
const CLOCK = /(?<!\d)\d{1,2}[:.]\d{2}(?!\d)/u;

/**
 * A byline or date line of an article's head: a date or byline rule of its own, or a short
 * line (15 words at most; a byline 25) that starts like a byline or holds a date (in
 * figures, with a month's name, or a year and a time), as "LinkNaija August 08, 2018" and
 * "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM" do.
 */
function bylineOrDate(b: WorkBlock): boolean {
  if (
    BYLINE.test(b.f.norm) ||
    b.reasons.some((r) => r.rule.endsWith('.date-line') || r.rule.endsWith('.byline-line'))
  )
    return true;
  if (b.f.words <= 25 && !b.f.terminal && BYLINE_START.test(b.f.norm)) return true;
  return (
    b.f.words <= 15 &&
    (NUMERIC_DATE.test(b.f.norm) ||
      WORD_DATE.test(b.f.norm) ||
      (YEAR.test(b.f.norm) && CLOCK.test(b.f.norm)))
  );
}

/**
 * Headline, byline and date among the (at most eight) lines before the article's first
 * block at `first`; fills `metadata` and returns the role of each line found. In a whole
 * page a line with boilerplate evidence ends the search (a menu lies above); in container
 * text it is passed over (a photo credit or a share bar between headline and body).
 */
function headRoles(
  blocks: readonly WorkBlock[],
  first: number,
  metadata: Metadata,
  { overSeeds }: { overSeeds: boolean },
): Map<number, Role> {
  const roles = new Map<number, Role>();
  for (let i = first - 1; i >= Math.max(0, first - 8); i--) {
    const b = blocks[i]!;
    if (
      b.seed &&
      !b.reasons.some((r) => r.rule.endsWith('.date-line') || r.rule.endsWith('.byline-line'))
    ) {
      if (overSeeds) continue;
      break;
    }
    if (!metadata.byline && BYLINE.test(b.f.norm)) {
      metadata.byline = b.f.norm.replace(/^\S+\s+/, '').split(/(?<!\s)\s*[|,·•–—]\s*/)[0]; // lookbehind: linear on runs of spaces
      roles.set(i, 'byline');
    } else if (!metadata.publishedTime && b.reasons.some((r) => r.rule.endsWith('.date-line'))) {
      metadata.publishedTime = b.f.norm;
      roles.set(i, 'date');
    } else if (
      !metadata.title &&
      b.f.words >= 3 &&
      b.f.words <= 30 &&
      !/[.:]$/.test(b.f.norm) &&
      b.f.separators === 0 &&
      // A caption with its credit ("... on Monday. Photo: Jane Roe/AP") is two sentences.
      !(overSeeds && b.f.sentences.length > 1)
    ) {
      metadata.title = b.f.norm;
      roles.set(i, 'title');
    }
  }
  return roles;
}

/** A headline or label: a line of at most this many words without a sentence end. */
const HEAD_LINE_WORDS = 20;
/** Lines (not counting ones with boilerplate evidence) above the byline or date line. */
const HEAD_MAX_ABOVE = 8;
/** Lines between the byline or date line (or the top) and the first paragraph. */
const HEAD_MAX_BELOW = 3;

/**
 * Where the article's body starts in container text, or -1 when nothing comes before it.
 * The head is the block of lines down to the last byline or date line that comes before
 * two paragraphs in a row (a paragraph above it was the standfirst or the lead image's
 * caption), then up to three short lines (kicker, credit, label) above the next paragraph.
 * A long line, or a fourth short one, below the byline is the article's own: its first
 * paragraph may lack a full stop, and a list may open it.
 */
function headEnd(blocks: readonly WorkBlock[], prose: IsProse, limit: number): number {
  let byline = -1;
  let above = 0;
  let paragraphs = 0;
  for (let i = 0; i < limit && above <= HEAD_MAX_ABOVE; i++) {
    const b = blocks[i]!;
    // Two paragraphs in a row, or a third one, are the article's.
    if (prose(b) && (++paragraphs > 2 || (i > 0 && prose(blocks[i - 1]!)))) break;
    if (bylineOrDate(b)) byline = i;
    else if (!b.seed) above++;
  }
  if (byline < 0 && above === 0) return -1;
  let below = 0;
  for (let i = byline + 1; i < limit; i++) {
    const b = blocks[i]!;
    if (prose(b)) return i;
    if (b.seed) continue;
    if (b.f.terminal || b.f.words > HEAD_LINE_WORDS || ++below > HEAD_MAX_BELOW) break;
  }
  return byline + 1;
}

/**
 * Container text: the lines before the article's body (headline, kicker, standfirst,
 * byline, date, the lead image's caption and credit, share labels) are not its text. The
 * headline, byline and date go to metadata, as in whole-page text. Measured on aeb-dev
 * container text, whose ground truth holds the body only.
 */
function markHead(blocks: WorkBlock[], prose: IsProse, limit: number, metadata: Metadata): void {
  const start = headEnd(blocks, prose, limit);
  if (start <= 0) return;
  const roles = headRoles(blocks, start, metadata, { overSeeds: true });
  for (let i = 0; i < start; i++) {
    const b = blocks[i]!;
    const role = roles.get(i);
    if (b.seed && !role) continue;
    addReason(b, {
      rule: role ? `document.${role}` : 'document.before-article',
      category: role || b.f.terminal ? 'other' : 'navigation',
      weight: 2,
      stage: 'document',
      evidence: role
        ? `the ${role} before the article: reported in metadata`
        : `before the article's first paragraph (block ${start})`,
    });
    b.lead ??= b.reasons.at(-1)!.category;
    b.seed = true;
  }
}

/**
 * An image caption with its credit at the end, after the caption's last sentence: "...
 * last week.Credit...Anna Moneymaker/The New York Times", "... on July 25, 2019.J. Scott
 * Applewhite / AP file", "... Nogales, Ariz. (AP)", "... (AP Photo/David Zalubowski)",
 * "... rats and rabbits. ( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)", "... Credit: ESA".
 * A scraper glues the credit to the caption; a paragraph does not end that way.
 */
const CAPTION_CREDIT =
  /(?:[.!?…)]\s?(?:Credits?|Crédits?|Créditos?|Photos?|Fotos?|Foto|Bild|Images?|Imagen|Imagem|Фото)\s?(?:\.\.\.|…|:)\s?\S[^\n]{0,60}|[.!?]\p{Lu}[\p{L}.'’ -]{1,40}\s?[/|]\s?[\p{L}.'’ -]{1,40}|\s\((?:AP|AFP|Reuters|Getty Images|EPA|dpa|ANSA|EFE|Lusa)(?:\s?Photo\s?\/[^)\n]{1,60})?\)|\s\(\s?[\p{Lu} .-]{2,40}\/[\p{Lu} .-]{2,40}\))$/u;
/** A caption is a sentence or two: at least this many words, and at most the second. */
const CAPTION_MIN_WORDS = 6;
const CAPTION_MAX_WORDS = 80;

/** Text: image captions that end in their credit go as `other` (`document.caption`). */
function markCaptions(blocks: WorkBlock[]): void {
  for (const b of blocks) {
    if (b.seed || b.f.words < CAPTION_MIN_WORDS || b.f.words > CAPTION_MAX_WORDS) continue;
    if (!CAPTION_CREDIT.test(b.f.norm)) continue;
    addReason(b, {
      rule: 'document.caption',
      category: 'other',
      weight: 1,
      stage: 'document',
      evidence: 'an image caption ending in its photo credit',
    });
    b.lead ??= 'other';
    b.seed = true;
  }
}

/** A template is filled at least this many times (a carousel caught twice is two copies). */
const TEMPLATE_COPIES = 3;
/** Own evidence (phrase rules) that makes a repeated line boilerplate whatever repeats it. */
const OWN_EVIDENCE = 0.6;

function ownEvidence(b: WorkBlock): number {
  return weightOf(b, (r) => r.stage === 'classify' && r.weight > 0);
}

/**
 * A run of lines that recurs three or more times between the text's
 * first and last paragraphs, none of its lines with boilerplate evidence of its own, is a
 * template the article fills again and again (the days of a meal plan, the boxes of a
 * product list), not a carousel caught twice: its repetition evidence is withdrawn. A
 * share bar repeated three times keeps going, as its buttons have evidence of their own.
 */
function keepTemplates(blocks: WorkBlock[], prose: IsProse, threshold: number): void {
  const first = blocks.findIndex(prose);
  const last = blocks.findLastIndex(prose);
  if (first < 0 || last <= first) return;
  const copies = new Map<number, number>();
  for (let i = first; i < last; i++) {
    const j = blocks[i]!.repeatOf;
    if (j !== undefined && j >= first) copies.set(j, (copies.get(j) ?? 1) + 1);
  }
  const repeated = (b: WorkBlock) => b.reasons.some((r) => r.stage === 'repetition');
  // Runs of consecutive repeated lines; a run is kept only when no line of it has evidence
  // of its own and one of its lines recurs three times or more.
  let i = first;
  while (i < last) {
    if (!repeated(blocks[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < last && repeated(blocks[j]!)) j++;
    const run = blocks.slice(i, j);
    const template =
      run.every((b) => ownEvidence(b) < OWN_EVIDENCE) &&
      run.some((b, k) => {
        const orig = b.repeatOf ?? i + k;
        return (copies.get(orig) ?? 0) >= TEMPLATE_COPIES;
      });
    if (template) {
      for (const b of run) {
        const rep = weightOf(b, (r) => r.stage === 'repetition');
        addReason(b, {
          rule: 'document.template',
          weight: -Math.round((rep + 0.5) * 100) / 100,
          stage: 'document',
          evidence:
            'a line of a template the article repeats three times or more (a meal plan, a product list)',
        });
        b.seed = b.score >= threshold && b.lead !== undefined;
      }
    }
    i = j;
  }
}

const ITEM_NUMBER = /^\(?(\d{1,3})[.)]\s/u;
/**
 * A row of a numbered table or calendar: the row's number ("1", "1.", "1a", "1º", "1st")
 * and, after it, another figure (points, a date, a score): "1 Kyle Busch 5040 5 1 17 27",
 * "1a etapa: 10 de março – Interlagos".
 */
const DATA_ROW = /^(\d{1,3})(?:st|nd|rd|th|er|e|a|o|ª|º|°)?[.):]?\s+\D{0,80}?\d/u;
/** A numbered table has at least this many rows, numbered 1, 2, 3, ... (ties aside). */
const DATA_ROWS_MIN = 5;

function dataRowNumber(b: WorkBlock): number {
  if (b.seed || b.f.words > 30) return -1;
  const m = DATA_ROW.exec(b.f.norm);
  return m ? Number(m[1]) : -1;
}

/**
 * The rows of numbered tables (standings, calendars, results): five or more lines in a
 * row numbered 1, 2, 3, ... (a tie repeats a number), each with a figure after its number. They are the article
 * of a data page, though none of them is a sentence; a "Most read" list has no figures.
 */
function dataRows(blocks: readonly WorkBlock[]): WorkBlock[] {
  const rows: WorkBlock[] = [];
  let i = 0;
  while (i < blocks.length) {
    if (dataRowNumber(blocks[i]!) !== 1) {
      i++;
      continue;
    }
    let j = i + 1;
    // A tie repeats the number above it ("6 (tie)", "6 (tie)", "8").
    for (; j < blocks.length; j++) {
      const n = dataRowNumber(blocks[j]!);
      if (n !== j - i + 1 && n !== dataRowNumber(blocks[j - 1]!)) break;
    }
    if (j - i >= DATA_ROWS_MIN) rows.push(...blocks.slice(i, j));
    i = j;
  }
  return rows;
}
/** Lines (links, prices) that may sit between the items of a numbered list. */
const ITEM_GAP = 2;

/**
 * A run whose last paragraph ends in a colon goes on through the numbered list it
 * introduces ("Here are the offers:" then "1) ...", "2) ..."), with up to two lines
 * between items; returns the new end of the run.
 */
function numberedListEnd(blocks: readonly WorkBlock[], end: number, limit: number): number {
  if (end === 0 || !/:$/.test(blocks[end - 1]!.f.norm)) return end;
  let expect = 1;
  let last = end;
  for (let i = end; i < limit && i - last <= ITEM_GAP; i++) {
    const b = blocks[i]!;
    const m = ITEM_NUMBER.exec(b.text.trimStart());
    if (m && Number(m[1]) === expect && !b.seed) {
      expect++;
      last = i + 1;
    }
  }
  return expect > 3 ? last : end;
}

/** Container text: the comment section from `start` to the end goes. */
function markComments(blocks: WorkBlock[], start: number): void {
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.seed) continue;
    addReason(b, {
      rule: 'document.comments',
      category: 'comments',
      weight: 2,
      stage: 'document',
      evidence: `in the readers' comments (from block ${start})`,
    });
    b.lead ??= 'comments';
    b.seed = true;
  }
}

/** After the article: headline lists are related links, the rest page furniture. */
function guessAfter(b: WorkBlock): Category {
  return !b.f.terminal && b.f.words >= 4 && b.f.words <= 20 ? 'related' : 'navigation';
}

/**
 * Container text: after the article's last paragraph, the first block with boilerplate
 * evidence of its own (a share bar, a "Related" heading, a sign-up) ends the article, and
 * the lines after it (headline lists, tags, prices, widget labels) go with it. Measured on
 * aeb-dev container text, where most kept boilerplate lay after the article's end.
 */
function markTail(blocks: WorkBlock[], prose: IsProse, limit: number): void {
  const last = blocks.slice(0, limit).findLastIndex(prose);
  if (last < 0) return;
  let end = -1;
  for (let i = last + 1; i < limit; i++) {
    const b = blocks[i]!;
    // The end is a label, heading or button (eight words at most) with evidence beyond
    // repetition: a lone repeated line (a stray embed code) or a longer line (a caption
    // with a © credit, above an info box the article still holds) ends nothing.
    if (
      b.seed &&
      b.f.words <= 8 &&
      b.reasons.some((r) => r.weight > 0 && r.rule !== 'repetition.duplicate')
    ) {
      end = i;
      break;
    }
  }
  if (end < 0) return;
  for (let i = end + 1; i < limit; i++) {
    const b = blocks[i]!;
    if (b.seed) continue;
    // A line right under a box ("Comments (0)", then "Be the first to comment") is the box's.
    const prev = blocks[i - 1]!;
    const above = prev.reasons.some((r) => r.rule === 'document.after-article')
      ? undefined
      : prev.lead;
    addReason(b, {
      rule: 'document.after-article',
      category: above && above !== 'ad' && above !== 'other' ? above : guessAfter(b),
      weight: 2,
      stage: 'document',
      evidence: `after the article's last paragraph (block ${last}) and the boilerplate at block ${end}`,
    });
    b.lead ??= b.reasons.at(-1)!.category;
    b.seed = true;
  }
}

/**
 * A teaser's snippet, cut off by the site: it ends in "..." or "…" after a word or a comma,
 * not after a sentence's end.
 */
const TRUNCATED = /[^\s.!?…]\s?(?:\.\.\.|…)$/u;
/** Teasers of one list lie at most this many blocks apart (headline, byline, date, label). */
const TEASER_GAP = 4;
/** A list of teasers has at least this many cut-off snippets. */
const TEASER_MIN = 3;

/** A teaser's headline, byline or date: a short line without a sentence end. */
function headlineLike(b: WorkBlock): boolean {
  return !b.f.terminal && b.f.words <= 20;
}

function truncated(b: WorkBlock): boolean {
  return b.f.words >= 5 && TRUNCATED.test(b.f.norm);
}

/**
 * A list of teasers: three or more snippets cut off mid-text ("... plus JBL he...") within
 * a few lines of each other. One such line is a writer's ellipsis; a series is a "Deals" or
 * "Most read" box whose snippets the site shortened. The snippets become evidence of a
 * related list, so the article run stops before them and context takes their headlines.
 */
function markTeasers(blocks: WorkBlock[]): void {
  let run: number[] = [];
  const flush = () => {
    if (run.length >= TEASER_MIN) {
      const first = run[0]!;
      const last = run.at(-1)!;
      // The list's heading and the first teaser's headline come before its snippet.
      let from = first;
      while (from > 0 && first - from < TEASER_GAP && headlineLike(blocks[from - 1]!)) from--;
      for (let i = from; i <= last; i++) {
        const b = blocks[i]!;
        if (b.seed || !(truncated(b) || headlineLike(b))) continue;
        addReason(b, {
          rule: 'document.teaser-list',
          category: 'related',
          weight: 1,
          stage: 'document',
          evidence: `in a list of ${run.length} cut-off snippets (blocks ${first}-${last})`,
        });
        b.lead = 'related';
        b.seed = true;
      }
    }
    run = [];
  };
  blocks.forEach((b, i) => {
    if (!truncated(b)) return;
    if (run.length > 0 && i - run.at(-1)! > TEASER_GAP) flush();
    run.push(i);
  });
  flush();
}
