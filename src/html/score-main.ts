/**
 * chaff's own main-content scorer, on the blocks of the cheerio tree: Readability's
 * algorithm (paragraphs give points to their parent and, less, to its ancestors; class and
 * id words and the tag weigh in; the best element, discounted by its link density, wins
 * and takes siblings that scored well) without a second DOM. It answers with a confidence,
 * so that the caller can ask Readability on jsdom when the page is unclear.
 */
import type { Element } from 'domhandler';
import type { HtmlBlock } from './blocks.js';

/** Share of an ancestor's points by distance: parent, grandparent, then further up. */
const DIVISORS = [1, 2, 6, 9, 12];

/** A paragraph that reads like article prose. */
export function isProse(b: HtmlBlock): boolean {
  const words = b.text.split(' ').length;
  return words >= 12 && /[.!?…。！？]["'”’»)]*$/u.test(b.text) && b.dom.linkDensity < 0.35;
}

// Readability.js 0.6's class/id word lists (REGEXPS.positive, .negative, .unlikelyCandidates,
// .okMaybeItsACandidate): substring matches, as there. All are alternations of literals.
const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;
const UNLIKELY_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
]);
/** Readability's initial score by tag. */
const TAG_SCORE: Record<string, number> = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};
/** Containers Readability cleans conditionally. */
const CLEANED_TAGS = new Set(['div', 'ul', 'ol', 'table', 'form', 'fieldset']);
/** Holders whose text Readability scores as a paragraph. */
const SCORED_HOLDERS = new Set(
  'p td pre section h2 h3 h4 h5 h6 div article main blockquote'.split(' '),
);

function classWeight(el: Element | undefined): number {
  if (!el) return 0;
  let w = 0;
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (cls) {
    if (NEGATIVE.test(cls)) w -= 25;
    if (POSITIVE.test(cls)) w += 25;
  }
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}

function isUnlikely(el: Element | undefined): boolean {
  if (!el || el.name === 'body' || el.name === 'a' || el.name === 'html') return false;
  const role = el.attribs.role;
  if (role && UNLIKELY_ROLES.has(role)) return true;
  const match = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (match.length < 2) return false;
  return UNLIKELY.test(match) && !MAYBE.test(match);
}

/** The element holding the most prose, by {@link scoreByProse}. */
export interface ProseMain {
  /** Ids of every element inside the chosen roots. */
  ids: Set<number>;
  /** The chosen root elements. */
  roots: number[];
}

/** The main content by {@link scoreMain}, with what {@link confident}-style checks need. */
export interface ScoredMain extends ProseMain {
  /** Top candidate's final score, and the best score outside it. */
  top: number;
  runnerUp: number;
  /** Share of the page's prose characters inside the chosen roots. */
  proseShare: number;
  /** Characters of text inside the chosen roots. */
  chars: number;
}

/** Cache a function of an element id. */
function memo<T>(f: (id: number) => T): (id: number) => T {
  const seen = new Map<number, T>();
  return (id) => {
    if (seen.has(id)) return seen.get(id)!;
    const v = f(id);
    seen.set(id, v);
    return v;
  };
}

interface Flags {
  stripUnlikely: boolean;
  weightClasses: boolean;
}

/** Readability's minimum article length before it retries with fewer filters. */
const CHAR_THRESHOLD = 500;

/**
 * Pick the main content from block paths; null when the page has no prose.
 * `elements[id]` is the element with that chaff id. As Readability does, a choice under
 * 500 characters is retried without the unlikely-candidate filter, then without class
 * weights; the longest attempt wins when none reaches 500.
 */
export function scoreMain(
  blocks: readonly HtmlBlock[],
  elements: readonly (Element | undefined)[],
): ScoredMain | null {
  const attempts: ScoredMain[] = [];
  for (const flags of [
    { stripUnlikely: true, weightClasses: true },
    { stripUnlikely: false, weightClasses: true },
    { stripUnlikely: false, weightClasses: false },
  ]) {
    const got = attempt(blocks, elements, flags);
    if (!got) continue;
    if (got.chars >= CHAR_THRESHOLD) return got;
    attempts.push(got);
  }
  return attempts.reduce<ScoredMain | null>((a, b) => (a && a.chars >= b.chars ? a : b), null);
}

function attempt(
  blocks: readonly HtmlBlock[],
  elements: readonly (Element | undefined)[],
  flags: Flags,
): ScoredMain | null {
  const unlikely = memo((id) => isUnlikely(elements[id]));
  const chars = new Map<number, number>();
  const links = new Map<number, number>();
  const parent = new Map<number, number>();
  const children = new Map<number, Set<number>>();
  // Paragraphs: blocks grouped by holder (a <p> cut by <br>s is one paragraph).
  const para = new Map<number, { len: number; commas: number; from: number; path: number[] }>();
  const commasIn = new Map<number, number>();
  const listChars = new Map<number, number>();
  const pCount = new Map<number, number>();
  const liCount = new Map<number, number>();
  const headingChars = new Map<number, number>();
  let lastHolder = -1;
  for (const b of blocks) {
    const path = b.path;
    for (let i = 1; i < path.length; i++) {
      if (parent.has(path[i]!)) continue;
      parent.set(path[i]!, path[i - 1]!);
      const c = children.get(path[i - 1]!) ?? new Set<number>();
      children.set(path[i - 1]!, c.add(path[i]!));
    }
    const commas = b.text.match(/[,，、]/g)?.length ?? 0;
    const holderTag = elements[b.elementId]?.name;
    const newHolder = b.elementId !== lastHolder;
    lastHolder = b.elementId;
    for (const id of path) {
      chars.set(id, (chars.get(id) ?? 0) + b.text.length);
      links.set(id, (links.get(id) ?? 0) + b.dom.linkDensity * b.text.length);
      if (commas) commasIn.set(id, (commasIn.get(id) ?? 0) + commas);
      if (b.dom.listItem) listChars.set(id, (listChars.get(id) ?? 0) + b.text.length);
      if (b.kind === 'heading') headingChars.set(id, (headingChars.get(id) ?? 0) + b.text.length);
      if (newHolder && holderTag === 'p') pCount.set(id, (pCount.get(id) ?? 0) + 1);
      if (newHolder && holderTag === 'li') liCount.set(id, (liCount.get(id) ?? 0) + 1);
    }
    const holderAt = path.lastIndexOf(b.elementId);
    const holder = elements[b.elementId];
    if (holderAt < 1 || !holder || !SCORED_HOLDERS.has(holder.name)) continue;
    if (b.hidden || (flags.stripUnlikely && path.some(unlikely))) continue;
    const p = para.get(b.elementId);
    if (p) {
      p.len += b.text.length + 1;
      p.commas += commas;
    } else para.set(b.elementId, { len: b.text.length, commas, from: holderAt - 1, path });
  }
  const score = new Map<number, number>();
  const init = (id: number) => {
    let s = score.get(id);
    if (s === undefined) {
      const el = elements[id];
      s = (TAG_SCORE[el?.name ?? ''] ?? 0) + (flags.weightClasses ? classWeight(el) : 0);
      score.set(id, s);
    }
    return s;
  };
  for (const p of para.values()) {
    if (p.len < 25) continue;
    const points = 1 + p.commas + Math.min(3, Math.floor(p.len / 100));
    for (let d = 0; d < DIVISORS.length && p.from - d >= 0; d++) {
      const id = p.path[p.from - d]!;
      score.set(id, init(id) + points / DIVISORS[d]!);
    }
  }
  const final = new Map<number, number>();
  for (const [id, s] of score) {
    final.set(id, s * (1 - (links.get(id) ?? 0) / Math.max(1, chars.get(id) ?? 1)));
  }
  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  let [top, best] = ranked[0]!;
  const ancestors = (id: number) => {
    const out: number[] = [];
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) out.push(p);
    return out;
  };
  // Readability: when three of the next top candidates share an ancestor with the top one,
  // that ancestor holds the article (a story split over sibling containers).
  const alternatives = ranked
    .slice(1, 5)
    .filter(([, s]) => s / best >= 0.75)
    .map(([id]) => id);
  if (alternatives.length >= 3) {
    const altAncestors = alternatives.map((id) => new Set(ancestors(id)));
    for (const a of ancestors(top)) {
      if (elements[a]?.name === 'body') break;
      if (altAncestors.filter((s) => s.has(a)).length >= 3) {
        top = a;
        break;
      }
    }
  }
  // Climb while the parent scores better (a wrapper that holds more of the article).
  {
    let last = final.get(top) ?? 0;
    const threshold = last / 3;
    for (let p = parent.get(top); p !== undefined; p = parent.get(p)) {
      if (elements[p]?.name === 'body') break;
      const ps = final.get(p);
      if (ps === undefined) continue;
      if (ps < threshold) break;
      if (ps > last) {
        top = p;
        break;
      }
      last = ps;
    }
  }
  // An only child stands for its parent.
  for (let p = parent.get(top); p !== undefined; p = parent.get(p)) {
    if (elements[p]?.name === 'body' || (children.get(p)?.size ?? 0) !== 1) break;
    top = p;
  }
  best = final.get(top) ?? best;
  const roots = [top];
  const p = parent.get(top);
  const topClass = elements[top]?.attribs.class;
  if (p !== undefined) {
    const threshold = Math.max(10, best * 0.2);
    for (const id of children.get(p) ?? []) {
      if (id === top) continue;
      const s = final.get(id);
      if (s === undefined) continue;
      const bonus = topClass && elements[id]?.attribs.class === topClass ? best * 0.2 : 0;
      if (s + bonus >= threshold) roots.push(id);
    }
  }
  const rootSet = new Set(roots);
  // Readability's `_cleanConditionally` on the chosen content: containers with a negative
  // class weight, or few commas and much link text, go.
  const cleaned = memo((id) => {
    const el = elements[id];
    let c = false;
    if (el && CLEANED_TAGS.has(el.name)) {
      const weight = flags.weightClasses ? classWeight(el) : 0;
      const len = chars.get(id) ?? 0;
      const density = (links.get(id) ?? 0) / Math.max(1, len);
      const isList =
        el.name === 'ul' || el.name === 'ol' || (listChars.get(id) ?? 0) / Math.max(1, len) > 0.9;
      if (weight < 0) c = true;
      else if ((commasIn.get(id) ?? 0) < 10) {
        const p = pCount.get(id) ?? 0;
        const headingDensity = (headingChars.get(id) ?? 0) / Math.max(1, len);
        c =
          (!isList && (liCount.get(id) ?? 0) - 100 > p) ||
          (!isList && headingDensity < 0.9 && len < 25 && density > 0) ||
          (!isList && weight < 25 && density > 0.2) ||
          (weight >= 25 && density > 0.5);
      }
    }
    return c;
  });
  const ids = new Set<number>();
  let prose = 0;
  let proseIn = 0;
  let inChars = 0;
  const firstPath = new Map<number, number[]>();
  for (const b of blocks) {
    for (const id of b.path) if (!firstPath.has(id)) firstPath.set(id, b.path);
    // Readability takes unlikely elements out of the page before it scores: what they hold
    // is not in the article even when their ancestor is.
    const stripped = flags.stripUnlikely && b.path.some(unlikely);
    let at = stripped ? -1 : b.path.findIndex((id) => rootSet.has(id));
    if (at >= 0) {
      for (let i = at + 1; i < b.path.length; i++) {
        if (cleaned(b.path[i]!)) {
          at = -1;
          break;
        }
      }
    }
    if (at >= 0) {
      for (let i = at; i < b.path.length; i++) ids.add(b.path[i]!);
      inChars += b.text.length;
    }
    if (isProse(b)) {
      prose += b.text.length;
      if (at >= 0) proseIn += b.text.length;
    }
  }
  // The best candidate that is neither inside nor around the chosen roots.
  let runnerUp = 0;
  for (const [id, s] of ranked) {
    if (s <= runnerUp) break;
    if (ids.has(id) || firstPath.get(id)?.some((x) => rootSet.has(x))) continue;
    runnerUp = s;
  }
  return {
    ids,
    roots,
    top: best,
    runnerUp,
    proseShare: prose ? proseIn / prose : 0,
    chars: inChars,
  };
}

/**
 * A second opinion for pages Readability gets wrong: prose paragraphs alone (hidden ones
 * and those under unlikely-looking classes too) give points to their ancestors, and the
 * best element takes siblings that scored well. Where Readability finds much less prose
 * than this, its choice is replaced.
 */
export function scoreByProse(blocks: readonly HtmlBlock[]): ProseMain | null {
  const score = new Map<number, number>();
  const chars = new Map<number, number>();
  const links = new Map<number, number>();
  const parent = new Map<number, number>();
  for (const b of blocks) {
    const path = b.path;
    for (let i = 1; i < path.length; i++) parent.set(path[i]!, path[i - 1]!);
    for (const id of path) {
      chars.set(id, (chars.get(id) ?? 0) + b.text.length);
      links.set(id, (links.get(id) ?? 0) + b.dom.linkDensity * b.text.length);
    }
    if (!isProse(b)) continue;
    const points =
      1 + (b.text.match(/[,，、]/g)?.length ?? 0) + Math.min(3, Math.floor(b.text.length / 100));
    // The holder's parent gets full points, as Readability scores a <p>'s parent.
    const from = path.lastIndexOf(b.elementId) - 1;
    for (let d = 0; d < DIVISORS.length && from - d >= 0; d++) {
      const id = path[from - d]!;
      score.set(id, (score.get(id) ?? 0) + points / DIVISORS[d]!);
    }
  }
  let top = -1;
  let best = 0;
  for (const [id, s] of score) {
    const adjusted = s * (1 - (links.get(id) ?? 0) / Math.max(1, chars.get(id) ?? 1));
    if (adjusted > best) {
      best = adjusted;
      top = id;
    }
  }
  if (top < 0) return null;
  const roots = [top];
  const p = parent.get(top);
  if (p !== undefined) {
    for (const [id, s] of score) {
      if (id !== top && parent.get(id) === p && s >= Math.max(10, best * 0.2)) roots.push(id);
    }
  }
  const rootSet = new Set(roots);
  const ids = new Set<number>();
  for (const b of blocks) {
    const at = b.path.findIndex((id) => rootSet.has(id));
    if (at >= 0) for (const id of b.path.slice(at)) ids.add(id);
  }
  return { ids, roots };
}

/** Characters of prose in blocks that `inside` accepts. */
export function proseChars(
  blocks: readonly HtmlBlock[],
  inside: (b: HtmlBlock) => boolean,
): number {
  let n = 0;
  for (const b of blocks) if (isProse(b) && inside(b)) n += b.text.length;
  return n;
}
