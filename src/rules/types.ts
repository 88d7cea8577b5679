import type { Category } from '../types.js';

/**
 * Where a phrase rule's pattern has to stand in a block.
 *
 * - `start`: at the start of the block or of one of its sentences (imperative openers:
 *   "Support …", "Sign up …"). Checked against each sentence.
 * - `whole`: the pattern must be the whole block, ignoring case, surrounding punctuation,
 *   bullets and whitespace ("Advertisement", "Share this article").
 * - `any`: anywhere in the block, on word boundaries.
 */
export type RuleScope = 'start' | 'whole' | 'any';

/**
 * A phrase rule as written in a lexicon file: data, not logic.
 *
 * Patterns are JavaScript regular-expression sources, matched case-insensitively with the
 * `u` flag. They must be linear-time on adversarial input: no nested quantifiers, no
 * back-references, no lookbehind; a unit test checks every pattern. Prefer literal words
 * with small alternations; use `\s+` between words (NBSP and tabs are normalised to
 * spaces before matching, and curly apostrophes to `'`).
 */
export interface PhraseRuleSpec {
  /** Unique within its file; the full id is `lang.category.name`. */
  name: string;
  category: Category;
  /** Regular-expression source (no flags, no slashes). */
  pattern: string;
  scope: RuleScope;
  /**
   * 1 = enough on its own to remove a short block ("we can't do it alone",
   * "Subscribe to continue reading"); 0.6 = strong hint that needs one more signal
   * (an imperative "Support …" opener); 0.3 = weak (first-person-plural outlet voice).
   */
  weight: number;
  /**
   * Match case-sensitively (for rules that need a capital letter: under the `i` flag,
   * `\p{Lu}` matches lower case too). Write both cases of the first letter yourself.
   * @default false
   */
  caseSensitive?: boolean;
  /** One line: what it catches and where it was seen, or why it is shaped as it is. */
  note: string;
}

/**
 * Upper bounds of a match on normalised text (every run of white space one space), as
 * `longest.ts` derives them for `whole`-scope rules; absent: no bound.
 */
export interface MatchBounds {
  /** UTF-16 code units. */
  chars?: number;
  /** Spaces: one less than the words. */
  spaces?: number;
}

/** A lexicon: all phrase rules of one language. */
export interface Lexicon {
  /** ISO 639-1 code. */
  lang: string;
  rules: PhraseRuleSpec[];
}

/** A compiled phrase rule, built once at module load. */
export interface PhraseRule extends PhraseRuleSpec {
  /** `lang.category.name`. */
  id: string;
  lang: string;
  regex: RegExp;
  /**
   * The rule's match in `text` (what {@link regex} finds), given `lower`, the text's
   * `toLowerCase()`; null if none. Faster than `regex` to compile: most rules run
   * case-sensitively on `lower`. Differs from `regex` only on the few letters whose
   * lower case is not their case fold (long s, Greek final sigma).
   */
  find(text: string, lower: string): string | null;
  /**
   * Lower-case trigger words in clauses (see `triggers.ts`): every match holds a word of
   * each clause; absent: the rule always runs.
   */
  triggers?: readonly (readonly string[])[];
  /**
   * `whole` scope: how long a match can be on normalised text (see `longest.ts`); the
   * classifier does not run the rule on a longer block.
   */
  bounds?: MatchBounds;
}
