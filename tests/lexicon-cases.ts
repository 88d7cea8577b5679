/**
 * Shared harness of the per-language lexicon tests: lines a language's rules must catch
 * (with their category, at full weight) and news lines about the same topics they must
 * leave alone (an article may be ABOUT subscriptions, donations, cookies or comments).
 */
import { describe, expect, it } from 'vitest';
import { stripEdges } from '../src/pipeline/classify.js';
import { normalise } from '../src/pipeline/features.js';
import { PHRASE_RULES } from '../src/rules/index.js';
import type { Category } from '../src/types.js';

/** Caught lines with their category, and kept news lines (at least as many). */
export interface LexiconCases {
  caught: [string, Category][];
  kept: string[];
}

/**
 * The rules of `lang` that fire on `line` as the classifier runs them (normalised; `whole`
 * on the line without its edge punctuation), by category with their summed weight.
 */
export function hits(lang: string, line: string): Map<string, number> {
  const norm = normalise(line);
  const whole = stripEdges(norm);
  const out = new Map<string, number>();
  for (const r of PHRASE_RULES) {
    if (r.lang !== lang) continue;
    r.regex.lastIndex = 0;
    if (r.regex.test(r.scope === 'whole' ? whole : norm)) {
      out.set(r.category, (out.get(r.category) ?? 0) + r.weight);
    }
  }
  return out;
}

/** A `describe` block checking one language's {@link LexiconCases}. */
export function describeLexicon(lang: string, { caught, kept }: LexiconCases): void {
  describe(`${lang} lexicon`, () => {
    it('keeps at least as many news lines as it has caught lines', () => {
      expect(kept.length).toBeGreaterThanOrEqual(caught.length);
    });

    it.each(caught)('catches %j as %s', (line, category) => {
      const got = hits(lang, line);
      expect(got.get(category) ?? 0, JSON.stringify([...got])).toBeGreaterThanOrEqual(1);
    });

    it.each(kept)('leaves %j alone', (line) => {
      expect([...hits(lang, line)]).toEqual([]);
    });
  });
}
