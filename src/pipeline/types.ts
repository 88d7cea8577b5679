import type { Block, Category, Reason, SeparateOptions } from '../types.js';

/** Measurements of one block, computed once by the `features` stage. */
export interface Features {
  /** The block's text normalised for matching (NBSP/tabs to spaces, curly to straight apostrophes, zero-width removed, bullets stripped). */
  norm: string;
  /** The block's words joined by single spaces: what `repeatKey` in `repetition.ts` gives for `norm`. */
  key: string;
  /** Sentences of `norm`. */
  sentences: string[];
  words: number;
  chars: number;
  /** Share of words that are stop words of the document's language. */
  stopRatio: number;
  /** Ends with sentence punctuation (. ! ? … or a closing quote after one). */
  terminal: boolean;
  bullet: boolean;
  /** Share of words starting with a capital letter. */
  titleCase: number;
  url: boolean;
  email: boolean;
  /** Second-person pronouns outside quotes (you, your, Sie, vous, ...). */
  secondPerson: number;
  /** First-person plural outside quotes (we, our, us, ...). */
  firstPlural: number;
  /** Reported-speech verbs (said, told, according to, ...). */
  reported: boolean;
  /** Items separated by |, », ·, / ... (menus, breadcrumbs). */
  separators: number;
}

/** A block while it moves through the pipeline. */
export interface WorkBlock extends Block {
  /** Measurements (internal; stripped before the result is returned). */
  f: Features;
  /** Sum of the block's own evidence weights (phrase and structure rules, repetition). */
  score: number;
  /** Category with the largest own evidence weight. */
  lead?: Category;
  /** True when the block's own evidence met the threshold (it can seed a run). */
  seed: boolean;
}

/** What every stage can read. */
export interface PipelineContext {
  input: string;
  options: Required<Pick<SeparateOptions, 'threshold' | 'guard'>> & SeparateOptions;
  language: string;
}

/** The summed weight of a block's reasons that `keep` accepts. */
export function weightOf(block: WorkBlock, keep: (r: Reason) => boolean): number {
  return block.reasons.filter(keep).reduce((s, r) => s + r.weight, 0);
}

/** Add a reason to a block and fold it into the block's score. */
export function addReason(block: WorkBlock, reason: Reason): void {
  block.reasons.push(reason);
  block.score += reason.weight;
}
