/**
 * All phrase rules, compiled once at module load and validated (the habit Readability's
 * `REGEXPS` and trafilatura's non-empty token groups teach): unique ids, known categories,
 * weights in range, and no pattern that matches the empty string.
 */
import { latinLetters, latinText } from '../lang/chars.js';
import { CATEGORIES } from '../types.js';
import { de } from './phrases/de.js';
import { en } from './phrases/en.js';
import { es } from './phrases/es.js';
import { fr } from './phrases/fr.js';
import { it } from './phrases/it.js';
import { nl } from './phrases/nl.js';
import { pl } from './phrases/pl.js';
import { pt } from './phrases/pt.js';
import { ru } from './phrases/ru.js';
import { TRIGGERS, WHOLE_BOUNDS } from './triggers.generated.js';
import type { Lexicon, MatchBounds, PhraseRule, PhraseRuleSpec, RuleScope } from './types.js';
import { parseTrigger, WORD_CHAR } from './word-start.js';

/** Every lexicon chaff ships, by language. */
export const LEXICONS: readonly Lexicon[] = [en, de, fr, es, it, pt, nl, pl, ru];

/** What may not stand before an `any`-scope match: a letter, digit or `_` of any script. */
const WORD_CLASS = '[\\p{L}\\p{N}_]';

function wrap(pattern: string, scope: RuleScope, wordClass = WORD_CLASS): string {
  switch (scope) {
    case 'start':
      return `^(?:${pattern})`;
    case 'whole':
      return `^(?:${pattern})$`;
    case 'any':
      // A word boundary that also knows accented letters (`\b` is ASCII-only in JS).
      return `(?<!${wordClass})(?:${pattern})`;
  }
}

/**
 * The `any` scope's boundary for text whose every character is in {@link LATIN_DOMAIN}
 * (the rules use it on {@link latinText}, which lies inside): there `[\p{L}\p{N}_]` is
 * exactly this class (`tests/rules.test.ts` checks every code point of the domain). Building `\p{L}` and `\p{N}` costs V8 about 0.35 ms a regex, ten
 * times the rest of a typical rule (3.4M instructions of a cold start's first call, per
 * rule compiled; more on text with a character beyond Latin-1); this class is a dozen
 * ranges.
 */
export const LATIN_WORD_CLASS =
  '[0-9A-Z_a-z\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]';
/** Latin letters (to Latin Extended-B), general punctuation and currency signs. */
export const LATIN_DOMAIN: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
];

// The last text asked about, and the answer: the rules of one sentence ask about the
// same string one after another.
let lastText: string | undefined;
let lastInDomain = false;

/** Whether `text` is {@link latinText} (inside {@link LATIN_DOMAIN}), asked once per text. */
function inLatinDomain(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastInDomain = latinText(text);
  }
  return lastInDomain;
}

/** A property class that the `i` flag widens to every cased letter. */
const CASED_CLASS = /\\[pP]\{(?:Lu|Ll|Lt|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter)\}/;

/**
 * Compile and validate a lexicon. Throws on a broken rule: a bad rule must not ship.
 * With `strict` it also runs each regex once to refuse patterns that match the empty
 * string; that forces V8 to compile every regex (about 0.5-1 ms each with `\p{L}` under
 * the `iu` flags), so the shipped lexicons are checked by the test suite instead of at
 * every import, and each regex is built and compiled on its first use.
 */
export function compileLexicon(lexicon: Lexicon, { strict = false } = {}): PhraseRule[] {
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
    if (strict) {
      const regex = new RegExp(wrap(spec.pattern, spec.scope), flags);
      if (regex.test('') || new RegExp(spec.pattern, flags).test('')) {
        throw new Error(`chaff rules: ${id} matches the empty string`);
      }
    }
    return new CompiledRule(spec, id, lexicon.lang, flags, TRIGGERS[id], WHOLE_BOUNDS[id]);
  });
}

/**
 * A compiled phrase rule. A class, not an object literal per rule: its methods live on the
 * prototype, so building the few hundred rules at import costs no closures.
 */
class CompiledRule implements PhraseRule {
  readonly name: string;
  readonly category: PhraseRule['category'];
  readonly pattern: string;
  readonly scope: RuleScope;
  readonly weight: number;
  readonly caseSensitive?: boolean;
  readonly note: string;
  readonly triggers?: readonly (readonly string[])[];
  readonly bounds?: MatchBounds;
  readonly #flags: string;
  /** Whether {@link find} may run without `i` on the lower-cased text. */
  readonly #onLower: boolean;
  // Built on first use, each: see `regex`.
  #regex: RegExp | undefined;
  #lowerRegex: RegExp | undefined;
  #latinRegex: RegExp | undefined;

  constructor(
    spec: PhraseRuleSpec,
    readonly id: string,
    readonly lang: string,
    flags: string,
    triggers: readonly (readonly string[])[] | undefined,
    bounds: MatchBounds | undefined,
  ) {
    this.name = spec.name;
    this.category = spec.category;
    this.pattern = spec.pattern;
    this.scope = spec.scope;
    this.weight = spec.weight;
    if (spec.caseSensitive !== undefined) this.caseSensitive = spec.caseSensitive;
    this.note = spec.note;
    if (triggers) this.triggers = triggers;
    if (bounds) this.bounds = bounds;
    this.#flags = flags;
    // Case-insensitive rules run without the `i` flag on the lower-cased text, which V8
    // compiles in about half the time (under `i` it closes every `\p{L}` class over case).
    // Not for `\p{Lu}`-style classes, which `i` turns into "any cased letter".
    this.#onLower = !spec.caseSensitive && !CASED_CLASS.test(spec.pattern);
  }

  /**
   * The rule as one regex, scope included. Built on first use: constructing the
   * `\p{L}`-heavy `iu` regexes costs about 0.4 ms each, and most never run on a given
   * input (see `triggers`). {@link find} gives the same match and compiles faster.
   */
  get regex(): RegExp {
    this.#regex ??= new RegExp(wrap(this.pattern, this.scope), this.#flags);
    return this.#regex;
  }

  find(text: string, lower: string): string | null {
    // Same length: every character lower-cased in place (not so for "İ", which becomes
    // two), so a match on `lower` is the same stretch of `text`.
    if (this.#onLower && lower.length === text.length) {
      const m = (inLatinDomain(lower) ? this.#latinScoped() : this.#lowerScoped()).exec(lower);
      return m ? text.slice(m.index, m.index + m[0].length) : null;
    }
    // A case-sensitive rule (no `i`) on Latin text: the Latin ranges too.
    const m = (this.#flags === 'u' && inLatinDomain(text) ? this.#latinScoped() : this.regex).exec(
      text,
    );
    return m ? m[0] : null;
  }

  #lowerScoped(): RegExp {
    this.#lowerRegex ??= new RegExp(wrap(this.pattern, this.scope), 'u');
    return this.#lowerRegex;
  }

  /**
   * The rule on {@link latinText} (lower-cased, or as it is for a case-sensitive rule):
   * the same matches, built several times faster (the Latin ranges for `\p{L}` and
   * `\p{Lu}`, and the `any` scope's boundary as {@link LATIN_WORD_CLASS}).
   */
  #latinScoped(): RegExp {
    this.#latinRegex ??= new RegExp(
      wrap(latinLetters(this.pattern), this.scope, LATIN_WORD_CLASS),
      'u',
    );
    return this.#latinRegex;
  }
}

/** All compiled phrase rules, every language. */
export const PHRASE_RULES: readonly PhraseRule[] = LEXICONS.flatMap((l) => compileLexicon(l));

/** Rules by scope, for the classifier's loops. */
export const RULES_BY_SCOPE: Readonly<Record<RuleScope, readonly PhraseRule[]>> = {
  start: PHRASE_RULES.filter((r) => r.scope === 'start'),
  whole: PHRASE_RULES.filter((r) => r.scope === 'whole'),
  any: PHRASE_RULES.filter((r) => r.scope === 'any'),
};

/** A trigger as {@link presentTriggers} looks for it. */
export interface TriggerEntry {
  /** The key rules are listed under (with the {@link WORD_START} mark where it has one). */
  key: string;
  /** The text to find. */
  text: string;
  /** Only at a word start: not after a letter, digit or `_`. */
  atStart: boolean;
  /** Only at a word end: not before a letter, digit or `_`. */
  atEnd: boolean;
  /**
   * The code units at 3 and 4 of `text` (-1 past its end): words that share a bucket
   * mostly share their first three characters ("subscribe", "subscription", "submit"), and
   * comparing two numbers rules most of them out before a `startsWith`.
   */
  c3: number;
  c4: number;
}

/**
 * Every trigger word of three or more characters, in buckets by a hash of its first three
 * characters (collisions only cost a `startsWith`), for {@link presentTriggers}; and the
 * shorter ones (punctuation, see `triggers.ts`), looked for with `includes`.
 */
let triggerIndex: { buckets: (TriggerEntry[] | undefined)[]; short: TriggerEntry[] } | undefined;
/** The trigger index, built on first use. */
const builtTriggerIndex = () => (triggerIndex ??= buildTriggerIndex());

const BUCKETS = 1 << 16;
/** Hash of the three characters at `i` (a small integer: no heap number, no Map). */
const hash3 = (s: string, i: number) =>
  (s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2)) & (BUCKETS - 1);

function buildTriggerIndex(): { buckets: (TriggerEntry[] | undefined)[]; short: TriggerEntry[] } {
  const buckets: (TriggerEntry[] | undefined)[] = new Array(BUCKETS).fill(undefined);
  const short: TriggerEntry[] = [];
  for (const key of new Set(PHRASE_RULES.flatMap((r) => r.triggers?.flat() ?? []))) {
    const { text, atStart, atEnd } = parseTrigger(key);
    const entry: TriggerEntry = {
      key,
      text,
      atStart,
      atEnd,
      c3: text.length > 3 ? text.charCodeAt(3) : -1,
      c4: text.length > 4 ? text.charCodeAt(4) : -1,
    };
    if (text.length < 3) {
      short.push(entry);
      continue;
    }
    const k = hash3(entry.text, 0);
    const bucket = buckets[k];
    if (bucket) bucket.push(entry);
    else buckets[k] = [entry];
  }
  return { buckets, short };
}

/** Whether the code unit at `i` is part of a letter, digit or `_` (false past the ends). */
function wordAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
  }
  // A low surrogate: the code point starts one unit earlier.
  const from = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
  return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(from)!));
}

/** Whether the word boundaries `e`'s marks ask for hold around `i` of `s`. */
const boundsHold = (s: string, e: TriggerEntry, i: number) =>
  !(e.atStart && wordAt(s, i - 1)) && !(e.atEnd && wordAt(s, i + e.text.length));

/** Whether `e` occurs at `i` of `s` with the word boundaries its marks ask for. */
const occursAt = (s: string, e: TriggerEntry, i: number) =>
  s.startsWith(e.text, i) && boundsHold(s, e, i);

/**
 * The trigger words (of any rule) that occur in `lower`, in one pass over the text: a
 * lookup by a hash of the three characters at each position, then `startsWith` for the
 * few words in that bucket; plus an `includes` for each short (punctuation) trigger.
 * A trigger marked as a word start or end (see `word-start.ts`) counts only where no
 * letter, digit or `_` stands before or after it.
 * Linear in the text's length.
 */
export function presentTriggers(lower: string): Set<string> {
  const found = new Set<string>();
  const occurrences: TriggerOccurrence[] = [];
  scanBuckets(lower, occurrences);
  for (const { entry: e, at } of occurrences) if (boundsHold(lower, e, at)) found.add(e.key);
  for (const e of builtTriggerIndex().short) {
    if (found.has(e.key)) continue;
    for (let i = lower.indexOf(e.text); i >= 0; i = lower.indexOf(e.text, i + 1)) {
      if (occursAt(lower, e, i)) {
        found.add(e.key);
        break;
      }
    }
  }
  return found;
}

/**
 * Push to `out`, by position, each place where a trigger of three or more characters
 * occurs in `lower` (word bounds not checked): a lookup by a hash of the three characters
 * at each position (rolling: its inputs shift by one character per position), then the
 * few words in that bucket, compared on their fourth and fifth characters before a
 * `startsWith`. One loop with no callback: this runs over every character of the input.
 */
function scanBuckets(lower: string, out: TriggerOccurrence[]): void {
  const { buckets } = builtTriggerIndex();
  const n = lower.length - 2;
  if (n <= 0) return;
  let c1 = lower.charCodeAt(0);
  let c2 = lower.charCodeAt(1);
  for (let i = 0; i < n; i++) {
    const c0 = c1;
    c1 = c2;
    c2 = lower.charCodeAt(i + 2);
    const entries = buckets[(c0 * 961 + c1 * 31 + c2) & (BUCKETS - 1)];
    if (entries === undefined) continue;
    // NaN past the end, which no entry's -1 or code unit equals.
    const d3 = lower.charCodeAt(i + 3);
    const d4 = lower.charCodeAt(i + 4);
    for (let j = 0; j < entries.length; j++) {
      const e = entries[j]!;
      if (e.c3 >= 0 && (e.c3 !== d3 || (e.c4 >= 0 && e.c4 !== d4))) continue;
      if (lower.startsWith(e.text, i)) out.push({ entry: e, at: i });
    }
  }
}

/** Where a trigger's text occurs in a text, word bounds not yet checked. */
export interface TriggerOccurrence {
  entry: TriggerEntry;
  at: number;
}

/**
 * Every place in `lower` where a trigger's text occurs, by position (word bounds are checked
 * per range by {@link presentIn}): one scan of a block's text serves the block and each
 * of its sentences. Linear in the text's length plus the occurrences.
 */
export function triggerOccurrences(lower: string): TriggerOccurrence[] {
  const out: TriggerOccurrence[] = [];
  scanBuckets(lower, out);
  let sorted = true;
  for (const e of builtTriggerIndex().short) {
    for (let i = lower.indexOf(e.text); i >= 0; i = lower.indexOf(e.text, i + 1)) {
      out.push({ entry: e, at: i });
      sorted = false;
    }
  }
  if (!sorted) out.sort((a, b) => a.at - b.at);
  return out;
}

/**
 * What {@link presentTriggers} gives for `lower.slice(from, to)`, from the occurrences of
 * `lower` ({@link triggerOccurrences}), starting at index `k` of them; returns the set and
 * the index of the first occurrence at or after `to`, where the next range's look starts.
 * A word bound at the range's edge holds as at the edge of the text.
 */
export function presentIn(
  lower: string,
  occurrences: readonly TriggerOccurrence[],
  from: number,
  to: number,
  k = 0,
): { present: Set<string>; next: number } {
  const present = new Set<string>();
  while (k < occurrences.length && occurrences[k]!.at < from) k++;
  for (; k < occurrences.length && occurrences[k]!.at < to; k++) {
    const { entry: e, at } = occurrences[k]!;
    const end = at + e.text.length;
    if (end > to) continue;
    if (e.atStart && at > from && wordAt(lower, at - 1)) continue;
    if (e.atEnd && end < to && wordAt(lower, end)) continue;
    present.add(e.key);
  }
  return { present, next: k };
}

/** Rules by scope: those without trigger words, and those listed under each word. */
interface ScopeIndex {
  always: readonly PhraseRule[];
  byTrigger: ReadonlyMap<string, readonly PhraseRule[]>;
}
let scopeIndex: Record<RuleScope, ScopeIndex> | undefined;

function buildScopeIndex(): Record<RuleScope, ScopeIndex> {
  const make = (rules: readonly PhraseRule[]): ScopeIndex => {
    const byTrigger = new Map<string, PhraseRule[]>();
    for (const r of rules) {
      // Listed under the words of the first clause, the most selective one.
      for (const t of r.triggers?.[0] ?? []) {
        const listed = byTrigger.get(t);
        if (listed) listed.push(r);
        else byTrigger.set(t, [r]);
      }
    }
    return { always: rules.filter((r) => !r.triggers), byTrigger };
  };
  return {
    start: make(RULES_BY_SCOPE.start),
    whole: make(RULES_BY_SCOPE.whole),
    any: make(RULES_BY_SCOPE.any),
  };
}

const ORDER = new Map(PHRASE_RULES.map((r, i) => [r, i]));
const byOrder = (a: PhraseRule, b: PhraseRule) => ORDER.get(a)! - ORDER.get(b)!;

/** Whether each clause after the first has a word in `present` (the first led here). */
function allClauses(
  clauses: readonly (readonly string[])[],
  present: ReadonlySet<string>,
): boolean {
  for (let c = 1; c < clauses.length; c++) {
    if (!clauses[c]!.some((w) => present.has(w))) return false;
  }
  return true;
}

/**
 * The rules of `scope` that can match a text whose {@link presentTriggers} are `present`,
 * in lexicon order: those without trigger words, and those with a word of every clause.
 */
export function candidateRules(scope: RuleScope, present: ReadonlySet<string>): PhraseRule[] {
  scopeIndex ??= buildScopeIndex();
  const { always, byTrigger } = scopeIndex[scope];
  if (present.size === 0) return always as PhraseRule[];
  let out: PhraseRule[] | undefined;
  for (const w of present) {
    const rules = byTrigger.get(w);
    if (rules === undefined) continue;
    out ??= [...always];
    for (const r of rules) out.push(r);
  }
  if (out === undefined) return always as PhraseRule[];
  out.sort(byOrder);
  // Sorted, so a rule listed under several present words sits next to its copies.
  // The other clauses must hold too.
  let k = 0;
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    if (i > 0 && r === out[i - 1]) continue;
    if (r.triggers && !allClauses(r.triggers, present)) continue;
    out[k++] = r;
  }
  out.length = k;
  return out;
}
