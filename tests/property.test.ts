import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { separate } from '../src/index.js';

const lineArb = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom(
    'Subscribe to continue reading',
    'Join us.',
    '- Read more: The best of the week',
    'Advertisement',
    'The mayor said on Monday that the budget would pass.',
    '\u00a0\u200b',
    '\t',
    '',
    '• Share this article',
  ),
);
// Empty input is an error (E_EMPTY, tested in separate.test.ts); whitespace alone is not.
const textArb = fc
  .tuple(fc.array(lineArb, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\n\n', '\r'))
  .map(([lines, eol]) => lines.join(eol))
  .filter((s) => s.length > 0);

const NON_SPACE = /[^\s\u00a0\u200b-\u200d\u2060\ufeff]/gu;

describe('separate (properties)', () => {
  it('puts every non-whitespace character in exactly one block, in order', () => {
    fc.assert(
      fc.property(textArb, (input) => {
        const r = separate(input, { format: 'text' });
        let last = 0;
        const covered = new Array<number>(input.length).fill(0);
        for (const b of r.blocks) {
          expect(b.start).toBeGreaterThanOrEqual(last);
          expect(input.slice(b.start, b.end)).toBe(b.text);
          for (let i = b.start; i < b.end; i++) covered[i]!++;
          last = b.end;
        }
        for (const m of input.matchAll(NON_SPACE)) {
          expect(covered[m.index], `char ${JSON.stringify(m[0])} at ${m.index}`).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('has kept ∪ removed = all blocks, and the same result on every call', () => {
    fc.assert(
      fc.property(textArb, (input) => {
        const a = separate(input, { format: 'text' });
        const b = separate(input, { format: 'text' });
        expect(b).toEqual(a);
        const kept = a.blocks.filter((x) => x.label === 'content');
        expect(kept.length + a.removed.length).toBe(a.blocks.length);
        for (const x of a.removed) expect(a.blocks[x.index]).toBe(x);
        expect(a.text).toBe(kept.map((x) => x.text).join('\n\n'));
        for (const x of a.blocks) {
          expect(x.confidence).toBeGreaterThanOrEqual(0);
          expect(x.confidence).toBeLessThanOrEqual(1);
          if (x.label === 'boilerplate') expect(x.category).toBeDefined();
        }
      }),
      { numRuns: 200 },
    );
  });
});
