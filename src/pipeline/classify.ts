/**
 * Stage `classify`: each block's own evidence, from phrase rules (every language's
 * lexicon) and structure rules. A long paragraph needs its evidence spread over its
 * sentences: one appeal phrase in a five-sentence news paragraph does not remove it.
 */
import { candidateRules, presentTriggers } from '../rules/index.js';
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

/** `text` without the runs of {@link EDGE_CHARS} at its start and end (a loop: no regex scan). */
export function stripEdges(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && EDGE_CHARS.has(text.charCodeAt(from))) from++;
  while (to > from && EDGE_CHARS.has(text.charCodeAt(to - 1))) to--;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}
const QUOTE_START = /^["'“‘«„]/u;

function phraseEvidence(block: WorkBlock, wholeOnly = false): void {
  const { f } = block;
  const hits = new Map<string, { weight: number; category: Category; evidence: string }>();
  const sentenceHit = new Array<boolean>(f.sentences.length).fill(false);

  const whole = stripEdges(f.norm);
  // A one-sentence block is usually its whole text: its trigger words are found once.
  let wholePresent: Set<string> | undefined;
  let wholeLower: string | undefined;
  if (whole) {
    wholeLower = whole.toLowerCase();
    wholePresent = presentTriggers(wholeLower);
    for (const rule of candidateRules('whole', wholePresent)) {
      if (rule.find(whole, wholeLower) !== null) {
        hits.set(rule.id, { weight: rule.weight, category: rule.category, evidence: whole });
        sentenceHit.fill(true);
      }
    }
  }
  if (!wholeOnly)
    f.sentences.forEach((s, i) => {
      const speech = QUOTE_START.test(s);
      const same = s === whole && wholeLower !== undefined;
      const lower = same ? wholeLower! : s.toLowerCase();
      const present = same ? wholePresent! : presentTriggers(lower);
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
