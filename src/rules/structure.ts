/**
 * Structure rules: evidence from a block's shape rather than its words. Data like the
 * phrase rules (id, category, weight, note), each with a predicate over the block's
 * measured {@link Features}. Negative weights are evidence for content.
 */
import type { Features } from '../pipeline/types.js';
import type { Category } from '../types.js';

export interface StructureRule {
  id: string;
  /** Undefined: generic evidence that points to no category of its own. */
  category?: Category;
  weight: number;
  note: string;
  /** Evidence text when the rule applies, else null. */
  test: (f: Features) => string | null;
}

export const STRUCTURE_RULES: readonly StructureRule[] = [
  {
    id: 'structure.outlet-voice',
    category: 'donation',
    weight: 0.3,
    note: 'Short line in the outlet\'s "we/our" voice, no reported speech: appeal and promo boxes talk like this; news reports rarely do outside quotes.',
    test: (f) =>
      f.firstPlural > 0 && !f.reported && f.words <= 30
        ? `first-person plural ×${f.firstPlural}`
        : null,
  },
  {
    id: 'structure.addresses-reader',
    weight: 0.3,
    note: 'Short line that speaks to the reader ("you", "Sie", "vous") outside quotes.',
    test: (f) =>
      f.secondPerson > 0 && !f.reported && f.words <= 30
        ? `second person ×${f.secondPerson}`
        : null,
  },
  {
    id: 'structure.menu-separators',
    category: 'navigation',
    weight: 1,
    note: 'Items split by | » › · on one line without a sentence end: menus, breadcrumbs, footers.',
    test: (f) =>
      f.separators >= 2 && !f.terminal && f.words <= 40
        ? `${f.separators + 1} separated items`
        : null,
  },
  {
    id: 'structure.bare-link',
    category: 'other',
    weight: 0.6,
    note: 'A line that is little more than a URL or an e-mail address.',
    test: (f) => ((f.url || f.email) && f.words <= 6 ? 'URL or e-mail line' : null),
  },
  {
    id: 'structure.fragment',
    weight: 0.2,
    note: 'Very short line without sentence punctuation: a label, button or heading. Weak: subheadings look the same and stay when content follows.',
    test: (f) => (!f.terminal && f.words <= 8 ? `${f.words} words, no sentence end` : null),
  },
  {
    id: 'structure.reported-speech',
    weight: -0.5,
    note: 'Reported speech ("said", "according to", "sagte", "selon"): the voice of news, not of appeals.',
    test: (f) => (f.reported && f.words >= 8 ? 'reporting verb' : null),
  },
  {
    id: 'structure.prose',
    weight: -0.5,
    note: 'Long paragraph of ordinary prose (many words, stop words, sentence end).',
    test: (f) =>
      f.words >= 40 && f.stopRatio >= 0.25 && f.terminal
        ? `${f.words} words, ${Math.round(f.stopRatio * 100)}% stop words`
        : null,
  },
];
