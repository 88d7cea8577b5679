/**
 * Golden HTML fixtures: every test-fixtures/<case>/page.html must give exactly its
 * expected.txt, the title in metadata, the listed categories among the removed blocks,
 * the paywall flag, and keep/drop snippets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Category, separate } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..', 'test-fixtures');
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, 'page.html')))
  .map((d) => d.name)
  .sort();

interface HtmlExpectation {
  title?: string;
  removedCategories: Category[];
  paywall?: boolean;
  byline?: string;
  encoding?: string;
}

function snippets(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

it('has the reference page and at least 12 more HTML fixtures', () => {
  expect(cases).toContain('media-line-alaska');
  expect(cases.length).toBeGreaterThanOrEqual(13);
});

describe.each(cases)('HTML fixture %s', (name) => {
  const dir = join(ROOT, name);
  const bytes = readFileSync(join(dir, 'page.html'));

  it('has its expected files', () => {
    expect(existsSync(join(dir, 'expected.txt')), 'expected.txt is missing').toBe(true);
    expect(existsSync(join(dir, 'html.json')), 'html.json is missing').toBe(true);
  });

  const want = (): HtmlExpectation => JSON.parse(readFileSync(join(dir, 'html.json'), 'utf8'));
  // Pages are handed over as bytes, as a scraper stores them; chaff sniffs the encoding.
  const result = () => separate(bytes, { format: 'html' });

  it('keeps exactly the expected text', () => {
    expect(`${result().text}\n`).toBe(readFileSync(join(dir, 'expected.txt'), 'utf8'));
  });

  it('reports title, paywall and the removed categories', () => {
    const w = want();
    const r = result();
    if (w.title) expect(r.metadata.title).toBe(w.title);
    if (w.paywall !== undefined) expect(r.paywall.detected).toBe(w.paywall);
    const got = new Set(r.removed.map((b) => b.category));
    for (const c of w.removedCategories) expect([...got], `category ${c}`).toContain(c);
  });

  it('keeps the keep snippets and drops the drop snippets', () => {
    const r = result();
    for (const s of snippets(join(dir, 'keep.txt'))) expect(r.text).toContain(s);
    for (const s of snippets(join(dir, 'drop.txt'))) expect(r.text).not.toContain(s);
  });

  it('renders clean HTML and Markdown', () => {
    const r = result();
    expect(r.html).toBeDefined();
    expect(r.html).not.toMatch(/<script|<style|\son\w+=|javascript:|style=/i);
    expect(r.markdown).toBeDefined();
  });
});
