/**
 * Stage `context`: boilerplate comes in runs. A short line next to a strong appeal joins
 * its run (a heading like "Give the gift of hope" has no appeal word of its own), while a
 * short line that leads into a content paragraph stays (subheadings, datelines).
 *
 * Only widget-like categories spread: an "Advertisement" label or a repeated pull quote
 * stands alone and takes nothing with it.
 */
import { CATEGORIES, type Category } from '../types.js';
import { isOutside } from './classify.js';
import { addReason, type PipelineContext, type WorkBlock } from './types.js';

const FRAGMENT_RULE = 'structure.fragment';

/**
 * Categories whose boxes hold several lines (heading, copy, buttons, bullets): all but
 * ad labels and `other` (credits, captions, repeats), which stand alone.
 */
const SPREADING: ReadonlySet<Category> = new Set(
  CATEGORIES.filter((c) => c !== 'ad' && c !== 'other'),
);

/** A line this short (in words) may join a neighbouring run. */
const JOIN_MAX_WORDS = 25;

function spreads(b: WorkBlock | undefined, to: WorkBlock): b is WorkBlock {
  if (b?.label !== 'boilerplate' || !b.category || !SPREADING.has(b.category)) return false;
  // HTML: a menu outside the main content does not reach into it.
  if (isOutside(b) && !isOutside(to)) return false;
  // A lone repeated line does not spread; a repeated run (carousel) does.
  return b.reasons.some((r) => r.rule !== 'repetition.duplicate' && r.weight > 0);
}

/** Categories that come in boxes with a heading of their own (appeals, sign-ups, offers). */
const BOXES: ReadonlySet<Category> = new Set<Category>([
  'donation',
  'newsletter',
  'paywall',
  'promo',
]);

/** Categories whose boxes are lists of links (headlines, menu items, share buttons). */
const LISTS: ReadonlySet<Category> = new Set<Category>(['related', 'navigation', 'share', 'promo']);

/** A headline or menu item: a list item, or a short line without a sentence end. */
function listLike(b: WorkBlock): boolean {
  // In HTML, the items of such lists are links; a list of plain text items is content.
  if (b.dom) return b.dom.linkDensity >= 0.5;
  return b.f.bullet || (!b.f.terminal && b.f.words <= 16);
}

function contentLike(b: WorkBlock | undefined): boolean {
  return !!b && b.label === 'content' && (b.f.words >= 20 || (b.f.terminal && b.f.words >= 12));
}

/** The `context` stage (also sets the first labels from the blocks' own evidence). */
export function contextStage(blocks: WorkBlock[], ctx: PipelineContext): WorkBlock[] {
  for (const b of blocks) {
    if (b.seed) {
      b.label = 'boilerplate';
      b.category = b.lead ?? 'other';
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    blocks.forEach((b, i) => {
      if (b.label === 'boilerplate' || b.f.words > JOIN_MAX_WORDS || b.score < 0) return;
      const prev = blocks[i - 1];
      const next = blocks[i + 1];
      const fromPrev = spreads(prev, b);
      const fromNext = spreads(next, b);
      if (!fromPrev && !fromNext) return;
      // Between two boilerplate blocks, a label or a fragment goes with them; a sentence
      // ("A new round of talks is planned for Wednesday.") needs evidence of its own.
      const sandwiched = fromPrev && fromNext && (!b.f.terminal || b.f.words <= 5);
      const leadsIntoContent = !b.f.terminal && !b.f.bullet && contentLike(next);
      // Evidence beyond shape: a short line without a sentence end is no sign of its own.
      const hasOwnEvidence = b.reasons.some(
        (r) => r.weight > 0 && r.rule !== FRAGMENT_RULE && r.stage !== 'context',
      );
      // The items of a "Most read" or "Related" list follow its heading or each other.
      const listContinues =
        fromPrev && LISTS.has(prev!.category!) && listLike(prev!) && listLike(b);
      // The heading of a box ("Give the gift of hope") has no evidence of its own, but the
      // box under it runs on for at least two blocks; a subheading followed by one stray
      // line does not join.
      const boxHeading =
        fromNext &&
        BOXES.has(next!.category!) &&
        !b.f.terminal &&
        b.f.words <= 10 &&
        spreads(blocks[i + 2], b);
      if (!(sandwiched || boxHeading || ((hasOwnEvidence || listContinues) && !leadsIntoContent)))
        return;
      const source =
        fromNext && (!fromPrev || (b.lead && next!.category === b.lead)) ? next! : prev!;
      b.label = 'boilerplate';
      b.category = source.category!;
      addReason(b, {
        rule: sandwiched
          ? 'context.between-boilerplate'
          : boxHeading && !hasOwnEvidence
            ? 'context.box-heading'
            : 'context.joins-run',
        category: source.category!,
        weight: Math.round(Math.max(0, ctx.options.threshold - b.score) * 100) / 100,
        stage: 'context',
        evidence: `short line next to ${source.category} block ${source.index}`,
      });
      changed = true;
    });
  }
  return blocks;
}
