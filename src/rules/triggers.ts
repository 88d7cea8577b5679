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
 * A trigger also carries the word bounds every match gives it (`word-start.ts`): "⟨por⟩"
 * only counts as a whole word, so the Spanish byline rule stays asleep on an English
 * page that says "reporting". Bounds come from the rule scopes (each puts the pattern at
 * a word start) and from what stands next to the literal: `\s`, punctuation, a group
 * whose every branch ends so; never from an optional piece or a letter class.
 *
 * @packageDocumentation
 */
import { type AST, RegExpParser } from '@eslint-community/regexpp';
import { parseTrigger, WORD_CHAR, WORD_END, WORD_START } from './word-start.js';

/** Shortest trigger worth checking: below this, the rule just runs (but see {@link PUNCT}). */
const MIN_TRIGGER = 3;
/** A trigger of any length made of punctuation and symbols only. */
const PUNCT = /^[^\p{L}\p{N}\p{M}\s]+$/u;
/** At most this many characters in a class that gives triggers (`[(/]`). */
const MAX_CLASS_TRIGGERS = 4;

/** The trigger's text without its word-boundary marks. */
const bare = (s: string) => parseTrigger(s).text;
const usable = (s: string) => bare(s).length >= MIN_TRIGGER || PUNCT.test(bare(s));

/** Trigger words of which every match holds at least one. */
type Clause = string[];
/** Clauses that every match satisfies, all of them ([]: nothing known). */
type Clauses = Clause[];

/** At most this many clauses per rule, the most selective first. */
const MAX_CLAUSES = 3;

/** How much a clause narrows: whole words beat word starts beat bare substrings. */
const bounds = (t: Clause) =>
  t.reduce((n, s) => n + (s.startsWith(WORD_START) ? 1 : 0) + (s.endsWith(WORD_END) ? 1 : 0), 0) /
  t.length;

/**
 * Order of selectivity between two clauses (negative: `a` first): the longer shortest
 * word, then more word bounds, then fewer words.
 */
function compare(a: Clause, b: Clause): number {
  const ma = Math.min(...a.map((s) => bare(s).length));
  const mb = Math.min(...b.map((s) => bare(s).length));
  if (ma !== mb) return mb - ma;
  const ba = bounds(a);
  const bb = bounds(b);
  if (ba !== bb) return bb - ba;
  return a.length - b.length;
}

/**
 * Where a piece of pattern stands: `start`, the position before it is a word start (the
 * start of the text, or after a character that is not a letter, digit or `_`); `end`,
 * what follows it begins with such a character.
 */
interface Context {
  start: boolean;
  end: boolean;
}

const nonWord = (cp: number) => !WORD_CHAR.test(String.fromCodePoint(cp).toLowerCase());

/**
 * Clauses of a group. One branch: all of its clauses. Several: one clause, the union of
 * each branch's most selective clause (nothing if a branch has none).
 */
function ofAlternatives(alternatives: readonly AST.Alternative[], at: Context): Clauses {
  if (alternatives.length === 1) return ofSequence(alternatives[0]!.elements, at);
  const out = new Set<string>();
  for (const alt of alternatives) {
    const [best] = ofSequence(alt.elements, at).sort(compare);
    if (!best) return [];
    for (const s of best) out.add(s);
  }
  return [[...out].sort()];
}

/** Clauses of a sequence: those of each literal run and of each element, all of them. */
function ofSequence(elements: readonly AST.Element[], at: Context): Clauses {
  const clauses: Clauses = [];
  let run = '';
  let runAtStart = false;
  // Whether the position before the next element is a word start.
  let start = at.start;
  const endRun = (atEnd: boolean) => {
    if (!run) return;
    if (run.startsWith(WORD_START) || run.endsWith(WORD_END)) {
      throw new Error(`chaff rules: trigger word "${run}" holds a word-boundary mark`);
    }
    const first = run.codePointAt(0)!;
    const last = run.codePointAt(run.length - 1)!;
    const marked =
      (runAtStart && !nonWord(first) ? WORD_START : '') +
      run +
      (atEnd && !nonWord(last) ? WORD_END : '');
    if (usable(run)) clauses.push([marked]);
    run = '';
  };
  elements.forEach((el, k) => {
    const next = elements[k + 1];
    const end = next ? beginsNonWord(next) : at.end;
    if (el.type === 'Character') {
      if (run === '') runAtStart = start;
      run += String.fromCodePoint(el.value).toLowerCase();
      start = nonWord(el.value);
      if (next?.type !== 'Character') endRun(end);
      return;
    }
    clauses.push(...ofElement(el, { start, end }));
    start = endsNonWord(el, start);
  });
  return clauses;
}

/** Whether every match of `el` begins with a character that is not a word character. */
function beginsNonWord(el: AST.Element): boolean {
  switch (el.type) {
    case 'Character':
      return nonWord(el.value);
    case 'CharacterSet':
      return (el.kind === 'space' && !el.negate) || (el.kind === 'word' && el.negate);
    case 'CharacterClass':
      return (
        !el.negate &&
        el.elements.length > 0 &&
        el.elements.every(
          (c) =>
            (c.type === 'Character' && nonWord(c.value)) ||
            (c.type === 'CharacterSet' && c.kind === 'space' && !c.negate),
        )
      );
    case 'Quantifier':
      return el.min >= 1 && beginsNonWord(el.element as AST.Element);
    case 'Group':
    case 'CapturingGroup':
      return el.alternatives.every((alt) => {
        const first = alt.elements[0];
        return first !== undefined && beginsNonWord(first);
      });
    default:
      return false;
  }
}

/**
 * Whether the position after `el` is a word start: every match ends on a character that
 * is not a word character, or is empty where `before` says the position was one.
 */
function endsNonWord(el: AST.Element, before: boolean): boolean {
  switch (el.type) {
    case 'Assertion':
      // Zero width: the character before the position is the one before the assertion.
      return before;
    case 'Quantifier': {
      const inner = endsNonWord(el.element as AST.Element, before);
      return el.min >= 1 ? inner : inner && before;
    }
    case 'Group':
    case 'CapturingGroup':
      return el.alternatives.every((alt) => {
        let at = before;
        for (const e of alt.elements) at = endsNonWord(e, at);
        return at;
      });
    default:
      // One character: the same test as for the start.
      return beginsNonWord(el);
  }
}

function ofElement(el: AST.Element, at: Context): Clauses {
  switch (el.type) {
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(el.alternatives, at);
    case 'Quantifier':
      // The first repetition stands where the quantifier does; after it may come another.
      return el.min >= 1
        ? ofElement(el.element as AST.Element, {
            start: at.start,
            end: at.end && (el.max === 1 || beginsNonWord(el.element as AST.Element)),
          })
        : [];
    case 'CharacterClass': {
      // Only a plain class of a few punctuation characters: `[(/]`, not `[^/]` or `[a-z]`.
      if (el.negate || el.elements.length > MAX_CLASS_TRIGGERS) return [];
      const chars: string[] = [];
      for (const c of el.elements) {
        if (c.type !== 'Character') return [];
        const s = String.fromCodePoint(c.value).toLowerCase();
        if (!PUNCT.test(s)) return [];
        chars.push(s);
      }
      return chars.length ? [[...new Set(chars)].sort()] : [];
    }
    default:
      return [];
  }
}

/**
 * Trigger clauses of a pattern (as written in a lexicon, compiled with the `u` flag): every
 * match holds a word of each clause. The most selective clause comes first; null when
 * nothing is known (the rule always runs).
 */
export function extractTriggers(pattern: string, { wordStart = false } = {}): Clauses | null {
  // `wordStart`: the pattern stands at a word start (every rule scope puts it there).
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern, 0, pattern.length, {
    unicode: true,
  });
  const unique = new Map<string, Clause>();
  for (const c of ofAlternatives(ast.alternatives, { start: wordStart, end: false })) {
    if (c.every(usable)) unique.set(JSON.stringify(c), c);
  }
  const clauses = [...unique.values()].sort(compare).slice(0, MAX_CLAUSES);
  return clauses.length ? clauses : null;
}
