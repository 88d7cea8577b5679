/**
 * Paywall notices among removed blocks: a sentence-like paywall line ("Subscribe to
 * continue reading", "You have 2 free articles left") inside the article. A bare
 * "Subscribe" button or a menu link is not a notice: every site has those.
 */
import { isOutside } from './pipeline/classify.js';
import type { Block } from './types.js';

/** Signals, one per notice block. */
export function paywallNotices(blocks: readonly Block[]): string[] {
  return blocks
    .filter(
      (b) =>
        b.label === 'boilerplate' &&
        b.category === 'paywall' &&
        b.text.split(/\s+/).length >= 4 &&
        !isOutside(b),
    )
    .map((b) => {
      const rule = b.reasons.find((r) => r.category === 'paywall' && r.stage === 'classify');
      return `notice: block ${b.index}${rule ? ` (${rule.rule})` : ''}`;
    });
}
