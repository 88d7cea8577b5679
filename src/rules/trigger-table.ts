import { extractTriggers } from './triggers.js';
import type { Lexicon } from './types.js';

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
