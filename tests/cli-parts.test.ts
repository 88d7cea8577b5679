/** Parts of the CLI that need no process: the progress bar, NDJSON lines and records, globs. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runRecord } from '../src/batch/record.js';
import { globBase } from '../src/cli/files.js';
import { blank, lines, parseRecord } from '../src/cli/ndjson.js';
import { clock, Progress } from '../src/cli/progress.js';
import { render } from '../src/cli/render.js';
import { separate } from '../src/separate.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, columns: 100, write: (s: string) => written.push(s) } };
}

describe('Progress', () => {
  it('shows done/total, rate, ETA and failures', () => {
    let t = 0;
    const { stream } = fakeStream(true);
    const p = new Progress(stream, { total: 100, unit: 'files', enabled: true, now: () => t });
    t = 10_000;
    for (let i = 0; i < 25; i++) p.tick(i === 3);
    expect(p.line(100)).toBe(
      'chaff [████████░░░░░░░░░░░░░░░░░░░░░░] 25/100 files · 2.5/s · ETA 0:30 · 1 failed',
    );
    p.stop();
  });

  it('draws nothing when the stream is not a terminal, or when disabled', () => {
    for (const [tty, enabled] of [
      [false, true],
      [true, false],
    ] as const) {
      const { stream, written } = fakeStream(tty);
      const p = new Progress(stream, { total: 3, unit: 'files', enabled });
      p.tick();
      p.log('chaff: a failure');
      p.stop();
      expect(p.active).toBe(false);
      expect(written).toEqual(['chaff: a failure\n']);
    }
  });

  it('counts without a total for streams', () => {
    let t = 0;
    const p = new Progress(fakeStream(true).stream, {
      unit: 'records',
      enabled: true,
      now: () => t,
    });
    t = 2000;
    for (let i = 0; i < 50; i++) p.tick();
    expect(p.line()).toBe('chaff 50 records · 25/s');
    p.stop();
  });

  it('formats durations', () => {
    expect(clock(5)).toBe('0:05');
    expect(clock(65)).toBe('1:05');
    expect(clock(3 * 3600 + 7)).toBe('3:00:07');
  });
});

describe('NDJSON input', () => {
  it('splits lines across chunks, numbers them, handles CRLF, a BOM and a last line without newline', async () => {
    const chunks = ['\uFEFF{"a":1}\r\n{"b":', '2}\n\n{"c":', '3}'].map((s) => Buffer.from(s));
    const out: { line: number; text: string }[] = [];
    for await (const l of lines(Readable.from(chunks))) {
      out.push({ line: l.line, text: l.bytes.toString('utf8') });
    }
    expect(out).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{"b":2}' },
      { line: 3, text: '' },
      { line: 4, text: '{"c":3}' },
    ]);
  });

  it('keeps a multi-byte character split across chunks whole', async () => {
    const bytes = Buffer.from('{"t":"café"}\n');
    const at = bytes.indexOf(0xc3) + 1;
    const out: string[] = [];
    for await (const l of lines(Readable.from([bytes.subarray(0, at), bytes.subarray(at)]))) {
      out.push(l.bytes.toString('utf8'));
    }
    expect(out).toEqual(['{"t":"café"}']);
  });

  it('tells blank lines (as trim sees them) from records without decoding ASCII ones', () => {
    const b = (s: string) => blank(Buffer.from(s));
    expect(b('')).toBe(true);
    expect(b(' \t\r\v\f')).toBe(true);
    expect(b('\u00a0 \ufeff\u2028')).toBe(true);
    expect(b('  {"id":1}')).toBe(false);
    expect(b(' \u00a0x')).toBe(false);
    expect(b('\u001f')).toBe(false);
  });

  it('answers a record from its bytes with the output line, or its id and error', () => {
    const ok = runRecord(separate, {
      record: Buffer.from(
        '{"id":"a","text":"The vote passed, officials said.\\nShare this article"}',
      ),
      options: {},
      full: false,
    });
    expect(ok.ok && JSON.parse(ok.line)).toMatchObject({
      id: 'a',
      text: 'The vote passed, officials said.',
      removed: { blocks: 1, categories: { share: 1 } },
    });
    const full = runRecord(separate, {
      record: '{"id":2,"text":"Rain."}',
      options: {},
      full: true,
    });
    expect(full.ok && JSON.parse(full.line)).toMatchObject({ id: 2, format: 'text', blocks: [{}] });
    expect(runRecord(separate, { record: '{"id":3}', options: {}, full: false })).toMatchObject({
      ok: false,
      id: 3,
      error: { code: 'E_RECORD' },
    });
    expect(
      runRecord(separate, { record: '{"id":4,"text":"a\\u0000b"}', options: {}, full: false }),
    ).toMatchObject({ ok: false, id: 4, error: { code: 'E_BINARY' } });
  });

  it('reads records and says what is wrong with a bad one', () => {
    expect(parseRecord('{"id":"a","url":"https://x.org/","html":"<p>x</p>"}')).toEqual({
      id: 'a',
      item: { input: '<p>x</p>', options: { format: 'html', url: 'https://x.org/' } },
    });
    expect(parseRecord('{"id":3,"text":"x"}').item?.options).toEqual({ format: 'text' });
    const bad = (line: string) => {
      const r = parseRecord(line);
      return [r.id, r.error?.message];
    };
    expect(bad('{"id":1')[1]).toMatch(/^not valid JSON/);
    expect(bad('[1,2]')).toEqual([null, expect.stringMatching(/JSON object/)]);
    expect(bad('{"text":"x"}')).toEqual([null, '"id" must be a string or a number']);
    expect(bad('{"id":"a"}')).toEqual(['a', 'a record needs one of "html" or "text", as a string']);
    expect(bad('{"id":"a","html":"x","text":"y"}')[1]).toMatch(/one of/);
    expect(bad('{"id":"a","text":"y","url":5}')[1]).toBe('"url" must be a string');
  });
});

describe('globs and output formats', () => {
  it('mirrors a glob from its static prefix', () => {
    expect(globBase('pages/**/*.html')).toBe('pages');
    expect(globBase('a/b/*.txt')).toBe('a/b');
    expect(globBase('*.html')).toBe('.');
    expect(globBase('src/{a,b}/x.html')).toBe('src');
  });

  it('renders text input as escaped HTML in a whole document', () => {
    const r = separate('Prices rose 5% <fast> & wide, the bureau said.\nShare this article');
    const html = render(r, 'html');
    expect(html).toContain('<p>Prices rose 5% &lt;fast&gt; &amp; wide, the bureau said.</p>');
    expect(html).not.toContain('Share this article');
    expect(render(r, 'markdown')).toBe('Prices rose 5% <fast> & wide, the bureau said.\n');
    expect(JSON.parse(render(r, 'json')).removed).toHaveLength(1);
  });
});
