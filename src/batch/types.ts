/** Types of the batch API ({@link separateMany}). */
import type { SeparateInput } from '../input.js';
import type { SeparateOptions, Separation } from '../types.js';

/**
 * One input of a batch: a string or bytes, or an object that names it, loads it lazily
 * or gives it options of its own.
 */
export type BatchInput = SeparateInput | BatchItem;

/** An input of a batch with an id, per-item options or a lazy loader. */
export interface BatchItem {
  /** Carried to the item's result unchanged (a file name, a record id). */
  id?: string | number;
  /** The page or text. Give this or {@link BatchItem.read}. */
  input?: SeparateInput;
  /**
   * Loads the input when its turn comes, so a large batch never holds more than a few
   * inputs in memory. A rejection becomes this item's error result (code `E_READ`, or the
   * `code` of a {@link ChaffError}), and the batch goes on.
   */
  read?: () => SeparateInput | Promise<SeparateInput>;
  /** Options for this item, over the batch's options. */
  options?: SeparateOptions;
}

/** Options for {@link separateMany}: the {@link SeparateOptions} for every item, plus: */
export interface SeparateManyOptions extends SeparateOptions {
  /**
   * How many inputs are separated at once. `1` separates in the calling thread, one
   * input per turn of the event loop; more runs that many worker threads.
   * @default os.availableParallelism()
   */
  concurrency?: number;
}

/** Why one item of a batch failed. */
export interface BatchError {
  /** A {@link ChaffErrorCode}, or `E_WORKER` (a worker thread died), `E_INTERNAL` (a bug). */
  code: string;
  /** What went wrong and what to do; never a stack trace. */
  message: string;
}

/** The result for one item, in input order. */
export type BatchResult = BatchSuccess | BatchFailure;

/** An item that was separated. */
export interface BatchSuccess {
  /** Position of the item in the input sequence, from 0. */
  index: number;
  /** The item's {@link BatchItem.id}, if it had one. */
  id?: string | number;
  ok: true;
  /** What {@link separate} returned for the item. */
  result: Separation;
}

/** An item that could not be read or separated. */
export interface BatchFailure {
  /** Position of the item in the input sequence, from 0. */
  index: number;
  /** The item's {@link BatchItem.id}, if it had one. */
  id?: string | number;
  ok: false;
  error: BatchError;
}
