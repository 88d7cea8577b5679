/**
 * One unit of work, the same in the calling thread and in a worker thread: plain data in,
 * plain data out (structured-clone safe), errors turned into codes and messages.
 */
import { isChaffError } from '../errors.js';
import type { SeparateInput } from '../input.js';
import type { SeparateOptions, Separation } from '../types.js';
import type { BatchError } from './types.js';

/** What a worker is sent. */
export interface Task {
  input: SeparateInput;
  options: SeparateOptions;
}

/** What a worker sends back. */
export type Outcome =
  | { ok: true; result: Separation }
  /** `outOfMemory`: the worker hit its heap limit on this input (worth a retry elsewhere). */
  | { ok: false; error: BatchError; outOfMemory?: true };

/** A code and a message for anything thrown; a bug keeps its message but not its stack. */
export function toBatchError(e: unknown, fallbackCode: string): BatchError {
  if (isChaffError(e)) return { code: e.code, message: e.message };
  // Errors of callers (the CLI's malformed NDJSON line) may carry an E_ code of their own.
  const code = (e as { code?: unknown } | null)?.code;
  if (e instanceof Error && typeof code === 'string' && /^E_[A-Z_]+$/.test(code)) {
    return { code, message: e.message };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: fallbackCode, message };
}

/** Run `separate` on a task; never throws. */
export function runTask(
  separate: (input: SeparateInput, options?: SeparateOptions) => Separation,
  task: Task,
): Outcome {
  try {
    return { ok: true, result: separate(task.input, task.options) };
  } catch (e) {
    return { ok: false, error: toBatchError(e, 'E_INTERNAL') };
  }
}

/** Let the event loop turn: jsdom frees closed windows only on a later turn. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
