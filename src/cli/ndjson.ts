/**
 * `--ndjson`: records `{"id", "url"?, "html"|"text"}` one per line in (stdin or files), one
 * result record per line out, in input order. A stateless map step: reading, separating
 * and writing are one bounded pipeline (a few records per thread in flight), so memory
 * stays flat however long the stream, and a slow reader of stdout slows the reading of
 * stdin. A malformed line becomes an error record with its line number; the stream goes on.
 */

import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { separateMany } from '../batch/index.js';
import type { BatchItem } from '../batch/types.js';
import type { Config } from './args.js';
import { Progress } from './progress.js';
import { readError } from './read-error.js';
import { removedSummary } from './stats.js';
import { checkOptions } from './validate.js';

/** A line that is not a record. */
class RecordError extends Error {
  readonly code = 'E_RECORD';
}

type Id = string | number | null;

/** Where a record came from, to name it in an error record. */
interface Origin {
  id: Id;
  line: number;
  file?: string;
}

/** The lines of a byte stream with their numbers (from 1); `\r\n` and a BOM are handled. */
export async function* lines(
  stream: AsyncIterable<Buffer>,
): AsyncGenerator<{ line: number; text: string }> {
  let rest: Buffer[] = [];
  let n = 0;
  const text = (buf: Buffer) => {
    let s = buf.toString('utf8');
    if (n === 1 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    return s.endsWith('\r') ? s.slice(0, -1) : s;
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const part = chunk.subarray(start, nl);
      const buf = rest.length ? Buffer.concat([...rest, part]) : part;
      rest = [];
      start = nl + 1;
      n++;
      yield { line: n, text: text(buf) };
    }
    if (start < chunk.length) rest.push(chunk.subarray(start));
  }
  if (rest.length) {
    n++;
    yield { line: n, text: text(Buffer.concat(rest)) };
  }
}

/** One line to a batch item, or the reason it is not a record. */
export function parseRecord(text: string): { id: Id; item?: BatchItem; error?: RecordError } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { id: null, error: new RecordError(`not valid JSON: ${(e as Error).message}`) };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    return {
      id: null,
      error: new RecordError('a record is a JSON object like {"id": "a1", "html": "<html>..."}'),
    };
  }
  const r = v as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : null;
  if (id === null) return { id, error: new RecordError('"id" must be a string or a number') };
  const html = typeof r.html === 'string';
  const txt = typeof r.text === 'string';
  if (html === txt) {
    return { id, error: new RecordError('a record needs one of "html" or "text", as a string') };
  }
  if (r.url !== undefined && typeof r.url !== 'string') {
    return { id, error: new RecordError('"url" must be a string') };
  }
  return {
    id,
    item: {
      input: (html ? r.html : r.text) as string,
      options: { format: html ? 'html' : 'text', ...(r.url ? { url: r.url as string } : {}) },
    },
  };
}

/** Run --ndjson; returns the exit status. */
export async function runNdjson(cfg: Config): Promise<number> {
  await checkOptions(cfg.separate);
  const sources = cfg.inputs.length ? cfg.inputs : ['-'];
  const origins = new Map<number, Origin>();
  const progress = new Progress(process.stderr, { unit: 'records', enabled: !cfg.quiet });

  async function* items(): AsyncGenerator<BatchItem> {
    let seq = 0;
    for (const src of sources) {
      const file = src === '-' ? {} : { file: src };
      let last = 0;
      try {
        const stream = src === '-' ? process.stdin : createReadStream(src);
        for await (const { line, text } of lines(stream)) {
          last = line;
          if (!text.trim()) continue;
          const { id, item, error } = parseRecord(text);
          origins.set(seq, { id, line, ...file });
          yield error ? { id: seq++, read: () => Promise.reject(error) } : { ...item, id: seq++ };
        }
      } catch (e) {
        // The source itself failed (missing file, read error): one error record for it.
        const error = readError(e as NodeJS.ErrnoException);
        origins.set(seq, { id: null, line: last, ...file });
        yield {
          id: seq++,
          read: () => Promise.reject(Object.assign(new Error(error.message), error)),
        };
      }
    }
  }

  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop quietly, as other filters do.
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  let failed = 0;
  try {
    for await (const r of separateMany(items(), { ...cfg.separate, concurrency: cfg.jobs })) {
      const origin = origins.get(r.id as number)!;
      origins.delete(r.id as number);
      let record: object;
      if (r.ok) {
        const s = r.result;
        record = cfg.full
          ? { id: origin.id, ...s }
          : {
              id: origin.id,
              text: s.text,
              metadata: s.metadata,
              removed: removedSummary(s),
              paywall: s.paywall,
            };
      } else {
        failed++;
        record = {
          id: origin.id,
          line: origin.line,
          ...(origin.file ? { file: origin.file } : {}),
          error: r.error,
        };
      }
      progress.tick(!r.ok);
      if (!process.stdout.write(`${JSON.stringify(record)}\n`)) await once(process.stdout, 'drain');
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
