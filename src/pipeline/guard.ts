/**
 * Stage `guard`: an article that vanishes is worse than one that keeps a promo line
 * (trafilatura restores its backup when pruning leaves less than a seventh of the text).
 * When a long input would lose most of its text, blocks removed only by context, and
 * long prose paragraphs without strong evidence of their own, are given back.
 */

import type { GuardReport } from '../types.js';
import { isOutside } from './classify.js';
import { addReason, type PipelineContext, type WorkBlock, weightOf } from './types.js';

/** Inputs shorter than this (characters in blocks) are never guarded. */
const MIN_CHARS = 1000;
/** The guard fires when less than this share of the characters would be kept. */
const MIN_KEPT_SHARE = 0.25;

export function guardStage(
  blocks: WorkBlock[],
  ctx: PipelineContext,
): { blocks: WorkBlock[]; report?: GuardReport } {
  if (!ctx.options.guard) return { blocks };
  let total = 0;
  let kept = 0;
  // HTML: what lies outside the main content (menus, footers) is not the article's to lose.
  const inScope = (b: WorkBlock) => !isOutside(b);
  for (const b of blocks) {
    if (!inScope(b)) continue;
    total += b.f.chars;
    if (b.label === 'content') kept += b.f.chars;
  }
  if (total < MIN_CHARS || kept / total >= MIN_KEPT_SHARE) return { blocks };
  const removedShare = 1 - kept / total;
  for (const b of blocks) {
    if (b.label !== 'boilerplate' || b.repeatOf !== undefined || !inScope(b)) continue;
    const own = weightOf(b, (r) => r.stage !== 'context' && r.stage !== 'guard' && r.weight > 0);
    const prose = b.f.words >= 25 && b.f.terminal;
    if (own < ctx.options.threshold || (prose && own < 2 * ctx.options.threshold)) {
      b.label = 'content';
      delete b.category;
      addReason(b, {
        rule: 'guard.restore',
        weight: 0,
        stage: 'guard',
        evidence: `restored: the first pass would have removed ${Math.round(removedShare * 100)}% of the text`,
      });
    }
  }
  return {
    blocks,
    report: {
      reason: `the first pass kept less than ${MIN_KEPT_SHARE * 100}% of a ${total}-character input; blocks without strong evidence of their own were restored`,
      removedShare: Math.round(removedShare * 1000) / 1000,
    },
  };
}
