import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import {
  compileLexicon,
  LATIN_DOMAIN,
  LATIN_WORD_CLASS,
  LEXICONS,
  PHRASE_RULES,
  presentIn,
  presentTriggers,
  triggerOccurrences,
} from '../src/rules/index.js';
import { STRUCTURE_RULES } from '../src/rules/structure.js';
import { CATEGORIES } from '../src/types.js';

describe('phrase rules', () => {
  it('ships English, German, French and Spanish lexicons at least', () => {
    const langs = LEXICONS.map((l) => l.lang);
    for (const l of ['en', 'de', 'fr', 'es']) expect(langs).toContain(l);
  });

  it('have unique ids, known categories and a note each', () => {
    const ids = new Set<string>();
    for (const r of PHRASE_RULES) {
      expect(ids.has(r.id), r.id).toBe(false);
      ids.add(r.id);
      expect(CATEGORIES).toContain(r.category);
      expect(r.note.length, `${r.id} needs a note`).toBeGreaterThan(10);
    }
    for (const r of STRUCTURE_RULES) expect(r.note.length).toBeGreaterThan(10);
  });

  it('ships no rule that matches the empty string', () => {
    for (const lexicon of LEXICONS) {
      expect(() => compileLexicon(lexicon, { strict: true }), lexicon.lang).not.toThrow();
    }
  });

  it('refuses a rule that matches the empty string or repeats an id', () => {
    const rule = {
      name: 'x',
      category: 'ad' as const,
      scope: 'any' as const,
      weight: 1,
      note: 'test rule',
    };
    expect(() =>
      compileLexicon({ lang: 'xx', rules: [{ ...rule, pattern: 'a*' }] }, { strict: true }),
    ).toThrow(/empty string/);
    expect(() =>
      compileLexicon({
        lang: 'xx',
        rules: [
          { ...rule, pattern: 'a' },
          { ...rule, pattern: 'b' },
        ],
      }),
    ).toThrow(/duplicate/);
  });

  // recheck analyses whether a regex can backtrack super-linearly. Our patterns use
  // lookbehind, which its automaton checker does not support, so it falls back to its fuzz
  // checker: a random search, seeded here so that the verdict is the same on every run.
  // The search models a plain backtracking engine, so it also flags patterns that V8 runs
  // in linear time (an anchored `^...$` rule, say); a "vulnerable" verdict is therefore
  // checked in V8 on recheck's own attack string, where a truly super-linear pattern takes
  // seconds. recheck gives up ("unknown", kind timeout) when the machine is too busy to
  // finish in time (most rules take a few seconds on an idle one); that is not a verdict,
  // and every rule is also timed on adversarial 100 KB strings in
  // tests/robustness/rule-timing.test.ts, the guard that does not depend on load.
  it.each(PHRASE_RULES.map((r) => [r.id, r] as const))('%s is linear-time', (_id, rule) => {
    const diagnostics = checkSync(rule.regex.source, rule.regex.flags, {
      timeout: 5_000,
      randomSeed: 20_240_601,
    });
    if (diagnostics.status === 'unknown' && diagnostics.error.kind === 'timeout') return;
    if (diagnostics.status === 'vulnerable') {
      const attack = diagnostics.attack.string;
      const ms = bestOfThree(() => {
        rule.regex.lastIndex = 0;
        rule.regex.test(attack);
      });
      const why = `${diagnostics.complexity.summary}; attack ${diagnostics.attack.pattern} (${attack.length} chars) took ${ms.toFixed(1)} ms in V8`;
      expect(ms, why).toBeLessThan(100);
      return;
    }
    const why =
      diagnostics.status === 'unknown' ? `unknown: ${JSON.stringify(diagnostics.error)}` : '';
    expect(diagnostics.status, why).toBe('safe');
  });
});

/** The shortest of three timings of `run`, in ms. */
function bestOfThree(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('the any scope on Latin text', () => {
  it('uses a boundary class that is [\\p{L}\\p{N}_] on every code point of the domain', () => {
    const cheap = new RegExp(`^${LATIN_WORD_CLASS}$`, 'u');
    const full = /^[\p{L}\p{N}_]$/u;
    let checked = 0;
    for (const [from, to] of LATIN_DOMAIN) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        expect(cheap.test(ch), `U+${c.toString(16)}`).toBe(full.test(ch));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(700);
  });

  it('finds what the full regex finds, in and out of the domain', () => {
    const texts = [
      'please support our journalism today',
      'résupport our journalism',
      'éSupport our journalism — and “support our journalism”',
      'Поддержите support our journalism',
      '東京support our journalism',
      'naïve readers like you make this possible',
      'ΟΔΟΣ readers like you',
    ];
    const rules = PHRASE_RULES.filter((r) => r.scope === 'any');
    let matched = 0;
    for (const text of texts) {
      const lower = text.toLowerCase();
      for (const r of rules) {
        const m = r.regex.exec(text);
        const found = r.find(text, lower);
        expect(found, `${r.id} on ${text}`).toBe(m ? m[0] : null);
        if (found !== null) matched++;
      }
    }
    expect(matched).toBeGreaterThan(3);
  });
});

describe('trigger words of a range', () => {
  it('are those presentTriggers finds in the slice, for every range of a text', () => {
    const texts = [
      'support our journalism. Donate today! Join 5,000 members — sign up for our newsletter',
      "reporting by jane doe | 12:30 | (@chaff) can't stop, won't stop: subscribe now/log in",
      'wir brauchen ihre unterstützung. jetzt spenden! abonnieren sie unseren newsletter',
      'naïve café-goers: par ici, por favor — €5 / £4 $3 » more',
    ];
    let nonEmpty = 0;
    for (const lower of texts) {
      const occurrences = triggerOccurrences(lower);
      for (let from = 0; from <= lower.length; from += 3) {
        for (let to = from; to <= lower.length; to += 5) {
          const got = [...presentIn(lower, occurrences, from, to).present].sort();
          expect(got, `${from}-${to} of ${lower}`).toEqual(
            [...presentTriggers(lower.slice(from, to))].sort(),
          );
          if (got.length > 0) nonEmpty++;
        }
      }
    }
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('go on from where the last range stopped', () => {
    const lower = 'donate today. support us now. join us.';
    const occurrences = triggerOccurrences(lower);
    const a = presentIn(lower, occurrences, 0, 13);
    const b = presentIn(lower, occurrences, 14, 29, a.next);
    expect([...b.present].sort()).toEqual([...presentTriggers(lower.slice(14, 29))].sort());
    expect(b.present.size).toBeGreaterThan(0);
  });
});
