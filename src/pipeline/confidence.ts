/**
 * Stage `confidence`: turn scores into a 0-1 confidence for the label each block ended
 * with. Far above the threshold is sure boilerplate; far below is sure content; blocks
 * labelled by context sit in between.
 */
import { type PipelineContext, type WorkBlock, weightOf } from './types.js';

export function confidenceStage(blocks: WorkBlock[], ctx: PipelineContext): WorkBlock[] {
  const t = ctx.options.threshold;
  for (const b of blocks) {
    const own = weightOf(b, (r) => r.stage !== 'context' && r.stage !== 'guard');
    const c =
      b.label === 'boilerplate'
        ? b.seed
          ? 0.5 + Math.min(own / t, 2) * 0.245
          : 0.55 + Math.max(0, own / t) * 0.2
        : 1 - Math.min(Math.max(own, 0) / t, 1) * 0.45;
    b.confidence = Math.round(Math.min(0.99, Math.max(0.5, c)) * 100) / 100;
  }
  return blocks;
}
