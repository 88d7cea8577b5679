/**
 * The robustness properties of `src/fuzz/cases.ts` with a modest, fixed number of runs;
 * `npm run fuzz -- --runs N` runs the same properties for as long as one likes.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseArb,
  checkCase,
  checkHtmlCoverage,
  checkTextCoverage,
  contentText,
  htmlArb,
  loadSeeds,
  textArb,
} from '../../src/fuzz/cases.js';
import { ChaffError, type SeparateOptions, type Separation, separate } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const seeds = loadSeeds(join(ROOT, 'test-fixtures'));

/** The result, or null for a typed refusal (a NUL-heavy string is E_BINARY). */
function tryRun(input: string, options: SeparateOptions): Separation | null {
  try {
    return separate(input, options);
  } catch (e) {
    if (e instanceof ChaffError) return null;
    throw e;
  }
}

describe('robustness properties', () => {
  it('separate returns or throws ChaffError; same input, same output, in any order; blocks cover the input', {
    timeout: 240_000,
  }, () => {
    fc.assert(fc.property(caseArb(seeds), checkCase), { numRuns: 250, seed: 6 });
  });

  it('plain text: every non-space character in exactly one block', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        textArb.filter((t) => t.length > 0),
        (t) => {
          const r = tryRun(t, { format: 'text' });
          if (r) checkTextCoverage(t, r);
        },
      ),
      { numRuns: 400, seed: 6 },
    );
  });

  it('generated HTML: kept and removed blocks hold the text of the content area', {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(htmlArb, (h) => {
        const r = tryRun(h, { format: 'html' });
        if (r) checkHtmlCoverage(h, r);
      }),
      { numRuns: 150, seed: 6 },
    );
  });

  it('the checks fail when a property is broken', () => {
    const text = 'One line.\nTwo line.';
    const r = separate(text);
    expect(() => checkTextCoverage(text, { ...r, blocks: r.blocks.slice(1) })).toThrow(
      /in no block/,
    );
    const html = '<html><body><p>Kept paragraph.</p><script>x</script><p>Other.</p></body></html>';
    expect(contentText(html)).toBe('Kept paragraph.Other.');
    const h = separate(html);
    expect(() => checkHtmlCoverage(html, { ...h, blocks: h.blocks.slice(0, 1) })).toThrow(/differ/);
  });
});
