/**
 * The body of {@link separateMany}, loaded on its first call: a text `separate` never
 * pays for the batch machinery (worker pool, `node:os`, `node:fs`) at import.
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

function asItem(input: BatchInput): BatchItem {
  return typeof input === 'string' || input instanceof Uint8Array ? { input } : input;
}

async function load(item: BatchItem): Promise<SeparateInput> {
  if (item.input !== undefined) return item.input;
  if (typeof item.read === 'function') return item.read();
  throw new ChaffError('E_INPUT_TYPE', 'a batch item needs `input` (a string or bytes) or `read`');
}

/** {@link separateMany}'s work; see there. */
export async function* runMany(
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
