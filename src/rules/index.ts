/**
 * All phrase rules, compiled once at module load and validated (the habit Readability's
 * `REGEXPS` and trafilatura's non-empty token groups teach): unique ids, known categories,
 * weights in range, and no pattern that matches the empty string.
 */
import { CATEGORIES } from '../types.js';
import { de } from './phrases/de.js';
import { en } from './phrases/en.js';
import { es } from './phrases/es.js';
import { fr } from './phrases/fr.js';
import { it } from './phrases/it.js';
import { nl } from './phrases/nl.js';
import { pt } from './phrases/pt.js';
import type { Lexicon, PhraseRule, RuleScope } from './types.js';

/** Every lexicon chaff ships, by language. */
export const LEXICONS: readonly Lexicon[] = [en, de, fr, es, it, pt, nl];

function wrap(pattern: string, scope: RuleScope): string {
  switch (scope) {
    case 'start':
      return `^(?:${pattern})`;
    case 'whole':
      return `^(?:${pattern})$`;
    case 'any':
      // A word boundary that also knows accented letters (`\b` is ASCII-only in JS).
      return `(?<![\\p{L}\\p{N}_])(?:${pattern})`;
  }
}

/** Compile and validate a lexicon. Throws on a broken rule: a bad rule must not ship. */
export function compileLexicon(lexicon: Lexicon): PhraseRule[] {
  const seen = new Set<string>();
  return lexicon.rules.map((spec) => {
    const id = `${lexicon.lang}.${spec.category}.${spec.name}`;
    if (seen.has(id)) throw new Error(`chaff rules: duplicate rule id ${id}`);
    seen.add(id);
    if (!CATEGORIES.includes(spec.category)) {
      throw new Error(`chaff rules: ${id} has unknown category ${spec.category}`);
    }
    if (!(spec.weight > 0 && spec.weight <= 2)) {
      throw new Error(`chaff rules: ${id} weight must be in (0, 2]`);
    }
    const flags = spec.caseSensitive ? 'u' : 'iu';
    const regex = new RegExp(wrap(spec.pattern, spec.scope), flags);
    if (regex.test('') || new RegExp(spec.pattern, flags).test('')) {
      throw new Error(`chaff rules: ${id} matches the empty string`);
    }
    return { ...spec, id, lang: lexicon.lang, regex };
  });
}

/** All compiled phrase rules, every language. */
export const PHRASE_RULES: readonly PhraseRule[] = LEXICONS.flatMap(compileLexicon);

/** Rules by scope, for the classifier's loops. */
export const RULES_BY_SCOPE: Readonly<Record<RuleScope, readonly PhraseRule[]>> = {
  start: PHRASE_RULES.filter((r) => r.scope === 'start'),
  whole: PHRASE_RULES.filter((r) => r.scope === 'whole'),
  any: PHRASE_RULES.filter((r) => r.scope === 'any'),
};
