/**
 * `--ndjson`: records `{"id", "url"?, "html"|"text"}` one per line in (stdin or files), one
 * result record per line out, in input order. A stateless map step: reading, separating
 * and writing are one bounded pipeline (a few records per thread in flight), so memory
 * stays flat however long the stream, and a slow reader of stdout slows the reading of
 * stdin. A malformed line becomes an error record with its line number; the stream goes on.
 */

import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { answerRecords, type RecordSource } from '../batch/records.js';
import type { Config } from './args.js';
import { Progress } from './progress.js';
import { readError } from './read-error.js';
import { checkOptions } from './validate.js';

export { parseRecord } from '../batch/record.js';

/** Where a record came from, to name it in an error record. */
interface Origin {
  line: number;
  file?: string;
}

/**
 * The lines of a byte stream with their numbers (from 1), as bytes: a record is decoded
 * by the thread that separates it. `\r\n` and a BOM are handled.
 */
export async function* lines(
  stream: AsyncIterable<Buffer>,
): AsyncGenerator<{ line: number; bytes: Buffer }> {
  let rest: Buffer[] = [];
  let n = 0;
  const trim = (buf: Buffer) => {
    let start = 0;
    let end = buf.length;
    if (n === 1 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
    if (end > start && buf[end - 1] === 13) end--;
    return start === 0 && end === buf.length ? buf : buf.subarray(start, end);
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const part = chunk.subarray(start, nl);
      const buf = rest.length ? Buffer.concat([...rest, part]) : part;
      rest = [];
      start = nl + 1;
      n++;
      yield { line: n, bytes: trim(buf) };
    }
    if (start < chunk.length) rest.push(chunk.subarray(start));
  }
  if (rest.length) {
    n++;
    yield { line: n, bytes: trim(Buffer.concat(rest)) };
  }
}

/** True when a line holds only white space (as `String.prototype.trim` sees it). */
export function blank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 32 || (b >= 9 && b <= 13)) continue;
    // A non-ASCII byte may start a Unicode space (no-break space, BOM, ...): decode.
    return b >= 0x80 && Buffer.from(bytes).toString('utf8').trim() === '';
  }
  return true;
}

/** Run --ndjson; returns the exit status. */
export async function runNdjson(cfg: Config): Promise<number> {
  await checkOptions(cfg.separate);
  const sources = cfg.inputs.length ? cfg.inputs : ['-'];
  const origins: Origin[] = [];
  const progress = new Progress(process.stderr, { unit: 'records', enabled: !cfg.quiet });

  async function* records(): AsyncGenerator<RecordSource> {
    for (const src of sources) {
      const file = src === '-' ? {} : { file: src };
      let last = 0;
      try {
        const stream = src === '-' ? process.stdin : createReadStream(src);
        for await (const { line, bytes } of lines(stream)) {
          last = line;
          if (blank(bytes)) continue;
          origins.push({ line, ...file });
          // A copy of its own: the line may be a view of a read chunk that later lines share.
          yield { record: new Uint8Array(bytes) };
        }
      } catch (e) {
        // The source itself failed (missing file, read error): one error record for it.
        origins.push({ line: last, ...file });
        yield { error: readError(e as NodeJS.ErrnoException) };
      }
    }
  }

  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop quietly, as other filters do.
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  let failed = 0;
  let done = 0;
  try {
    for await (const r of answerRecords(records(), {
      concurrency: cfg.jobs,
      full: cfg.full,
      separate: cfg.separate,
    })) {
      const origin = origins[done]!;
      // Origins are consumed in order: drop the answered ones now and then.
      if (++done === 1024) {
        origins.splice(0, done);
        done = 0;
      }
      let line: string;
      if (r.ok) line = r.line;
      else {
        failed++;
        line = JSON.stringify({
          id: r.id,
          line: origin.line,
          ...(origin.file ? { file: origin.file } : {}),
          error: r.error,
        });
      }
      progress.tick(!r.ok);
      if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
    }
  } finally {
    progress.stop();
  }
  if (!cfg.quiet) {
    const secs = progress.seconds();
    process.stderr.write(
      `chaff: ${progress.done} record${progress.done === 1 ? '' : 's'} in ${secs.toFixed(1)} s (${progress.rate().toFixed(1)}/s), ${failed} failed\n`,
    );
  }
  return failed > 0 ? 1 : 0;
}
