/**
 * Golden fixtures: one folder a case under test-fixtures/. Text cases (input.txt) must
 * reproduce expected.txt exactly and remove exactly the lines listed in removed.json,
 * each with one of its allowed categories and the right repeatOf.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Category, separate } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..', 'test-fixtures');
const folders = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

interface RemovedLine {
  line: number;
  text: string;
  kind: Category[];
  repeatOf?: number;
}

function lines(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** 1-based line number of an offset. */
function lineOf(input: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) {
    if (input[i] === '\n' || (input[i] === '\r' && input[i + 1] !== '\n')) n++;
  }
  return n;
}

// Whole-page text cases (page.json) have their own runner: tests/page-fixtures.test.ts.
const textCases = folders.filter(
  (f) => existsSync(join(ROOT, f, 'input.txt')) && !existsSync(join(ROOT, f, 'page.json')),
);

it('has the reference fixture and at least 15 more text fixtures', () => {
  expect(textCases).toContain('media-line-alaska');
  expect(textCases.length).toBeGreaterThanOrEqual(16);
});

describe.each(textCases)('text fixture %s', (name) => {
  const dir = join(ROOT, name);
  const input = readFileSync(join(dir, 'input.txt'), 'utf8');

  it('has its expected files', () => {
    expect(existsSync(join(dir, 'expected.txt')), 'expected.txt is missing').toBe(true);
    expect(existsSync(join(dir, 'removed.json')), 'removed.json is missing').toBe(true);
  });

  it('keeps exactly the expected text', () => {
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8');
    const result = separate(input, { format: 'text' });
    expect(`${result.text}\n`).toBe(expected);
  });

  it('removes exactly the listed lines, each with an allowed category and its repeatOf', () => {
    const listed = JSON.parse(readFileSync(join(dir, 'removed.json'), 'utf8')) as RemovedLine[];
    const result = separate(input, { format: 'text' });
    const got = result.removed.map((b) => ({
      line: lineOf(input, b.start),
      text: b.text.trim(),
      category: b.category,
      repeatOfLine:
        b.repeatOf === undefined ? undefined : lineOf(input, result.blocks[b.repeatOf]!.start),
    }));
    expect(got.map((g) => g.line)).toEqual(listed.map((l) => l.line));
    for (const [i, want] of listed.entries()) {
      const g = got[i]!;
      expect(g.text).toBe(want.text);
      expect(want.kind, `line ${want.line} "${want.text}" got ${g.category}`).toContain(g.category);
      expect(g.repeatOfLine, `repeatOf of line ${want.line}`).toBe(want.repeatOf);
    }
  });

  it('keeps the keep snippets and drops the drop snippets', () => {
    const result = separate(input, { format: 'text' });
    for (const s of lines(join(dir, 'keep.txt'))) expect(result.text).toContain(s);
    for (const s of lines(join(dir, 'drop.txt'))) expect(result.text).not.toContain(s);
  });
});
