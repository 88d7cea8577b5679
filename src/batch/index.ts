/**
 * The batch API: many inputs, separated in order, with bounded memory.
 *
 * @packageDocumentation
 */
import type { BatchInput, BatchResult, SeparateManyOptions } from './types.js';

export type {
  BatchError,
  BatchFailure,
  BatchInput,
  BatchItem,
  BatchResult,
  BatchSuccess,
  SeparateManyOptions,
} from './types.js';

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
  const { runMany } = await import('./many.js');
  yield* runMany(inputs, options);
}
