/**
 * Trigger words of a phrase rule: lower-case strings of which every match of the rule's
 * pattern contains at least one. A sentence that holds none of them cannot match, so the
 * classifier skips the regex (and V8 never compiles a regex that has nothing to look at:
 * compiling the lexicons' `\p{L}`-heavy patterns under `iu` cost about a second of cold
 * start). Derived from the pattern's syntax tree by `npm run rules:triggers` into
 * `triggers.generated.ts`; `tests/rules.test.ts` fails when that file is stale.
 *
 * The derivation is conservative: a literal run is a trigger only where every match must
 * contain it (quantifiers with a minimum of 0, classes and character sets break runs;
 * an alternation needs triggers on every branch), otherwise the rule has none and always
 * runs. Matching is by `toLowerCase()` on both sides, which agrees with the `i` flag's
 * simple case folding except for a few historical letters (long s, Kelvin sign).
 *
 * @packageDocumentation
 */
import { type AST, RegExpParser } from '@eslint-community/regexpp';

/** Shortest trigger worth checking: below this, the rule just runs (but see {@link PUNCT}). */
const MIN_TRIGGER = 3;
/** A trigger of any length made of punctuation and symbols only. */
const PUNCT = /^[^\p{L}\p{N}\p{M}\s]+$/u;
/** At most this many characters in a class that gives triggers (`[(/]`). */
const MAX_CLASS_TRIGGERS = 4;

const usable = (s: string) => s.length >= MIN_TRIGGER || PUNCT.test(s);

type Triggers = string[] | null;

/** Best of several sets that are each sufficient: the one with the longest shortest string. */
function better(a: Triggers, b: Triggers): Triggers {
  if (!a) return b;
  if (!b) return a;
  const ma = Math.min(...a.map((s) => s.length));
  const mb = Math.min(...b.map((s) => s.length));
  if (ma !== mb) return ma > mb ? a : b;
  return a.length <= b.length ? a : b;
}

function ofAlternatives(alternatives: readonly AST.Alternative[]): Triggers {
  const out = new Set<string>();
  for (const alt of alternatives) {
    const t = ofSequence(alt.elements);
    if (!t) return null;
    for (const s of t) out.add(s);
  }
  return [...out];
}

function ofSequence(elements: readonly AST.Element[]): Triggers {
  let best: Triggers = null;
  let run = '';
  const endRun = () => {
    if (usable(run)) best = better(best, [run]);
    run = '';
  };
  for (const el of elements) {
    if (el.type === 'Character') {
      run += String.fromCodePoint(el.value).toLowerCase();
      continue;
    }
    endRun();
    best = better(best, ofElement(el));
  }
  endRun();
  return best;
}

function ofElement(el: AST.Element): Triggers {
  switch (el.type) {
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(el.alternatives);
    case 'Quantifier':
      return el.min >= 1 ? ofElement(el.element as AST.Element) : null;
    case 'CharacterClass': {
      // Only a plain class of a few punctuation characters: `[(/]`, not `[^/]` or `[a-z]`.
      if (el.negate || el.elements.length > MAX_CLASS_TRIGGERS) return null;
      const chars: string[] = [];
      for (const c of el.elements) {
        if (c.type !== 'Character') return null;
        const s = String.fromCodePoint(c.value).toLowerCase();
        if (!PUNCT.test(s)) return null;
        chars.push(s);
      }
      return chars.length ? [...new Set(chars)] : null;
    }
    default:
      return null;
  }
}

/** Trigger words of a pattern (as written in a lexicon, compiled with the `u` flag). */
export function extractTriggers(pattern: string): Triggers {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern, 0, pattern.length, {
    unicode: true,
  });
  const t = ofAlternatives(ast.alternatives);
  return t?.every(usable) ? t.sort() : null;
}
