/**
 * The batch API: many inputs, separated in order, with bounded memory.
 *
 * @packageDocumentation
 */
import { availableParallelism } from 'node:os';
import { ChaffError } from '../errors.js';
import type { SeparateInput } from '../input.js';
import { mapOrdered } from './ordered.js';
import { batchRunners, checkConcurrency, WINDOW_PER_THREAD, workerFile } from './pool.js';
import { type Outcome, toBatchError } from './task.js';
import type { BatchInput, BatchItem, BatchResult, SeparateManyOptions } from './types.js';

export type {
  BatchError,
  BatchFailure,
  BatchInput,
  BatchItem,
  BatchResult,
  BatchSuccess,
  SeparateManyOptions,
} from './types.js';

function asItem(input: BatchInput): BatchItem {
  return typeof input === 'string' || input instanceof Uint8Array ? { input } : input;
}

async function load(item: BatchItem): Promise<SeparateInput> {
  if (item.input !== undefined) return item.input;
  if (typeof item.read === 'function') return item.read();
  throw new ChaffError('E_INPUT_TYPE', 'a batch item needs `input` (a string or bytes) or `read`');
}

/**
 * Separate many inputs: an async iterable of results in input order, one per input, with
 * at most a few inputs per thread in memory at once. The inputs can be an array or any
 * (async) iterable, such as a generator that reads a stream; they are pulled only as
 * results are consumed, so a slow consumer slows the reading (backpressure).
 *
 * A failing item (unreadable, binary, a bad per-item option) gives a result with
 * `ok: false` and an `error` `{ code, message }`; the batch goes on. Each worker thread
 * runs the same {@link separate}.
 *
 * @example
 * ```ts
 * import { separateMany } from 'chaff';
 * const pages = [
 *   { id: 'a', input: 'The vote passed, officials said.\nShare this article' },
 *   { id: 'b', input: 'Rain is expected on Monday, forecasters said.' },
 * ];
 * for await (const r of separateMany(pages, { concurrency: 2 })) {
 *   if (r.ok) console.log(r.id, r.result.removed.length);
 *   else console.log(r.id, r.error.code);
 * }
 * //=> a 1
 * //=> b 0
 * ```
 *
 * @throws {ChaffError} `E_OPTIONS` for a bad `concurrency`, or when worker threads are
 *   asked for and chaff's worker file cannot be found (bundled into another file).
 */
export async function* separateMany(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: SeparateManyOptions = {},
): AsyncGenerator<BatchResult, void, undefined> {
  const { concurrency = availableParallelism(), ...defaults } = options;
  const threads = checkConcurrency(concurrency);
  if (threads > 1) workerFile(); // a missing worker file is the caller's error, now
  const runners = batchRunners(threads);
  try {
    yield* mapOrdered(
      inputs,
      Math.max(2, threads * WINDOW_PER_THREAD),
      async (raw, index): Promise<BatchResult> => {
        const item = asItem(raw);
        const id = item.id === undefined ? {} : { id: item.id };
        let input: SeparateInput;
        try {
          input = await load(item);
        } catch (e) {
          return { index, ...id, ok: false, error: toBatchError(e, 'E_READ') };
        }
        const task = { input, options: { ...defaults, ...item.options } };
        const outcome = await runners.run(
          (r) => r.run(task),
          (e): Outcome => ({ ok: false, error: toBatchError(e, 'E_WORKER') }),
        );
        return outcome.ok
          ? { index, ...id, ok: true, result: outcome.result }
          : { index, ...id, ok: false, error: outcome.error };
      },
    );
  } finally {
    await runners.close();
  }
}
