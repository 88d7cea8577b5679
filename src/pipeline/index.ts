/**
 * The pipeline: one list of named stages over one block type. Text input enters at
 * `features` with blocks from the text segmenter; HTML input enters at the same place
 * with blocks built from the content area (see `../html/`).
 *
 * Order matters:
 * 1. `features` measures every block once; every later stage reads the measurements.
 * 2. `classify` adds each block's own evidence (phrase and structure rules). It goes
 *    before `repetition`, which takes a repeated block's category from its first copy.
 * 3. `repetition` marks later copies and repeated runs (carousels).
 * 4. `document` (text only) finds the article run(s) and the headline before them; it
 *    needs each block's own evidence and repeats, and context must not reach across it.
 * 4b. `context` labels: own evidence first, then short lines join the runs they sit in.
 *    It needs the final own scores, so it comes after both evidence stages.
 * 5. `guard` undoes over-removal; it must see the labels context produced.
 * 6. `confidence` reads the final labels.
 */
import type { Block, GuardReport, Metadata } from '../types.js';
import { classifyStage } from './classify.js';
import { confidenceStage } from './confidence.js';
import { contextStage } from './context.js';
import { documentStage } from './document.js';
import { featuresStage } from './features.js';
import { guardStage } from './guard.js';
import { repetitionStage } from './repetition.js';
import type { PipelineContext, WorkBlock } from './types.js';

/** Named stages, in order (exported for tests and debugging). */
export const STAGES = [
  'features',
  'classify',
  'repetition',
  'context',
  'guard',
  'confidence',
] as const;

/** Run the classifier stages over segmented blocks; returns public blocks (measurements stripped). */
export function runPipeline(
  segmented: Block[],
  ctx: PipelineContext,
): { blocks: Block[]; guard?: GuardReport; metadata: Metadata } {
  let blocks: WorkBlock[] = featuresStage(segmented, ctx);
  blocks = classifyStage(blocks, ctx);
  blocks = repetitionStage(blocks, ctx);
  const doc = documentStage(blocks, ctx);
  blocks = doc.blocks;
  blocks = contextStage(blocks, ctx);
  const guarded = guardStage(blocks, ctx);
  blocks = confidenceStage(guarded.blocks, ctx);
  return {
    blocks: blocks.map(publicBlock),
    ...(guarded.report ? { guard: guarded.report } : {}),
    metadata: doc.metadata,
  };
}

/** Keys of a {@link WorkBlock} that are not a {@link Block}'s. */
const INTERNAL: ReadonlySet<string> = new Set(['f', 'score', 'lead', 'seed']);

/**
 * The block without its internal fields, keys in their order. A loop, not a rest pattern
 * (`({ f, score, lead, seed, ...block }) => block`): V8 runs that through a generic runtime
 * copy, about twice as slow.
 */
function publicBlock(b: WorkBlock): Block {
  const out: Record<string, unknown> = {};
  for (const k in b) if (!INTERNAL.has(k)) out[k] = b[k as keyof WorkBlock];
  return out as unknown as Block;
}
