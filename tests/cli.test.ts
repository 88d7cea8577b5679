/** The built CLI, run as a user would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { separate } from '../src/index.js';
import { CLI, REFERENCE, ROOT, requireBuild } from './helpers.js';

beforeAll(requireBuild);

function chaff(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('chaff CLI', () => {
  it('prints the reference article text exactly', () => {
    const r = chaff([join(REFERENCE, 'input.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(join(REFERENCE, 'expected.txt'), 'utf8'));
  });

  it('reads stdin when the file is "-" or absent', () => {
    const input =
      'The bridge reopened on Friday after repairs, the city said.\nShare this article\n';
    expect(chaff(['-'], input).out).toBe(
      'The bridge reopened on Friday after repairs, the city said.\n',
    );
    expect(chaff([], input).out).toBe(
      'The bridge reopened on Friday after repairs, the city said.\n',
    );
  });

  it('prints JSON with every block', () => {
    const r = chaff(['--json', join(REFERENCE, 'input.txt')]);
    const json = JSON.parse(r.out);
    expect(json.blocks).toHaveLength(18);
    expect(json.removed).toHaveLength(11);
  });

  it('lists removed blocks with category, confidence and reasons', () => {
    const r = chaff(['--removed', join(REFERENCE, 'input.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/#5 donation 0\.\d\d/);
    expect(r.out).toMatch(/why: .*cant-do-it-alone/);
    expect(r.out).toMatch(/repeat of #6/);
  });

  it('shows kept and removed side by side', () => {
    const r = chaff(['--show', join(REFERENCE, 'input.txt')]);
    expect(r.out).toMatch(/kept .*Russian President/);
    expect(r.out).toMatch(/✂ donation .*Join us\./);
    expect(r.out).toMatch(/7 blocks kept, 11 removed/);
  });

  it('prints other output formats for one input', () => {
    const html = chaff(['--format', 'html', join(REFERENCE, 'input.txt')]);
    expect(html.code).toBe(0);
    expect(html.out).toMatch(/^<!doctype html>[\s\S]*<p>Russian President/);
    const md = chaff(['--format', 'markdown', join(REFERENCE, 'input.txt')]);
    expect(md.out).toBe(readFileSync(join(REFERENCE, 'expected.txt'), 'utf8'));
    expect(JSON.parse(chaff(['--format', 'json', '-'], 'Hello, the mayor said.').out).format).toBe(
      'text',
    );
    // The input format has its own flag; --format names the output.
    const auto = chaff(['--format', 'auto', '-'], 'x');
    expect(auto.code).toBe(2);
    expect(auto.err).toMatch(/--input-format/);
    expect(chaff(['--input-format', 'text', '-'], '<p>Hi, the mayor said.</p>').out).toBe(
      '<p>Hi, the mayor said.</p>\n',
    );
  });

  it('has --help and --version', () => {
    expect(chaff(['--help']).out).toMatch(/Usage:/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(chaff(['--version']).out.trim()).toBe(pkg.version);
  });

  it('passes --scope to separate: page finds the article run in whole-page text', () => {
    const file = join(ROOT, 'test-fixtures', 'page-en-short-long-footer', 'input.txt');
    const text = readFileSync(file, 'utf8');
    const page = chaff(['--scope', 'page', file]);
    const article = chaff(['--scope', 'article', file]);
    expect(page.code).toBe(0);
    expect(page.out.trim()).toBe(separate(text, { format: 'text', scope: 'page' }).text);
    expect(article.out.trim()).toBe(separate(text, { format: 'text', scope: 'article' }).text);
    expect(page.out).not.toBe(article.out);
    const bad = chaff(['--scope', 'everything', file]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--scope takes auto, article or page/);
  });

  it('exits 2 on usage errors and 1 on input errors, with a message', () => {
    const bad = chaff(['--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/chaff: .*bogus/);
    expect(chaff(['--json', '--removed', '-'], 'x').code).toBe(2);
    expect(chaff(['--threshold', 'abc', '-'], 'x').code).toBe(2);
    const missing = chaff(['/no/such/file.txt']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no such file/);
    const binary = chaff(['-'], 'a\u0000b');
    expect(binary.code).toBe(1);
    expect(binary.err).toMatch(/binary/);
    expect(binary.err).not.toMatch(/at .*\.js:\d+/);
  });

  it('loads only what one text file needs: no jsdom, no worker pool, no glob walker', () => {
    // A module-loader hook lists the ES modules a run loads, and a preloaded script lists
    // the CommonJS ones (jsdom and cheerio are required lazily) as the process exits.
    const dir = mkdtempSync(join(tmpdir(), 'chaff-cli-load-'));
    try {
      const hooks = join(dir, 'hooks.mjs');
      writeFileSync(
        hooks,
        'export async function load(url, context, next) { process.stderr.write("LOADED " + url + "\\n"); return next(url, context); }\n',
      );
      const register = join(dir, 'register.mjs');
      writeFileSync(
        register,
        `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
      );
      const cjs = join(dir, 'cjs.cjs');
      writeFileSync(
        cjs,
        "process.on('exit', () => { for (const k of Object.keys(require.cache)) process.stderr.write('LOADED ' + k + '\\n'); });\n",
      );
      const run = (args: string[]) => {
        const r = spawnSync(
          process.execPath,
          ['--import', register, '--require', cjs, CLI, ...args],
          { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
        );
        expect(r.status).toBe(0);
        return r.stderr
          .split('\n')
          .filter((l) => l.startsWith('LOADED '))
          .map((l) => l.replaceAll('\\', '/'));
      };
      const heavy = /node_modules\/(jsdom|@mozilla|tinypool|tinyglobby|cheerio|htmlparser2)\//;
      const loaded = run([join(REFERENCE, 'input.txt')]);
      // The hook sees the CLI itself, so an empty list would be a broken hook, not a pass.
      expect(loaded.some((l) => l.endsWith('/dist/cli.js'))).toBe(true);
      expect(loaded.filter((l) => heavy.test(l))).toEqual([]);
      // The same hooks see the heavy modules when a mode needs them: the glob walker of
      // --out (an ES module) and the HTML parser (CommonJS).
      const html = join(dir, 'page.html');
      writeFileSync(
        html,
        '<html><body><p>The vote passed on Monday, officials said.</p></body></html>',
      );
      const many = run([html, '--out', join(dir, 'out'), '--quiet']);
      expect(many.some((l) => /node_modules\/tinyglobby\//.test(l))).toBe(true);
      expect(many.some((l) => /node_modules\/(cheerio|htmlparser2)\//.test(l))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
