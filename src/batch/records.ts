/**
 * The batch behind `chaff --ndjson`: raw lines in, output lines out, in input order. Each
 * line is read, separated and turned into its output record by the thread that separates
 * it ({@link runRecord}), so the calling thread only moves bytes: it never parses a
 * record, holds a page as a string, or receives a whole result.
 */
import type { SeparateOptions } from '../types.js';
import { mapOrdered } from './ordered.js';
import { batchRunners, checkConcurrency, WINDOW_PER_THREAD, workerFile } from './pool.js';
import type { RecordOutcome, RecordTask } from './record.js';
import { toBatchError } from './task.js';
import type { BatchError } from './types.js';

/** A line to answer, or a failure of its source to report in its place. */
export type RecordSource = { record: Uint8Array | string } | { error: BatchError };

/**
 * Bytes of lines in flight per thread: a stream of whole pages (up to 20 MB each) keeps
 * fewer of them waiting than a stream of short texts. Enough for four 2-MB pages a thread.
 */
const BYTES_PER_THREAD = 8 * 1024 * 1024;

/**
 * Answer NDJSON lines on `concurrency` threads (1: the calling thread); one outcome per
 * source item, in order. A record too big for a worker's heap is redone in the calling
 * thread.
 */
export async function* answerRecords(
  sources: AsyncIterable<RecordSource>,
  options: { concurrency: number; full: boolean; separate: SeparateOptions },
): AsyncGenerator<RecordOutcome, void, undefined> {
  const threads = checkConcurrency(options.concurrency);
  if (threads > 1) workerFile();
  const runners = batchRunners(threads);
  try {
    yield* mapOrdered(
      sources,
      Math.max(2, threads * WINDOW_PER_THREAD),
      async (source): Promise<RecordOutcome> => {
        if ('error' in source) return { ok: false, id: null, error: source.error };
        const task: RecordTask = {
          record: source.record,
          options: options.separate,
          full: options.full,
        };
        return runners.run(
          (r) => r.runRecord(task),
          (e): RecordOutcome => ({ ok: false, id: null, error: toBatchError(e, 'E_WORKER') }),
        );
      },
      {
        max: threads * BYTES_PER_THREAD,
        weigh: (s) => ('record' in s ? s.record.length : 0),
      },
    );
  } finally {
    await runners.close();
  }
}
