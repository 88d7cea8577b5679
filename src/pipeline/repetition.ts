/**
 * Stage `repetition`: exact and near-exact repeats inside the document (compared after
 * folding case, whitespace, punctuation and bullets). Later copies point at the first
 * with `repeatOf`.
 *
 * - A repeated run of two or more consecutive blocks is a carousel or a widget the scrape
 *   caught twice: every copy is evidence, the later ones strong.
 * - A single repeated line is removed as a copy only; its first copy keeps its own label,
 *   so a pull quote that repeats a content sentence never takes a paragraph with it.
 */
import { words } from '../lang/stopwords.js';
import { isOutside } from './classify.js';
import { addReason, type PipelineContext, type WorkBlock } from './types.js';

/**
 * Fold a block's text for repeat detection: its lower-cased words (letters and digits)
 * joined by single spaces. The `features` stage keeps it for every block (`f.key`).
 */
export function repeatKey(norm: string): string {
  return words(norm).join(' ');
}

/** The `repetition` stage. */
export function repetitionStage(blocks: WorkBlock[], ctx: PipelineContext): WorkBlock[] {
  const first = new Map<string, number>();
  const keys = blocks.map((b) => b.f.key);
  keys.forEach((key, i) => {
    if (key.length < 3) return;
    const j = first.get(key);
    if (j === undefined) first.set(key, i);
    else blocks[i]!.repeatOf = j;
  });

  blocks.forEach((b, i) => {
    if (b.repeatOf === undefined) return;
    const orig = blocks[b.repeatOf]!;
    if (tocTarget(b, orig, blocks[i + 1])) {
      b.repeatOf = undefined;
      return;
    }
    // In a run: the block before this one repeats the block before the original (or the one after does likewise).
    const prev = blocks[i - 1];
    const next = blocks[i + 1];
    const inRun =
      (prev?.repeatOf !== undefined && prev.repeatOf === b.repeatOf - 1) ||
      (next?.repeatOf !== undefined && next.repeatOf === b.repeatOf + 1);
    const category = orig.lead ?? (inRun ? 'promo' : 'other');
    const contentLike = b.f.words >= 12 && b.f.terminal;
    addReason(b, {
      rule: inRun ? 'repetition.repeated-run' : 'repetition.duplicate',
      category,
      // A later copy of a line goes whatever its own evidence said: the first copy already
      // holds the text. A sentence-long block repeated is often the article's own (a quote
      // taken up again; aeb-dev's truth keeps such repeats), so that is only a hint.
      // In HTML, markup says what a repeated widget is (slider clones carry classes); a
      // repeated run inside the article's markup is more often its own (tables, recipes).
      weight:
        contentLike || (inRun && b.dom && !isOutside(b))
          ? 0.5
          : round(Math.max(1, ctx.options.threshold - b.score)),
      stage: 'repetition',
      evidence: `repeats block ${b.repeatOf}${inRun ? ' as part of a repeated run' : ''}`,
    });
    b.lead ??= category;
    if (
      inRun &&
      orig.f.words <= 30 &&
      !orig.reasons.some((r) => r.rule === 'repetition.repeated-run-original')
    ) {
      addReason(orig, {
        rule: 'repetition.repeated-run-original',
        category: orig.lead ?? 'promo',
        weight: 0.6,
        stage: 'repetition',
        evidence: `first copy of a run repeated at block ${i}`,
      });
      orig.lead ??= 'promo';
    }
  });
  for (const b of blocks) b.seed = b.score >= ctx.options.threshold && b.lead !== undefined;
  return blocks;
}

/**
 * HTML: a heading of the main content whose first copy is a link (a table of contents
 * entry) and that leads into text, not into more links: the section the contents link to,
 * not a later copy (wcxb-dev: such headings took the paragraph under them along as
 * boilerplate). A heading followed by links ("Other posts you may enjoy") stays a copy.
 */
function tocTarget(b: WorkBlock, orig: WorkBlock, next: WorkBlock | undefined): boolean {
  return (
    b.kind === 'heading' &&
    !!b.dom &&
    !!orig.dom &&
    !!next?.dom &&
    orig.dom.linkDensity >= 0.5 &&
    b.dom.linkDensity < 0.5 &&
    next.dom.linkDensity < 0.5 &&
    !isOutside(b)
  );
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
