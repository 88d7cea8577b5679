/**
 * Stage `classify`: each block's own evidence, from phrase rules (every language's
 * lexicon) and structure rules. A long paragraph needs its evidence spread over its
 * sentences: one appeal phrase in a five-sentence news paragraph does not remove it.
 */
import { candidateRules, presentIn, presentTriggers, triggerOccurrences } from '../rules/index.js';
import { STRUCTURE_RULES } from '../rules/structure.js';
import type { Category } from '../types.js';
import { addReason, type PipelineContext, type WorkBlock } from './types.js';

/** Paragraphs up to this many words take phrase evidence at full weight. */
const SHORT_WORDS = 25;
/** The characters `stripEdges` takes off both ends: JS `\s` and some punctuation. */
const EDGE_CHARS = new Set(
  Array.from(
    ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff-–—*•·▪►›»>|:.!',
    (c) => c.charCodeAt(0),
  ),
);

/** Where `text` is without the runs of {@link EDGE_CHARS} at its start and end. */
function edgeBounds(text: string): [number, number] {
  let from = 0;
  let to = text.length;
  while (from < to && EDGE_CHARS.has(text.charCodeAt(from))) from++;
  while (to > from && EDGE_CHARS.has(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

/**
 * How many {@link EDGE_CHARS} a sentence starts with: a teaser's "» " or "| " before
 * "Related: …", which would keep `start`-scope rules from seeing the line's first word.
 */
function leadingEdge(s: string): number {
  let i = 0;
  while (i < s.length && EDGE_CHARS.has(s.charCodeAt(i))) i++;
  return i === s.length ? 0 : i;
}

/** `text` without the runs of {@link EDGE_CHARS} at its start and end (a loop: no regex scan). */
export function stripEdges(text: string): string {
  const [from, to] = edgeBounds(text);
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

/** A sentence (or the whole block) to match: its text, lower case and trigger words. */
interface Piece {
  text: string;
  lower: string;
  present: Set<string>;
}

/**
 * The block's text without its edges ({@link stripEdges}) and its sentences (without the
 * edge characters they start with), each with its lower case and trigger words. The triggers of a block of several sentences are found in
 * one scan of the block, and each sentence's lower case is a slice of the block's, when
 * lower-casing maps each character on its own: no "İ" (which becomes two) and no capital
 * sigma (whose lower case depends on the letters around it). Else each piece is lowered
 * and scanned on its own, as the same results require.
 */
function pieces(
  norm: string,
  sentences: readonly string[],
): { whole: Piece | undefined; parts: Piece[] } {
  const [from, to] = edgeBounds(norm);
  const whole = from === 0 && to === norm.length ? norm : norm.slice(from, to);
  const single = sentences.length === 1 && sentences[0] === whole;
  if (!single && sentences.length > 0) {
    const lower = norm.toLowerCase();
    if (lower.length === norm.length && !norm.includes('\u03a3')) {
      const occurrences = triggerOccurrences(lower);
      const wholePiece: Piece | undefined = whole
        ? {
            text: whole,
            lower: lower.slice(from, to),
            present: presentIn(lower, occurrences, from, to).present,
          }
        : undefined;
      const parts: Piece[] = [];
      let at = 0;
      let k = 0;
      for (const s of sentences) {
        const at0 = norm.indexOf(s, at);
        const end = at0 + s.length;
        const lead = leadingEdge(s);
        const start = at0 + lead;
        const found = presentIn(lower, occurrences, start, end, k);
        k = found.next;
        parts.push(
          s === whole && wholePiece
            ? wholePiece
            : {
                text: lead ? s.slice(lead) : s,
                lower: lower.slice(start, end),
                present: found.present,
              },
        );
        at = end;
      }
      return { whole: wholePiece, parts };
    }
  }
  let wholePiece: Piece | undefined;
  if (whole) {
    const lower = whole.toLowerCase();
    wholePiece = { text: whole, lower, present: presentTriggers(lower) };
  }
  const parts = sentences.map((s): Piece => {
    if (s === whole && wholePiece) return wholePiece;
    const text = s.slice(leadingEdge(s));
    const lower = text.toLowerCase();
    return { text, lower, present: presentTriggers(lower) };
  });
  return { whole: wholePiece, parts };
}
const QUOTE_START = /^["'“‘«„]/u;

/** The spaces in `text` (in normalised text, every gap between words is one). */
function countSpaces(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

function phraseEvidence(block: WorkBlock, wholeOnly = false): void {
  const { f } = block;
  const hits = new Map<string, { weight: number; category: Category; evidence: string }>();
  const sentenceHit = new Array<boolean>(f.sentences.length).fill(false);

  const { whole, parts } = pieces(f.norm, wholeOnly ? [] : f.sentences);
  if (whole) {
    let spaces = -1;
    for (const rule of candidateRules('whole', whole.present)) {
      // A label rule cannot match a longer block (normalised text: see `longest.ts`).
      const bounds = rule.bounds;
      if (bounds !== undefined) {
        if (bounds.chars !== undefined && whole.text.length > bounds.chars) continue;
        if (spaces < 0) spaces = countSpaces(whole.text);
        if (bounds.spaces !== undefined && spaces > bounds.spaces) continue;
      }
      if (rule.find(whole.text, whole.lower) !== null) {
        hits.set(rule.id, { weight: rule.weight, category: rule.category, evidence: whole.text });
        sentenceHit.fill(true);
      }
    }
  }
  parts.forEach(({ text: s, lower, present }, i) => {
    const speech = QUOTE_START.test(s);
    for (const rule of speech ? [] : candidateRules('start', present)) {
      if (hits.has(rule.id)) continue;
      const m = rule.find(s, lower);
      if (m !== null) {
        hits.set(rule.id, { weight: rule.weight, category: rule.category, evidence: m });
        if (rule.weight >= 0.6) sentenceHit[i] = true;
      }
    }
    for (const rule of candidateRules('any', present)) {
      if (hits.has(rule.id)) continue;
      const m = rule.find(s, lower);
      if (m !== null) {
        hits.set(rule.id, { weight: rule.weight, category: rule.category, evidence: m });
        if (rule.weight >= 0.6) sentenceHit[i] = true;
      }
    }
  });
  if (hits.size === 0) return;

  const covered = sentenceHit.filter(Boolean).length;
  const coverage = f.sentences.length ? covered / f.sentences.length : 1;
  const factor = f.words <= SHORT_WORDS ? 1 : Math.min(1, 0.25 + 1.5 * coverage);
  const note =
    factor < 1
      ? ` (in ${covered} of ${f.sentences.length} sentences, weight ×${factor.toFixed(2)})`
      : '';
  for (const [rule, hit] of hits) {
    addReason(block, {
      rule,
      category: hit.category,
      weight: round(hit.weight * factor),
      stage: 'classify',
      evidence: hit.evidence + note,
    });
  }
}

function structureEvidence(block: WorkBlock): void {
  for (const rule of STRUCTURE_RULES) {
    const evidence = rule.test(block.f);
    if (evidence !== null) {
      addReason(block, {
        rule: rule.id,
        ...(rule.category ? { category: rule.category } : {}),
        weight: rule.weight,
        stage: 'classify',
        evidence,
      });
    }
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Rule id of the HTML path's main-content evidence. */
export const OUTSIDE_RULE = 'main.outside';
/** Rule id of the text path's article-run evidence. */
export const OUTSIDE_RUN_RULE = 'document.outside';

/** Outside the main content (HTML) or the article run (text)? */
export function isOutside(b: { reasons: readonly { rule: string }[] }): boolean {
  return b.reasons.some((r) => r.rule === OUTSIDE_RULE || r.rule === OUTSIDE_RUN_RULE);
}

/** The category with the most positive evidence, if any. */
export function leadCategory(block: WorkBlock): Category | undefined {
  const sums = new Map<Category, number>();
  let outside: Category | undefined;
  for (const r of block.reasons) {
    // Being outside the main content says the block goes, not what it is.
    if (r.rule === OUTSIDE_RULE || r.rule === OUTSIDE_RUN_RULE) outside = r.category;
    else if (r.category && r.weight > 0)
      sums.set(r.category, (sums.get(r.category) ?? 0) + r.weight);
  }
  if (sums.size === 0) return outside;
  let best: Category | undefined;
  let bestW = 0;
  for (const [c, w] of sums) {
    if (w > bestW) {
      best = c;
      bestW = w;
    }
  }
  return best;
}

/** The `classify` stage. */
export function classifyStage(blocks: WorkBlock[], ctx: PipelineContext): WorkBlock[] {
  for (const b of blocks) {
    // Outside the main content a block goes anyway; only its label rules ("Advertisement",
    // "Share") run there, for the category. This halves the HTML path's rule work.
    const outside = isOutside(b);
    phraseEvidence(b, outside);
    if (!outside) structureEvidence(b);
    b.score = round(b.score);
    b.lead = leadCategory(b);
    b.seed = b.score >= ctx.options.threshold && b.lead !== undefined;
  }
  return blocks;
}
