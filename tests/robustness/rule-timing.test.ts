/**
 * Every phrase rule against adversarial 100 KB strings, timed. The recheck test in
 * rules.test.ts proves each pattern linear from its automaton; this one runs the patterns
 * as V8 compiles them, on the inputs that make backtracking engines slow: long runs of
 * each character a pattern repeats, and near-matches (the pattern's own words with the
 * last one missing, or cut off by such a run) back to back.
 *
 * Measured with the worst string per rule on a 2-core machine shared with benchmarks:
 * median 0.5 ms, p90 1.0 ms, p99 and max about 5 ms (en.other.credit-slash took 25 ms
 * before its pattern lost an overlapping \s*). A super-linear pattern takes seconds on
 * 100 KB. The bound leaves four times the slowest rule for a busy machine; a timing is
 * the best of three runs once one is over 1 ms.
 */
import { describe, expect, it } from 'vitest';
import { PHRASE_RULES } from '../../src/rules/index.js';
import type { PhraseRule } from '../../src/rules/types.js';

const SIZE = 100_000;
const BOUND_MS = 20;
/** Characters tried against each repeated atom of a pattern. */
const POOL = [
  ' ',
  '\t',
  'a',
  'e',
  'z',
  'A',
  'Z',
  'é',
  'ß',
  'ñ',
  '1',
  '-',
  "'",
  '’',
  '.',
  ',',
  ':',
  '!',
  '?',
  '$',
  '€',
  '%',
  '/',
  '_',
  '"',
  '”',
  '«',
  '»',
  '(',
  ')',
  '&',
  '@',
  '#',
  '中',
  '\u00a0',
];

/** The sources of atoms under a repeating quantifier (+, *, {n,} or {n,m} with m > 1). */
function repeatedAtoms(source: string): string[] {
  const atoms: string[] = [];
  const atom =
    /(\\p\{[^}]+\}|\\[a-zA-Z]|\\.|\[(?:\\.|[^\]\\])*\]|\((?:\?:)?(?:\\.|[^()\\])*\)|[^\\()[\]|?*+{}^$])(?:[+*]|\{\d+,(?:\d*)\})/gu;
  for (const m of source.matchAll(atom)) atoms.push(m[1]!);
  return atoms;
}

/** Characters of the pool that one repetition of the atom accepts. */
function runChars(atom: string, flags: string): string[] {
  const re = new RegExp(`^(?:${atom})$`, flags);
  return POOL.filter((c) => re.test(c));
}

/** The literal words of a pattern, in order ("support", "our", "journalism"). */
function words(source: string): string[] {
  const cleaned = source.replace(
    /\[(?:\\.|[^\]\\])*\]|\\p\{[^}]+\}|\\[a-zA-Z]|\(\?<?[:=!]|\{\d+(?:,\d*)?\}/g,
    ' ',
  );
  return cleaned.match(/\p{L}[\p{L}'’]+/gu) ?? [];
}

const fill = (unit: string) =>
  unit.repeat(Math.ceil(SIZE / Math.max(1, unit.length))).slice(0, SIZE);

function adversarial(rule: PhraseRule): string[] {
  const flags = rule.regex.flags;
  const chars = [...new Set(repeatedAtoms(rule.pattern).flatMap((a) => runChars(a, flags)))];
  const ws = words(rule.pattern);
  const near = ws.slice(0, -1).join(' ');
  const all = ws.join(' ');
  const out = [fill(`${all.slice(0, -1)} `), fill(`${near} `)];
  for (const c of chars) {
    out.push(c.repeat(SIZE));
    out.push(fill(`${all.slice(0, -1)}${c}`));
    out.push(`${near} ${c.repeat(SIZE)}\u0001`);
  }
  return out;
}

/** Milliseconds for one run of `run` (best of three when the first is slow). */
function time(run: () => unknown, slow: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
    if (best < slow) break;
  }
  return best;
}

describe('phrase rules on adversarial 100 KB strings', () => {
  it('are built from the runs and words of each pattern', () => {
    const rule = PHRASE_RULES.find((r) => r.id === 'en.other.credit-slash')!;
    const strings = adversarial(rule);
    expect(words(rule.pattern).slice(0, 3)).toEqual(['staff', 'photographer', 'photo']);
    for (const c of [' ', 'a', 'é', '-', "'", '.']) expect(strings).toContain(c.repeat(SIZE));
    expect(strings).toContain(
      `${words(rule.pattern).slice(0, -1).join(' ')} ${' '.repeat(SIZE)}\u0001`,
    );
    for (const s of strings) expect(s.length).toBeGreaterThanOrEqual(SIZE);
  });

  it('each finish in a few milliseconds', { timeout: 300_000 }, () => {
    const timings: { id: string; ms: number; what: string }[] = [];
    for (const rule of PHRASE_RULES) {
      let worst = { ms: 0, what: '' };
      for (const s of adversarial(rule)) {
        // What the classifier runs: `find` on the text and its lower case.
        const lower = s.toLowerCase();
        const ms = time(() => rule.find(s, lower), 1);
        if (ms > worst.ms) worst = { ms, what: `on ${JSON.stringify(s.slice(0, 30))}...` };
      }
      timings.push({ id: rule.id, ...worst });
    }
    timings.sort((a, b) => b.ms - a.ms);
    const q = (p: number) => timings[Math.floor(timings.length * p)]!.ms.toFixed(2);
    console.log(
      `rule timing, worst string per rule (ms): max ${q(0)} (${timings[0]!.id}), p99 ${q(0.01)}, p90 ${q(0.1)}, median ${q(0.5)}`,
    );
    expect(timings.length).toBe(PHRASE_RULES.length);
    const slow = timings
      .filter((t) => t.ms > BOUND_MS)
      .map((t) => `${t.id}: ${t.ms.toFixed(1)} ms ${t.what}`);
    expect(slow, `rules over ${BOUND_MS} ms on 100 KB`).toEqual([]);
  });
});
