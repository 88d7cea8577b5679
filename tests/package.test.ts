/**
 * The packed tarball installs into a fresh project and imports both ways (ESM and CJS),
 * and its bin runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, requireBuild } from './helpers.js';

let dir = '';
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'chaff-pack-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], ROOT));
  const tarball = join(dir, packed[0].filename);
  writeFileSync(join(dir, 'package.json'), '{"name":"consumer","version":"1.0.0","private":true}');
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], dir);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const SAMPLE = 'The council met on Monday, officials said.\\nSubscribe to continue reading';

describe('packed package', () => {
  it('imports with require()', () => {
    const out = execFileSync(
      process.execPath,
      [
        '-e',
        `const c = require('chaff'); const r = c.separate('${SAMPLE}'); console.log(typeof c.ChaffError, r.removed[0].category)`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(out.trim()).toBe('function paywall');
  });

  it('imports with import', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { separate, CATEGORIES } from 'chaff'; const r = separate('${SAMPLE}'); console.log(CATEGORIES.length, r.removed[0].category)`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(out.trim()).toBe('11 paywall');
  });

  it('installs the chaff bin', () => {
    const out = execFileSync(join(dir, 'node_modules', '.bin', 'chaff'), ['--version'], {
      encoding: 'utf8',
    });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
