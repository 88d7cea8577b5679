/**
 * chaff's own main-content scorer, on the blocks of the cheerio tree: Readability's idea
 * (prose paragraphs give points to their parent and, less, to its ancestors; the best
 * element wins and takes siblings that scored well) without a second DOM. Used where
 * Readability finds nothing or much less prose than the page holds.
 */
import type { HtmlBlock } from './blocks.js';

/** Share of an ancestor's points by distance: parent, grandparent, then further up. */
const DIVISORS = [1, 2, 6, 9, 12];

/** A paragraph that reads like article prose. */
export function isProse(b: HtmlBlock): boolean {
  const words = b.text.split(' ').length;
  return words >= 12 && /[.!?…。！？]["'”’»)]*$/u.test(b.text) && b.dom.linkDensity < 0.35;
}

export interface ScoredMain {
  /** Ids of every element inside the chosen roots. */
  ids: Set<number>;
  /** The chosen root elements. */
  roots: number[];
}

/** Pick the main content from block paths; null when the page has no prose. */
export function scoreMain(blocks: readonly HtmlBlock[]): ScoredMain | null {
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
