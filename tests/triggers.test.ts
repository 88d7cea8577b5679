import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripEdges } from '../src/pipeline/classify.js';
import { normalise } from '../src/pipeline/features.js';
import { candidateRules, LEXICONS, PHRASE_RULES, presentTriggers } from '../src/rules/index.js';
import { matchBounds } from '../src/rules/longest.js';
import { boundsTable, triggerTable } from '../src/rules/trigger-table.js';
import { TRIGGERS, WHOLE_BOUNDS } from '../src/rules/triggers.generated.js';
import { extractTriggers } from '../src/rules/triggers.js';
import { parseTrigger } from '../src/rules/word-start.js';

/** Every non-empty line of the text and HTML fixtures (tags as line breaks), trimmed. */
function fixtureLines(): string[] {
  const root = join(import.meta.dirname, '..', 'test-fixtures');
  const lines: string[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(root, dir.name))) {
      if (/\.(?:txt|html)$/.test(f)) {
        lines.push(...readFileSync(join(root, dir.name, f), 'utf8').split(/\n|<[^>]*>/));
      }
    }
  }
  return lines.map((l) => l.trim()).filter(Boolean);
}

describe('rule trigger words', () => {
  it('are derived conservatively from the pattern, one clause per required piece', () => {
    expect(extractTriggers('sign\\s+up\\s+for')).toEqual([['sign⟩'], ['⟨for']]);
    expect(extractTriggers('(?:donate|chip\\s+in)\\s+today')).toEqual([
      ['⟨today'],
      ['chip⟩', 'donate⟩'],
    ]);
    expect(extractTriggers('(?:donate|give)\\s+now')).toEqual([['donate⟩', 'give⟩'], ['⟨now']]);
    expect(extractTriggers('subscribers?')).toEqual([['subscriber']]);
    // An optional part or a branch without a literal gives no trigger: the rule always runs.
    expect(extractTriggers('(?:news)?letter')).toEqual([['letter']]);
    expect(extractTriggers('(?:newsletter|\\d+)')).toBeNull();
    expect(extractTriggers('(?:ad)?')).toBeNull();
    expect(extractTriggers('[\\p{L}]+ab')).toBeNull();
    expect(extractTriggers('Weiterlesen')).toEqual([['weiterlesen']]);
    // Punctuation counts at any length, alone or as a small class; letters do not.
    expect(extractTriggers('\\d+\\s*\\/\\s*\\d+')).toEqual([['/']]);
    expect(extractTriggers('\\w+\\s?[(/]\\s?\\d+')).toEqual([['(', '/']]);
    expect(extractTriggers('\\w+\\s?\\/\\s?afp')).toEqual([['⟨afp'], ['/']]);
    expect(extractTriggers('\\w+[^/]\\d+')).toBeNull();
    expect(extractTriggers('\\w+[a-c]\\d+')).toBeNull();
    expect(extractTriggers('x|ok')).toBeNull();
  });

  it('mark word starts and ends only where every match has them', () => {
    const at = (p: string) => extractTriggers(p, { wordStart: true });
    // The rule scopes put the pattern at a word start; `\s`, punctuation and the end of
    // the pattern's group before `\s` bound the word.
    expect(at('por\\s+(?!el\\s)\\p{L}+')).toEqual([['⟨por⟩']]);
    expect(at('support\\w*')).toEqual([['⟨support']]);
    expect(at('(?:read|seen)\\s+it')).toEqual([['⟨read⟩', '⟨seen⟩']]);
    expect(at('(?:durch|von)\\s+\\p{L}+')).toEqual([['⟨durch⟩', '⟨von⟩']]);
    // After a letter class or an optional letter, the run may continue a word.
    expect(at('\\p{L}*port')).toEqual([['port']]);
    expect(at('(?:un)?subscribe')).toEqual([['subscribe']]);
    expect(at('[\\s(]news(?:letter)?')).toEqual([['⟨news']]);
    // Zero-width assertions do not move the position.
    expect(at('(?=x)xport\\b')).toEqual([['⟨xport']]);
    expect(at("l'article")).toEqual([["⟨l'article"]]);
    expect(() => extractTriggers('⟨x⟩\\s+more')).toThrow(/word-boundary mark/);
  });

  it('are up to date in triggers.generated.ts (run `npm run rules:triggers`)', () => {
    expect(TRIGGERS).toEqual(triggerTable(LEXICONS));
    expect(WHOLE_BOUNDS).toEqual(boundsTable(LEXICONS));
  });

  it('never hide a rule from a line it matches (every fixture line, every rule)', () => {
    let matched = 0;
    for (const text of fixtureLines()) {
      const present = presentTriggers(text.toLowerCase());
      for (const scope of ['start', 'whole', 'any'] as const) {
        const candidates = new Set(candidateRules(scope, present));
        for (const rule of PHRASE_RULES.filter((r) => r.scope === scope)) {
          if (rule.regex.test(text)) {
            matched++;
            expect(candidates.has(rule), `${rule.id} on "${text}"`).toBe(true);
          }
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('find() agrees with the rule regex on every fixture line, in any case', () => {
    let matched = 0;
    for (const line of fixtureLines()) {
      for (const text of [
        line,
        line.toUpperCase(),
        line.replace(/\b\w/g, (c) => c.toUpperCase()),
      ]) {
        const lower = text.toLowerCase();
        const present = presentTriggers(lower);
        // The rules the classifier would try (the test above: no others can match).
        const rules = new Set(
          (['start', 'whole', 'any'] as const).flatMap((scope) => candidateRules(scope, present)),
        );
        for (const rule of rules) {
          const expected = rule.regex.exec(text)?.[0] ?? null;
          if (expected !== null) matched++;
          expect(rule.find(text, lower), `${rule.id} on "${text}"`).toBe(expected);
        }
      }
    }
    expect(matched).toBeGreaterThan(300);
    // A character that lower-cases to two ("İ") shifts positions: the regex itself runs.
    const rule = PHRASE_RULES.find((r) => r.id === 'en.ad.advertisement')!;
    expect(rule.find('İ ADVERTISEMENT', 'İ ADVERTISEMENT'.toLowerCase())).toBe(
      rule.regex.exec('İ ADVERTISEMENT')?.[0] ?? null,
    );
  });

  it('find() checks the `any` boundary as the regex does, retrying after a refused start', () => {
    const rule = PHRASE_RULES.find((r) => r.id === 'en.donation.support-our-journalism')!;
    expect(rule.scope).toBe('any');
    const cases: [string, string | null][] = [
      // Inside a word first, at a word start later: the later one.
      ['unsupport our journalism, then support our journalism', 'support our journalism'],
      // Letters outside ASCII, and one outside the BMP (a surrogate pair), are word characters.
      ['ésupport our journalism', null],
      ['\u{1D400}support our journalism', null],
      // Punctuation, digits' neighbours and the text's start are not.
      ['(support our journalism)', 'support our journalism'],
      ['_support our journalism', null],
      ['2support our journalism', null],
      ['Support Our Journalism', 'Support Our Journalism'],
    ];
    for (const [text, expected] of cases) {
      expect(rule.find(text, text.toLowerCase()), text).toBe(expected);
      expect(rule.regex.exec(text)?.[0] ?? null, text).toBe(expected);
    }
  });

  it('make a rule a candidate only when every clause has a word present', () => {
    const rule = PHRASE_RULES.find((r) => r.id === 'en.donation.support-our-journalism')!;
    expect(rule.triggers!.length).toBeGreaterThan(1);
    const has = (text: string) => candidateRules(rule.scope, presentTriggers(text)).includes(rule);
    expect(has('support our journalism')).toBe(true);
    // The first clause alone ("support") is not enough.
    expect(has('we support the plan')).toBe(false);
    expect(has('support the journalism of others')).toBe(false);
  });

  it('finds each trigger where a plain search finds it, at the text end too', () => {
    const keys = [...new Set(PHRASE_RULES.flatMap((r) => r.triggers?.flat() ?? []))];
    const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
    const naive = (lower: string) =>
      keys.filter((key) => {
        const { text, atStart, atEnd } = parseTrigger(key);
        for (let i = lower.indexOf(text); i >= 0; i = lower.indexOf(text, i + 1)) {
          const before = [...lower.slice(0, i)].at(-1);
          const after = [...lower.slice(i + text.length)][0];
          if (!(atStart && isWord(before)) && !(atEnd && isWord(after))) return true;
        }
        return false;
      });
    // Texts that end inside a trigger or right after one, and words that share a
    // trigger's first three letters but not its fourth or fifth.
    const texts = [
      ...fixtureLines().slice(0, 150),
      'subscri',
      'subscrib',
      'please subscribe',
      'a subscriptio',
      'subway submarine subtle',
      'newsletters newsl news',
    ];
    let found = 0;
    for (const text of texts) {
      const lower = text.toLowerCase();
      const expected = naive(lower).sort();
      found += expected.length;
      expect([...presentTriggers(lower)].sort(), text).toEqual(expected);
    }
    expect(found).toBeGreaterThan(200);
  });

  it('finds overlapping and repeated words in one pass, marked ones at word bounds', () => {
    const present = presentTriggers('unsubscribe or subscribers; support supporters');
    expect(present.has('⟨unsubscribe')).toBe(true);
    expect(present.has('⟨subscribe')).toBe(true);
    expect(present.has('⟨subscribe⟩')).toBe(false);
    expect(present.has('⟨support')).toBe(true);
    expect(presentTriggers('photo: jane doe / afp').has('/')).toBe(true);
    expect(presentTriggers('no slash here').has('/')).toBe(false);
    // "por" and "par" only as words: not in "reporting" or "part".
    expect(presentTriggers('reporting for part of it').has('⟨por⟩')).toBe(false);
    expect(presentTriggers('reporting for part of it').has('⟨par⟩')).toBe(false);
    expect(presentTriggers('texto por maría').has('⟨por⟩')).toBe(true);
    expect(presentTriggers('por').has('⟨por⟩')).toBe(true);
    expect(presentTriggers('«par» jean').has('⟨par⟩')).toBe(true);
    // Non-ASCII letters are word characters too, astral ones included.
    expect(presentTriggers('éspor d').has('⟨por⟩')).toBe(false);
    expect(presentTriggers('𝒜por d').has('⟨por⟩')).toBe(false);
    expect(presentTriggers('😀por d').has('⟨por⟩')).toBe(true);
  });
});

describe('match bounds of whole-scope rules', () => {
  it('count code units and spaces on normalised text', () => {
    expect(matchBounds('share|tweet')).toEqual({ chars: 5, spaces: 0 });
    // A run of white space is one space on normalised text.
    expect(matchBounds('by\\s+\\w{1,20}')).toEqual({ chars: 23, spaces: 1 });
    expect(matchBounds('a\\s*\\|\\s*b')).toEqual({ chars: 5, spaces: 2 });
    // A run that cannot hold a space bounds the words, not the characters.
    expect(matchBounds('\\d+\\s+min')).toEqual({ spaces: 1 });
    expect(matchBounds('\\p{L}+(?:\\s+\\S+){0,2}')).toEqual({ spaces: 2 });
    // A character beyond the BMP, or one that may be (a property, a negated set), is two.
    expect(matchBounds('\\u{1F600}')).toEqual({ chars: 2, spaces: 0 });
    expect(matchBounds('[^|]{0,3}')).toEqual({ chars: 6, spaces: 3 });
    expect(matchBounds('x(?=abc)(?<!q)\\b')).toEqual({ chars: 1, spaces: 0 });
    // Unbounded runs that may hold spaces leave no bound; a back-reference neither.
    expect(matchBounds('[^|]+')).toEqual({});
    expect(matchBounds('.*')).toEqual({});
    expect(matchBounds('(a)\\1')).toEqual({});
    expect(matchBounds('(?:ab){0}c')).toEqual({ chars: 1, spaces: 0 });
  });

  it('hold for every fixture line a whole rule matches, as the classifier sees it', () => {
    let checked = 0;
    for (const line of fixtureLines()) {
      const text = stripEdges(normalise(line));
      for (const rule of PHRASE_RULES) {
        if (rule.scope !== 'whole' || !rule.bounds || !rule.regex.test(text)) continue;
        checked++;
        const { chars, spaces } = rule.bounds;
        if (chars !== undefined)
          expect(text.length, `${rule.id} on "${text}"`).toBeLessThanOrEqual(chars);
        if (spaces !== undefined) {
          expect(text.split(' ').length - 1, `${rule.id} on "${text}"`).toBeLessThanOrEqual(spaces);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('give most whole-scope rules a bound', () => {
    const whole = PHRASE_RULES.filter((r) => r.scope === 'whole');
    expect(whole.filter((r) => r.bounds).length).toBeGreaterThan(whole.length * 0.9);
  });
});
