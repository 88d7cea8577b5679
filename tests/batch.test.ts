/**
 * The batch API: separateMany (in this thread from source; on worker threads from the
 * build), the ordered bounded map under it, the manifest and atomic writes.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AtomicWriter, TEMP_DIR, writeFileAtomic } from '../src/batch/atomic.js';
import {
  hashOptions,
  isFresh,
  loadManifest,
  MANIFEST_FILE,
  sha256,
} from '../src/batch/manifest.js';
import { mapOrdered } from '../src/batch/ordered.js';
import { type BatchInput, type BatchResult, separate, separateMany } from '../src/index.js';
import { DIST, REFERENCE, requireBuild } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'chaff-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NEWS = 'The bridge reopened on Friday after two years of repairs, the city said.';
const texts = (n: number) =>
  Array.from({ length: n }, (_, i) => `${NEWS} Lane ${i} opened too.\nShare this article`);

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('mapOrdered', () => {
  it('keeps input order whatever finishes first, with at most `window` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const delays = [30, 1, 20, 5, 1, 15, 2, 8, 1, 12];
    const out = await all(
      mapOrdered(delays, 3, async (ms, i) => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, ms));
        inFlight--;
        return i;
      }),
    );
    expect(out).toEqual(delays.map((_, i) => i));
    expect(most).toBeLessThanOrEqual(3);
  });

  it('bounds the weight in flight too, but always lets one item in', async () => {
    let load = 0;
    let most = 0;
    const sizes = [5, 1, 1, 1, 9, 1, 1, 1];
    const out = await all(
      mapOrdered(
        sizes,
        8,
        async (w, i) => {
          load += w;
          most = Math.max(most, load);
          await new Promise((r) => setTimeout(r, 1 + (i % 3)));
          load -= w;
          return i;
        },
        { max: 6, weigh: (w) => w },
      ),
    );
    expect(out).toEqual(sizes.map((_, i) => i));
    // Under the bound, plus the one item that crossed it (the 9 gets in alone).
    expect(most).toBeLessThanOrEqual(6 + 9);
    expect(most).toBeGreaterThanOrEqual(9);
  });

  it('pulls from the source only as results are taken (backpressure) and closes it on break', async () => {
    let pulled = 0;
    let closed = false;
    function* source() {
      try {
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield i;
        }
      } finally {
        closed = true;
      }
    }
    for await (const r of mapOrdered(source(), 4, async (x) => x)) {
      if (r === 2) break;
    }
    expect(pulled).toBeLessThanOrEqual(4 + 3);
    expect(closed).toBe(true);
  });
});

describe('separateMany in this thread (concurrency 1)', () => {
  it('gives one result per input, in order, equal to separate()', async () => {
    const inputs = texts(5);
    const results = await all(separateMany(inputs, { concurrency: 1 }));
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    for (const [i, r] of results.entries()) {
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.result).toEqual(separate(inputs[i]!));
    }
  });

  it('turns a bad item into an error result and goes on', async () => {
    const items: BatchInput[] = [
      { id: 'good', input: texts(1)[0]! },
      { id: 'binary', input: 'a\u0000b' },
      { id: 'unreadable', read: () => Promise.reject(new Error('disk on fire')) },
      { id: 'bad-option', input: NEWS, options: { threshold: -1 } },
      { id: 'empty' } as BatchInput,
      { id: 'lazy', read: async () => texts(1)[0]! },
    ];
    const results = await all(separateMany(items, { concurrency: 1 }));
    const brief = results.map((r) => [r.id, r.ok ? 'ok' : r.error.code]);
    expect(brief).toEqual([
      ['good', 'ok'],
      ['binary', 'E_BINARY'],
      ['unreadable', 'E_READ'],
      ['bad-option', 'E_OPTIONS'],
      ['empty', 'E_INPUT_TYPE'],
      ['lazy', 'ok'],
    ]);
    const failure = results[2] as Extract<BatchResult, { ok: false }>;
    expect(failure.error.message).toBe('disk on fire');
  });

  it('takes an async iterable and per-item options over the batch options', async () => {
    async function* gen() {
      yield { id: 1, input: '<p>not html here</p>' };
      yield { id: 2, input: '<p>not html here</p>', options: { format: 'text' as const } };
    }
    const results = await all(separateMany(gen(), { concurrency: 1, format: 'text' }));
    expect(results.every((r) => r.ok && r.result.format === 'text')).toBe(true);
  });

  it('does what its TSDoc example says', async () => {
    const pages = [
      { id: 'a', input: 'The vote passed, officials said.\nShare this article' },
      { id: 'b', input: 'Rain is expected on Monday, forecasters said.' },
    ];
    const seen: string[] = [];
    for await (const r of separateMany(pages, { concurrency: 1 })) {
      if (r.ok) seen.push(`${r.id} ${r.result.removed.length}`);
    }
    expect(seen).toEqual(['a 1', 'b 0']);
  });

  it('refuses a bad concurrency', async () => {
    await expect(all(separateMany([], { concurrency: 0 }))).rejects.toMatchObject({
      code: 'E_OPTIONS',
    });
  });
});

describe('separateMany on worker threads (built package)', () => {
  it('keeps order, matches separate() and keeps removed blocks the same objects as in blocks', () => {
    requireBuild();
    const script = `
      const { separateMany, separate } = await import(${JSON.stringify(join(DIST, 'index.js'))});
      const { readFileSync } = await import('node:fs');
      const ref = readFileSync(${JSON.stringify(join(REFERENCE, 'input.txt'))}, 'utf8');
      const inputs = Array.from({ length: 12 }, (_, i) => i % 3 ? ref + '\\nLine ' + i + ', officials said.' : 'x'.repeat(i * 50) + ' short');
      inputs[5] = 'bad\\u0000';
      const out = [];
      for await (const r of separateMany(inputs.map((input, i) => ({ id: 'p' + i, input })), { concurrency: 2 })) {
        out.push({
          id: r.id,
          ok: r.ok,
          code: r.ok ? null : r.error.code,
          same: r.ok ? JSON.stringify(r.result) === JSON.stringify(separate(inputs[r.index])) : null,
          identity: r.ok ? r.result.removed.every((b) => r.result.blocks[b.index] === b) : null,
        });
      }
      console.log(JSON.stringify(out));`;
    const out = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
    ) as { id: string; ok: boolean; code: string | null; same: boolean; identity: boolean }[];
    expect(out.map((r) => r.id)).toEqual(Array.from({ length: 12 }, (_, i) => `p${i}`));
    expect(out[5]).toMatchObject({ ok: false, code: 'E_BINARY' });
    for (const r of out.filter((x) => x.ok)) {
      expect(r.same).toBe(true);
      expect(r.identity).toBe(true);
    }
  });

  it('works from CommonJS too', () => {
    requireBuild();
    const script = `
      const { separateMany } = require(${JSON.stringify(join(DIST, 'index.cjs'))});
      (async () => {
        const ids = [];
        for await (const r of separateMany(['${NEWS}\\nShare this article', '${NEWS}'], { concurrency: 2 })) ids.push(r.index + ':' + r.result.removed.length);
        console.log(ids.join(','));
      })();`;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim()).toBe(
      '0:1,1:0',
    );
  });
});

describe('manifest', () => {
  it('hashes options whatever their key order, ignoring undefined fields', () => {
    expect(hashOptions({ a: 1, b: { c: 2, d: [1, 2] } })).toBe(
      hashOptions({ b: { d: [1, 2], c: 2 }, a: 1, e: undefined }),
    );
    expect(hashOptions({ a: 1 })).not.toBe(hashOptions({ a: 2 }));
  });

  it('reads a missing or corrupt manifest as empty', () => {
    const dir = join(tmp, 'm');
    mkdirSync(dir);
    expect(loadManifest(dir).entries).toEqual({});
    writeFileSync(join(dir, MANIFEST_FILE), '{ not json');
    expect(loadManifest(dir).entries).toEqual({});
  });

  it('is fresh only for the same input, options and version', () => {
    const entry = { input: 'a', inputHash: sha256('x'), optionsHash: 'o', version: '1' };
    expect(isFresh(entry, sha256('x'), 'o', '1')).toBe(true);
    expect(isFresh(entry, sha256('y'), 'o', '1')).toBe(false);
    expect(isFresh(entry, sha256('x'), 'p', '1')).toBe(false);
    expect(isFresh(entry, sha256('x'), 'o', '2')).toBe(false);
    expect(isFresh(undefined, sha256('x'), 'o', '1')).toBe(false);
  });
});

describe('atomic writes', () => {
  it('writes whole files through a temp folder it removes', async () => {
    const root = join(tmp, 'out');
    const w = new AtomicWriter(root);
    await w.write(join(root, 'a', 'b.txt'), 'hello');
    await w.write(join(root, 'a', 'b.txt'), 'hello again');
    expect(readFileSync(join(root, 'a', 'b.txt'), 'utf8')).toBe('hello again');
    w.cleanupSync();
    expect(existsSync(join(root, TEMP_DIR))).toBe(false);
    await writeFileAtomic(join(root, 'r.json'), '{}');
    expect(readdirSync(root).sort()).toEqual(['a', 'r.json']);
  });

  it('sweeps temp folders of runs that died, not of live ones', () => {
    const root = join(tmp, 'sweep');
    const dead = join(root, TEMP_DIR, '999999999-abcd');
    const live = join(root, TEMP_DIR, `${process.pid}-abcd`);
    mkdirSync(dead, { recursive: true });
    mkdirSync(live, { recursive: true });
    writeFileSync(join(dead, '0-half.txt'), 'hal');
    AtomicWriter.sweep(root);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});
