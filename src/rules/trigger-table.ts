import { matchBounds } from './longest.js';
import { extractTriggers } from './triggers.js';
import type { Lexicon, MatchBounds } from './types.js';

/**
 * Trigger clauses of every rule that has some, by rule id (`lang.category.name`). Every scope
 * puts the pattern at a word start (`^`, or the `any` scope's boundary).
 */
export function triggerTable(lexicons: readonly Lexicon[]): Record<string, string[][]> {
  const table: Record<string, string[][]> = {};
  for (const lexicon of lexicons) {
    for (const spec of lexicon.rules) {
      const t = extractTriggers(spec.pattern, { wordStart: true });
      if (t) table[`${lexicon.lang}.${spec.category}.${spec.name}`] = t;
    }
  }
  return table;
}

/**
 * Bounds of every `whole`-scope rule's match on normalised text (`longest.ts`), by rule
 * id, for rules that have one: the classifier skips the rule on a block beyond them.
 */
export function boundsTable(lexicons: readonly Lexicon[]): Record<string, MatchBounds> {
  const table: Record<string, MatchBounds> = {};
  for (const lexicon of lexicons) {
    for (const spec of lexicon.rules) {
      if (spec.scope !== 'whole') continue;
      const b = matchBounds(spec.pattern);
      if (b.chars !== undefined || b.spaces !== undefined) {
        table[`${lexicon.lang}.${spec.category}.${spec.name}`] = b;
      }
    }
  }
  return table;
}
