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
import { TRIGGERS } from './triggers.generated.js';
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
    const triggers = TRIGGERS[id];
    let regex: RegExp | undefined;
    return {
      ...spec,
      id,
      lang: lexicon.lang,
      // Built on first use: even constructing the `\p{L}`-heavy `iu` regexes costs about
      // 0.4 ms each, and most never run on a given input (see `triggers`).
      get regex() {
        regex ??= new RegExp(wrap(spec.pattern, spec.scope), flags);
        return regex;
      },
      ...(triggers ? { triggers } : {}),
    };
  });
}

/** All compiled phrase rules, every language. */
export const PHRASE_RULES: readonly PhraseRule[] = LEXICONS.flatMap((l) => compileLexicon(l));

/** Rules by scope, for the classifier's loops. */
export const RULES_BY_SCOPE: Readonly<Record<RuleScope, readonly PhraseRule[]>> = {
  start: PHRASE_RULES.filter((r) => r.scope === 'start'),
  whole: PHRASE_RULES.filter((r) => r.scope === 'whole'),
  any: PHRASE_RULES.filter((r) => r.scope === 'any'),
};

/**
 * Every trigger word of three or more characters, in buckets by a hash of its first three
 * characters (collisions only cost a `startsWith`), for {@link presentTriggers}; and the
 * shorter ones (punctuation, see `triggers.ts`), looked for with `includes`.
 */
let triggerIndex: { buckets: (string[] | undefined)[]; short: string[] } | undefined;

const BUCKETS = 1 << 16;
/** Hash of the three characters at `i` (a small integer: no heap number, no Map). */
const hash3 = (s: string, i: number) =>
  (s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2)) & (BUCKETS - 1);

function buildTriggerIndex(): { buckets: (string[] | undefined)[]; short: string[] } {
  const buckets: (string[] | undefined)[] = new Array(BUCKETS).fill(undefined);
  const short: string[] = [];
  const all = new Set(PHRASE_RULES.flatMap((r) => r.triggers ?? []));
  for (const t of all) {
    if (t.length < 3) {
      short.push(t);
      continue;
    }
    const k = hash3(t, 0);
    buckets[k] = [...(buckets[k] ?? []), t];
  }
  return { buckets, short };
}

/**
 * The trigger words (of any rule) that occur in `lower`, in one pass over the text: a
 * lookup by a hash of the three characters at each position, then `startsWith` for the
 * few words in that bucket; plus an `includes` for each short (punctuation) trigger.
 * Linear in the text's length.
 */
export function presentTriggers(lower: string): Set<string> {
  triggerIndex ??= buildTriggerIndex();
  const { buckets, short } = triggerIndex;
  const found = new Set<string>();
  const n = lower.length - 2;
  if (n > 0) {
    // Rolling: the hash's inputs shift by one character per position.
    let c1 = lower.charCodeAt(0);
    let c2 = lower.charCodeAt(1);
    for (let i = 0; i < n; i++) {
      const c0 = c1;
      c1 = c2;
      c2 = lower.charCodeAt(i + 2);
      const words = buckets[(c0 * 961 + c1 * 31 + c2) & (BUCKETS - 1)];
      if (words === undefined) continue;
      for (const w of words) if (lower.startsWith(w, i)) found.add(w);
    }
  }
  for (const w of short) if (lower.includes(w)) found.add(w);
  return found;
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
      for (const t of r.triggers ?? []) byTrigger.set(t, [...(byTrigger.get(t) ?? []), r]);
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

/**
 * The rules of `scope` that can match a text whose {@link presentTriggers} are `present`,
 * in lexicon order: those without trigger words, and those whose words occur.
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
  let k = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[k++] = out[i]!;
  out.length = k;
  return out;
}
