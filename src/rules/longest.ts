/**
 * How long a `whole`-scope rule's match can be, so that the classifier skips the rule on
 * a longer block without compiling or running its regex. A `whole` rule is a label
 * ("Share", "Advertisement", a date line) that never matches a paragraph; without a bound
 * each one ran on every paragraph that held its trigger words, and the first run of each
 * costs V8 a regex compile (1-3 ms for a date-line pattern on these machines).
 *
 * Two bounds, each derived from the pattern's syntax tree by `npm run rules:triggers`
 * (build time only, like `triggers.ts`), both on normalised text (`features.normalise`:
 * every run of white space is one space, so no two spaces stand side by side):
 *
 * - `chars`: UTF-16 code units. A run of `\s` or spaces counts as one; a character that
 *   may lie outside the BMP (`.`, negated sets, property escapes) as two; any other
 *   unbounded repetition leaves no bound.
 * - `spaces`: how many spaces the match can hold, so one less than its words. A run of
 *   characters that cannot be a space (`\S+`, `\p{L}+`, `\d+`) adds none however long;
 *   an unbounded repetition of something that can be a space but is not only white
 *   space (`.+`, `[^|]+`) leaves no bound.
 *
 * @packageDocumentation
 */
import { type AST, RegExpParser } from '@eslint-community/regexpp';
import type { MatchBounds } from './types.js';

interface Bound {
  chars: number;
  spaces: number;
}

/** Width in code units of a code point. */
const units = (cp: number) => (cp > 0xffff ? 2 : 1);

/** Widest single character a character-set escape or class can match. */
function setWidth(el: AST.CharacterSet): number {
  // `\d`, `\w` and `\s` are BMP sets; `.`, their negations and `\p{…}` reach beyond.
  if ((el.kind === 'digit' || el.kind === 'word' || el.kind === 'space') && !el.negate) return 1;
  return 2;
}

function classWidth(el: AST.CharacterClass | AST.ExpressionCharacterClass): number {
  if (el.type !== 'CharacterClass' || el.negate) return 2;
  let w = 1;
  for (const c of el.elements) {
    if (c.type === 'Character') w = Math.max(w, units(c.value));
    else if (c.type === 'CharacterClassRange') w = Math.max(w, units(c.max.value));
    else if (c.type === 'CharacterSet') w = Math.max(w, setWidth(c));
    else w = 2;
  }
  return w;
}

/** Whether `el` matches white space only (a space, `\s`, or a class of those). */
function onlySpace(el: AST.Node): boolean {
  if (el.type === 'Character') return el.value === 0x20;
  if (el.type === 'CharacterSet') return el.kind === 'space' && !el.negate;
  if (el.type === 'CharacterClass') {
    return !el.negate && el.elements.length > 0 && el.elements.every(onlySpace);
  }
  return false;
}

/** One character's bound: its width, and 1 space if it can match one. */
function atom(
  el: AST.Character | AST.CharacterSet | AST.CharacterClass | AST.ExpressionCharacterClass,
): Bound {
  const chars =
    el.type === 'Character'
      ? units(el.value)
      : el.type === 'CharacterSet'
        ? setWidth(el)
        : classWidth(el);
  // The engine itself says whether the escape or class takes a space.
  return { chars, spaces: new RegExp(el.raw, 'u').test(' ') ? 1 : 0 };
}

const NONE: Bound = { chars: 0, spaces: 0 };
const add = (a: Bound, b: Bound): Bound => ({
  chars: a.chars + b.chars,
  spaces: a.spaces + b.spaces,
});
const max = (a: Bound, b: Bound): Bound => ({
  chars: Math.max(a.chars, b.chars),
  spaces: Math.max(a.spaces, b.spaces),
});
/** `n` repetitions (0 × anything is nothing, also when `n` is infinite). */
const times = (n: number, x: number) => (x === 0 || n === 0 ? 0 : n * x);

function boundOf(el: AST.Node): Bound {
  switch (el.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return el.alternatives.map(boundOf).reduce(max);
    case 'Alternative':
      return el.elements.map(boundOf).reduce(add, NONE);
    case 'Assertion':
      return NONE;
    case 'Character':
    case 'CharacterSet':
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      return atom(el);
    case 'Quantifier': {
      if (el.max === 0) return NONE;
      // On normalised text a run of white space is one space.
      if (onlySpace(el.element)) return { chars: 1, spaces: 1 };
      const one = boundOf(el.element);
      return { chars: times(el.max, one.chars), spaces: times(el.max, one.spaces) };
    }
    default: {
      // A back-reference (which lexicon rules may not use) can be anything.
      const inf = Number.POSITIVE_INFINITY;
      return { chars: inf, spaces: inf };
    }
  }
}

/**
 * Upper bounds of a match of `pattern` (a lexicon pattern, compiled with the `u` flag) on
 * normalised text; a bound is absent where the pattern has none.
 *
 * @example
 * matchBounds('share|tweet'); // { chars: 5, spaces: 0 }
 * matchBounds('by\\s+\\w{1,20}'); // { chars: 23, spaces: 1 }
 * matchBounds('\\d+\\s+min'); // { spaces: 1 }: any number of digits, one space
 * matchBounds('[^|]+'); // {}
 */
export function matchBounds(pattern: string): MatchBounds {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern, 0, pattern.length, {
    unicode: true,
  });
  const { chars, spaces } = boundOf(ast);
  const out: MatchBounds = {};
  if (Number.isFinite(chars)) out.chars = chars;
  if (Number.isFinite(spaces)) out.spaces = spaces;
  return out;
}
