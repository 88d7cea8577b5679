/**
 * The built CLI on many inputs, run as a user would: folders in and out, NDJSON streams,
 * failures among good files, incremental reruns, --check, kills mid-run, progress output.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, REFERENCE, requireBuild } from './helpers.js';

beforeAll(requireBuild);

const tmp = mkdtempSync(join(tmpdir(), 'chaff-cli-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const REF = readFileSync(join(REFERENCE, 'input.txt'), 'utf8');
const REF_OUT = readFileSync(join(REFERENCE, 'expected.txt'), 'utf8');
const NEWS = 'The bridge reopened on Friday after two years of repairs, the city said.';
const HTML = `<!doctype html><html lang="en"><head><title>Bridge reopens</title></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Bridge reopens</h1>
<p>${NEWS} Traffic was heavy by noon, officials said, and buses ran on time again.</p>
<p>Engineers replaced the <strong>deck</strong> and two piers during the works, according to the city.</p>
<p>Subscribe to our newsletter for more stories like this.</p></article>
<footer>© 2025 The Daily Record. All rights reserved.</footer></body></html>`;

function chaff(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? tmp,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Every file under `dir`, relative, with `/`, sorted. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function folder(name: string, files: Record<string, string | Buffer>): string {
  const root = join(tmp, name);
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), data);
  }
  return root;
}

const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

describe('chaff <folder> --out <dir>', () => {
  it('mirrors relative paths, writes the format asked, and reports every file', () => {
    folder('site', {
      'ref.txt': REF,
      'news/bridge.html': HTML,
      'news/old/page.htm': HTML,
      'notes.md': 'not picked: .md is not in --ext',
      '.git/x.html': HTML,
      'node_modules/y.html': HTML,
    });
    const r = chaff(['site', '--out', 'build', '--report', 'report.json', '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(tree(join(tmp, 'build'))).toEqual([
      '.chaff-manifest.json',
      'news/bridge.txt',
      'news/old/page.txt',
      'ref.txt',
    ]);
    expect(readFileSync(join(tmp, 'build', 'ref.txt'), 'utf8')).toBe(REF_OUT);
    const bridge = readFileSync(join(tmp, 'build', 'news', 'bridge.txt'), 'utf8');
    expect(bridge).toContain('Engineers replaced the deck');
    expect(bridge).not.toContain('newsletter');

    const report = readJson(join(tmp, 'report.json'));
    expect(report.files.map((f: { input: string }) => f.input)).toEqual([
      'site/news/bridge.html',
      'site/news/old/page.htm',
      'site/ref.txt',
    ]);
    const ref = report.files[2];
    expect(ref).toMatchObject({
      status: 'written',
      output: 'build/ref.txt',
      bytesIn: Buffer.byteLength(REF),
      bytesOut: Buffer.byteLength(REF_OUT),
      read: 'text',
      kept: 7,
      removed: 11,
      paywall: false,
    });
    expect(ref.removedByCategory).toEqual({ donation: 8, promo: 3 });
    expect(ref.confidence).toBeGreaterThan(0);
    expect(report.files[0].read).toBe('html');
    expect(report.totals).toMatchObject({ files: 3, written: 3, skipped: 0, failed: 0 });
    // One line of summary on stderr, no progress bar (stderr is a pipe here).
    expect(r.err).toMatch(/^chaff: 3 files in [\d.]+ s .*3 written, 0 unchanged, 0 failed\n$/);
  });

  it('takes the extension of --format: markdown, html, json', () => {
    folder('fmt', { 'a.html': HTML, 'b.txt': REF });
    for (const [format, ext] of [
      ['markdown', 'md'],
      ['html', 'html'],
      ['json', 'json'],
    ] as const) {
      const r = chaff(['fmt', '--out', `fmt-${format}`, '--format', format, '--jobs', '1']);
      expect(r.code).toBe(0);
      expect(tree(join(tmp, `fmt-${format}`))).toEqual([
        '.chaff-manifest.json',
        `a.${ext}`,
        `b.${ext}`,
      ]);
    }
    expect(readFileSync(join(tmp, 'fmt-markdown', 'a.md'), 'utf8')).toContain(
      'Engineers replaced the **deck**',
    );
    expect(readFileSync(join(tmp, 'fmt-html', 'a.html'), 'utf8')).toContain(
      '<title>Bridge reopens</title>',
    );
    const html = readFileSync(join(tmp, 'fmt-html', 'b.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/can't do it alone/);
    const json = readJson(join(tmp, 'fmt-json', 'b.json'));
    expect(json.blocks).toHaveLength(18);
  });

  it('takes globs (mirrored from the static prefix) and lone files', () => {
    folder('globbed', { 'x/one.html': HTML, 'x/deep/two.html': HTML, 'x/three.txt': REF });
    const r = chaff(['globbed/x/**/*.html', 'globbed/x/three.txt', '--out', 'g-out', '-j', '1']);
    expect(r.code).toBe(0);
    expect(tree(join(tmp, 'g-out'))).toEqual([
      '.chaff-manifest.json',
      'deep/two.txt',
      'globbed/x/three.txt',
      'one.txt',
    ]);
  });

  it('processes the good files when one fails, reports the bad one, exits 1', () => {
    const root = folder('mixed', {
      'good1.txt': REF,
      'bad.html': Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02, 0x00]),
      'good2.html': HTML,
    });
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'dangling.txt'));
    const r = chaff([
      'mixed',
      'mixed/dangling.txt',
      '--out',
      'mixed-out',
      '--report',
      'mixed.json',
      '-j',
      '1',
    ]);
    expect(r.code).toBe(1);
    expect(tree(join(tmp, 'mixed-out'))).toEqual([
      '.chaff-manifest.json',
      'good1.txt',
      'good2.txt',
    ]);
    const report = readJson(join(tmp, 'mixed.json'));
    const failed = report.files.filter((f: { status: string }) => f.status === 'failed');
    expect(failed).toEqual([
      {
        input: 'mixed/dangling.txt',
        status: 'failed',
        error: { code: 'E_READ', message: 'cannot read: no such file; check the path' },
      },
      {
        input: 'mixed/bad.html',
        status: 'failed',
        error: { code: 'E_BINARY', message: expect.stringMatching(/binary/) },
      },
    ]);
    expect(report.totals).toMatchObject({ files: 4, written: 2, failed: 2 });
    expect(r.err).toMatch(/chaff: mixed\/bad\.html: .*binary.* \(E_BINARY\)/);
    expect(r.err).not.toMatch(/at .*\.js:\d+/);
  });

  it('skips unchanged inputs on a rerun, redoes changed ones, reports and prunes orphans', () => {
    const root = folder('inc', {
      'a.txt': REF,
      'b.txt': `${NEWS}\nShare this article\n`,
      'c/d.html': HTML,
    });
    const out = join(tmp, 'inc-out');
    expect(chaff(['inc', '--out', 'inc-out', '-j', '1']).code).toBe(0);
    const manifest = readJson(join(out, '.chaff-manifest.json'));
    expect(Object.keys(manifest.entries).sort()).toEqual(['a.txt', 'b.txt', 'c/d.txt']);
    expect(manifest.entries['a.txt']).toMatchObject({ input: 'inc/a.txt' });
    expect(manifest.entries['a.txt'].inputHash).toMatch(/^[0-9a-f]{64}$/);

    // Make earlier outputs look old, so a rewrite shows in the mtime.
    const old = new Date(Date.now() - 3600_000);
    for (const f of ['a.txt', 'b.txt', 'c/d.txt']) utimesSync(join(out, f), old, old);
    // Whole milliseconds: file systems keep mtimes finer than Date does.
    const mtime = (f: string) => Math.round(statSync(join(out, f)).mtimeMs);

    const again = chaff(['inc', '--out', 'inc-out', '--report', 'inc.json', '-j', '1']);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/0 written, 3 unchanged, 0 failed/);
    const skipped = readJson(join(tmp, 'inc.json')).files;
    expect(skipped.map((f: { status: string }) => f.status)).toEqual([
      'skipped',
      'skipped',
      'skipped',
    ]);
    // A skipped file is still reported in full, from the manifest.
    expect(skipped[0]).toMatchObject({
      input: 'inc/a.txt',
      kept: 7,
      removed: 11,
      output: 'inc-out/a.txt',
    });
    expect(mtime('a.txt')).toBe(old.getTime());

    writeFileSync(join(root, 'b.txt'), `${NEWS}\nSign up for our newsletter\n`);
    const changed = chaff(['inc', '--out', 'inc-out', '-j', '1']);
    expect(changed.err).toMatch(/1 written, 2 unchanged/);
    expect(mtime('b.txt')).toBeGreaterThan(old.getTime());
    expect(mtime('a.txt')).toBe(old.getTime());

    // Other options: everything is redone (the options hash changed); so is --force.
    expect(chaff(['inc', '--out', 'inc-out', '--threshold', '0.9', '-j', '1']).err).toMatch(
      /3 written, 0 unchanged/,
    );
    expect(
      chaff(['inc', '--out', 'inc-out', '--threshold', '0.9', '--force', '-j', '1']).err,
    ).toMatch(/3 written, 0 unchanged/);

    rmSync(join(root, 'c'), { recursive: true });
    const orphan = chaff([
      'inc',
      '--out',
      'inc-out',
      '--threshold',
      '0.9',
      '--report',
      'o.json',
      '-j',
      '1',
    ]);
    expect(orphan.code).toBe(0);
    expect(orphan.err).toMatch(
      /1 output without input \(--prune removes them\): inc-out\/c\/d\.txt/,
    );
    expect(readJson(join(tmp, 'o.json')).orphans).toEqual([
      { output: 'inc-out/c/d.txt', input: 'inc/c/d.html', pruned: false },
    ]);
    expect(existsSync(join(out, 'c', 'd.txt'))).toBe(true);
    const pruned = chaff(['inc', '--out', 'inc-out', '--threshold', '0.9', '--prune', '-j', '1']);
    expect(pruned.err).toMatch(/1 output without input removed/);
    expect(tree(out)).toEqual(['.chaff-manifest.json', 'a.txt', 'b.txt']);
  });

  it('never touches the inputs', () => {
    const root = folder('ro', { 'a.txt': REF, 'b.html': HTML });
    const before = tree(root).map((f) => [
      f,
      readFileSync(join(root, f), 'utf8'),
      statSync(join(root, f)).mtimeMs,
    ]);
    expect(chaff(['ro', '--out', 'ro-out', '-j', '1']).code).toBe(0);
    const after = tree(root).map((f) => [
      f,
      readFileSync(join(root, f), 'utf8'),
      statSync(join(root, f)).mtimeMs,
    ]);
    expect(after).toEqual(before);
  });

  it('refuses wrong usage with exit 2 before writing anything', () => {
    folder('clash', { 'a.html': HTML, 'a.htm': HTML });
    const clash = chaff(['clash', '--out', 'clash-out']);
    expect(clash.code).toBe(2);
    expect(clash.err).toMatch(/would both write clash-out\/a\.txt/);
    expect(existsSync(join(tmp, 'clash-out'))).toBe(false);
    expect(chaff(['clash']).code).toBe(2); // a folder needs --out
    expect(chaff(['clash/a.html', 'clash/a.htm']).code).toBe(2); // two inputs need --out
    expect(chaff(['clash', '--out', 'x', '--check']).code).toBe(2);
    expect(chaff(['clash', '--out', 'x', '--format', 'pdf']).code).toBe(2);
    expect(chaff(['clash', '--out', 'x', '--jobs', '0']).code).toBe(2);
    expect(chaff(['clash', '--out', 'x', '--language', 'english']).code).toBe(2);
    expect(chaff(['--ndjson', '--out', 'x']).code).toBe(2);
    expect(chaff(['clash/a.html', '--prune']).code).toBe(2);
    expect(existsSync(join(tmp, 'x'))).toBe(false);
  });
});

describe('chaff --check', () => {
  it('exits 0 on clean inputs and 1 with the file and blocks when boilerplate is left', () => {
    folder('corpus', { 'clean.txt': REF_OUT, 'dirty/ref.txt': REF });
    const clean = chaff(['corpus/clean.txt', '--check']);
    expect(clean.code).toBe(0);
    expect(clean.out).toBe('');
    const dirty = chaff(['corpus', '--check', '--report', 'check.json', '-j', '1']);
    expect(dirty.code).toBe(1);
    expect(dirty.out).toMatch(/^corpus\/dirty\/ref\.txt\n {2}#\d+ donation 0\.\d\d {2}.+/);
    expect(dirty.out).not.toMatch(/clean\.txt/);
    const report = readJson(join(tmp, 'check.json'));
    expect(report.files.map((f: { status: string }) => f.status)).toEqual(['clean', 'boilerplate']);
    expect(report.files[1].findings.length).toBeGreaterThan(0);
    expect(dirty.err).toMatch(/1 clean, 1 with boilerplate, 0 failed/);
    // Nothing written but the report.
    expect(existsSync(join(tmp, 'corpus', '.chaff-manifest.json'))).toBe(false);
    // A higher bar lets the same file pass; stdin works too.
    expect(chaff(['corpus/dirty/ref.txt', '--check', '--min-confidence', '0.99']).code).toBe(0);
    expect(chaff(['--check'], { input: REF }).code).toBe(1);
  });
});

describe('chaff --ndjson', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: `${NEWS}\nShare this article` }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 7, url: 'https://example.com/bridge', html: HTML }),
    '',
    JSON.stringify({ id: 'no-body' }),
    JSON.stringify({ id: 'bin', text: 'a\u0000b' }),
    JSON.stringify({ id: 'z', text: REF }),
  ];

  it('writes one record per input line, in order; a broken line is an error record and the stream goes on', () => {
    const r = chaff(['--ndjson', '-j', '2'], { input: `${lines.join('\n')}\n` });
    expect(r.code).toBe(1);
    const recs = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(recs.map((x) => x.id)).toEqual(['a', null, 7, 'no-body', 'bin', 'z']);
    expect(recs[0]).toEqual({
      id: 'a',
      text: NEWS,
      metadata: {},
      removed: { blocks: 1, chars: 18, categories: { share: 1 } },
      paywall: { detected: false, signals: [] },
    });
    expect(recs[1]).toMatchObject({
      line: 2,
      error: { code: 'E_RECORD', message: expect.stringMatching(/JSON/) },
    });
    expect(recs[2].metadata).toMatchObject({
      title: 'Bridge reopens',
      url: 'https://example.com/bridge',
    });
    expect(recs[2].text).toContain('Engineers replaced the deck');
    expect(recs[3]).toMatchObject({ line: 5, error: { code: 'E_RECORD' } });
    expect(recs[4]).toMatchObject({ line: 6, error: { code: 'E_BINARY' } });
    expect(recs[5].text).toBe(REF_OUT.trimEnd());
    expect(r.err).toMatch(/^chaff: 6 records in [\d.]+ s \([\d.]+\/s\), 3 failed\n$/);
  });

  it('keeps input order over many records with workers, reads files, and gives full results with --json', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      JSON.stringify(
        i % 10 === 3
          ? { id: i, html: HTML }
          : { id: i, text: `${NEWS} Item ${i}.\nShare this article` },
      ),
    );
    const file = join(tmp, 'many.ndjson');
    writeFileSync(file, `${many.join('\n')}\n`);
    const r = chaff(['--ndjson', file, '-j', '2', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(
      r.out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(Array.from({ length: 60 }, (_, i) => i));
    const full = chaff(['--ndjson', '--json', '-j', '1'], { input: `${lines[0]}\n` });
    const rec = JSON.parse(full.out);
    expect(rec.id).toBe('a');
    expect(rec.blocks).toHaveLength(2);
    expect(rec.removed[0]).toMatchObject({ category: 'share', reasons: expect.any(Array) });
  });

  it('reports a missing input file as an error record', () => {
    const r = chaff(['--ndjson', 'no-such.ndjson', '-j', '1']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({
      id: null,
      file: 'no-such.ndjson',
      error: { code: 'E_READ' },
    });
  });
});

describe('killed mid-run', () => {
  const N = 120;
  const big = `${REF}\n${REF}`;
  let expected = '';

  beforeAll(() => {
    folder(
      'kill',
      Object.fromEntries(
        Array.from({ length: N }, (_, i) => [`p${String(i).padStart(3, '0')}.txt`, big]),
      ),
    );
    expected = chaff(['kill/p000.txt']).out;
  });

  /** Start a run and stop it with `signal` once a few outputs are there. */
  async function killAfterSome(out: string, signal: NodeJS.Signals) {
    const child: ChildProcess = spawn(process.execPath, [CLI, 'kill', '--out', out, '-j', '1'], {
      cwd: tmp,
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const outDir = join(tmp, out);
    const count = () =>
      existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.txt')).length : 0;
    while (count() < 3 && child.exitCode === null) await new Promise((r) => setTimeout(r, 10));
    child.kill(signal);
    return exited;
  }

  /** Every output there is whole; temp files only inside .chaff-tmp. */
  function assertWhole(out: string) {
    const files = tree(join(tmp, out)).filter((f) => !f.startsWith('.chaff-'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect(f).toMatch(/^p\d{3}\.txt$/);
      expect(readFileSync(join(tmp, out, f), 'utf8')).toBe(expected);
    }
    return files.length;
  }

  it('kill -9 leaves only whole outputs, and the next run finishes the job', async () => {
    await killAfterSome('kill-9', 'SIGKILL');
    const done = assertWhole('kill-9');
    expect(done).toBeLessThan(N);
    const rerun = chaff(['kill', '--out', 'kill-9', '-j', '1']);
    expect(rerun.code).toBe(0);
    expect(assertWhole('kill-9')).toBe(N);
    expect(existsSync(join(tmp, 'kill-9', '.chaff-tmp'))).toBe(false);
  });

  it('SIGTERM stops at once, removes temp files and keeps what was done in the manifest', async () => {
    const code = await killAfterSome('kill-term', 'SIGTERM');
    expect(code).toBe(143);
    const done = assertWhole('kill-term');
    expect(existsSync(join(tmp, 'kill-term', '.chaff-tmp'))).toBe(false);
    const entries = Object.keys(readJson(join(tmp, 'kill-term', '.chaff-manifest.json')).entries);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(done);
    const rerun = chaff(['kill', '--out', 'kill-term', '-j', '1']);
    expect(rerun.err).toMatch(
      new RegExp(`${N - entries.length} written, ${entries.length} unchanged`),
    );
  });
});

describe('progress on stderr', () => {
  it('draws no bar when stderr is not a terminal, and nothing at all with --quiet', () => {
    folder('quiet', { 'a.txt': REF, 'b.txt': REF });
    const piped = chaff(['quiet', '--out', 'quiet-out', '-j', '1', '--force']);
    expect(piped.err.includes('\r') || piped.err.includes('\u001b')).toBe(false);
    expect(piped.err.split('\n').filter(Boolean)).toHaveLength(1);
    const quiet = chaff(['quiet', '--out', 'quiet-out', '-j', '1', '--force', '--quiet']);
    expect(quiet.err).toBe('');
  });

  it.skipIf(!existsSync('/usr/bin/script'))(
    'draws a bar on a terminal (util-linux script gives one)',
    () => {
      folder('tty', { 'a.txt': REF, 'b.txt': REF });
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} tty --out tty-out -j 1 >/dev/null`;
      const r = spawnSync('/usr/bin/script', ['-qec', cmd, '/dev/null'], {
        cwd: tmp,
        encoding: 'utf8',
      });
      expect(r.stdout).toContain('\r\u001b[2Kchaff ');
      expect(r.stdout).toMatch(/chaff .*\d\/2 files/);
      expect(r.stdout).toMatch(/chaff: 2 files in/);
    },
  );
});
