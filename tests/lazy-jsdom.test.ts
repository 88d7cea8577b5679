/**
 * The text path must never load jsdom or Readability: check the module caches of a fresh
 * Node process that imports the built package both ways and separates text.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuild } from './helpers.js';

beforeAll(requireBuild);

describe('text path stays light', () => {
  it('CommonJS: jsdom and readability are not in require.cache', () => {
    const script = `
      const { separate } = require(${JSON.stringify(join(DIST, 'index.cjs'))});
      const r = separate('A council vote was held on Monday, officials said.\\nAdvertisement');
      const loaded = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](jsdom|@mozilla[\\\\/]readability)[\\\\/]/.test(k));
      console.log(JSON.stringify({ removed: r.removed.length, loaded }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    expect(out.removed).toBe(1);
    expect(out.loaded).toEqual([]);
  });

  it('ESM: jsdom and readability are not in the module cache', () => {
    const script = `
      import { separate } from ${JSON.stringify(join(DIST, 'index.js'))};
      import { createRequire } from 'node:module';
      const r = separate('A council vote was held on Monday, officials said.\\nAdvertisement');
      const require = createRequire(import.meta.url);
      const loaded = Object.keys(require.cache).filter((k) => /jsdom|readability/.test(k));
      console.log(JSON.stringify({ removed: r.removed.length, loaded }));`;
    // CommonJS modules that ESM code imports (jsdom is one) land in the same Module cache.
    const res = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    const out = JSON.parse(res);
    expect(out.removed).toBe(1);
    expect(out.loaded).toEqual([]);
  });
});
