/**
 * Where separation runs: in the calling thread (concurrency 1) or on a pool of worker
 * threads (tinypool). Both load lazily, so importing chaff costs neither.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ChaffError } from '../errors.js';
import type { RecordOutcome, RecordTask } from './record.js';
import { nextTurn, type Outcome, runTask, type Task, toBatchError } from './task.js';

/** Runs tasks; `close` ends the worker threads. */
export interface Runner {
  run(task: Task): Promise<Outcome>;
  /** Read, separate and answer one NDJSON record. */
  runRecord(task: RecordTask): Promise<RecordOutcome>;
  close(): Promise<void>;
}

/** A runner for `concurrency` tasks at once. */
export function createRunner(concurrency: number): Promise<Runner> {
  return concurrency <= 1 ? inThisThread() : onWorkers(concurrency);
}

/**
 * Inputs in flight per thread: enough to keep every worker busy while results wait their
 * turn. Results leave in input order, so one slow page holds the window until it is done
 * and the other workers idle once the window is full. Replaying the measured times of the
 * 812 dev pages (in folder order, 0.005 to 2.4 s each) on 2 workers: 2 per thread finishes
 * 1.64x sooner than 1 thread, 4 per thread 1.85x, 8 1.96x, 16 2.00x (the bound). NDJSON
 * records are bounded by their bytes as well.
 */
export const WINDOW_PER_THREAD = 16;

/** `concurrency` as a number of threads, or `E_OPTIONS`. */
export function checkConcurrency(n: number): number {
  if (!Number.isInteger(n) || n < 1) {
    throw new ChaffError(
      'E_OPTIONS',
      `options.concurrency must be a whole number of 1 or more, not ${String(n)}`,
    );
  }
  return n;
}

/** The runners of one batch (see {@link batchRunners}). */
export interface BatchRunners {
  /**
   * `go` on the batch's runner; never rejects (a runner that failed to start gives
   * `failed`). An outcome with `outOfMemory` (too big for a worker's heap) is redone in
   * the calling thread, which has no such limit.
   */
  run<O extends { ok: boolean }>(
    go: (r: Runner) => Promise<O>,
    failed: (e: unknown) => O,
  ): Promise<O>;
  /** Ends the threads that were started. */
  close(): Promise<void>;
}

/**
 * The runners of one batch on `threads` threads. They start with the first input that
 * needs separating: a batch whose items all fail to load (or a caller that stops at once)
 * never pays for them; the calling-thread fallback starts only when an input needs it.
 */
export function batchRunners(threads: number): BatchRunners {
  let runner: Promise<Runner> | undefined;
  let fallback: Promise<Runner> | undefined;
  return {
    async run(go, failed) {
      runner ??= createRunner(threads);
      const outcome = await runner.then(go, failed);
      if (outcome.ok || !(outcome as { outOfMemory?: true }).outOfMemory) return outcome;
      fallback ??= createRunner(1);
      return fallback.then(go, failed);
    },
    async close() {
      for (const r of [runner, fallback]) {
        await r?.then(
          (x) => x.close(),
          () => {},
        );
      }
    },
  };
}

async function inThisThread(): Promise<Runner> {
  const [{ separate }, { runRecord }] = await Promise.all([
    import('../separate.js'),
    import('./record.js'),
  ]);
  return {
    async run(task) {
      // One page per turn of the event loop: jsdom frees closed windows on a later turn,
      // and the caller's I/O (writing the previous result) gets to run.
      await nextTurn();
      return runTask(separate, task);
    },
    async runRecord(task) {
      await nextTurn();
      return runRecord(separate, task);
    },
    async close() {},
  };
}

/** The worker entry sits beside the built module that uses it (`dist/worker.js`). */
export function workerFile(): string {
  const url = new URL('./worker.js', import.meta.url);
  if (url.protocol !== 'file:' || !existsSync(url)) {
    throw new ChaffError(
      'E_OPTIONS',
      `concurrency above 1 needs chaff's worker file (${url.protocol === 'file:' ? fileURLToPath(url) : url.href}), which is missing: run chaff from its package (not bundled into another file), or use concurrency: 1`,
    );
  }
  return url.href;
}

/**
 * Heap limits of a worker. Without them, V8 lets each worker's heap fill with hundreds of
 * MB of jsdom garbage before collecting; a page that needs more than the limit kills its
 * worker, and {@link separateMany} redoes it in the calling thread, which has no limit.
 * Too tight a limit costs far more than it saves: over the 812 dev pages (`--out --jobs
 * 2`, one idle 2-core machine, one run each) 160 MB old + 16 MB young took 188 s of CPU
 * (99 s wall) against 60 s (46-51 s wall) for `--jobs 1`, the workers collecting garbage
 * most of the time; 512 + 32 MB took 93 s (50 s wall), 1,024 + 48 MB 87 s (47 s).
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 32 };

/**
 * A worker whose heap in use after a task is above this is replaced by a fresh one, so a
 * long stream cannot grow a worker without bound (its live heap grows slowly with the
 * HTML pages it has seen: jsdom state of its reused window, compiled regex code). Heap in
 * use counts garbage not yet collected, so a low mark replaces warm workers all the time,
 * each replacement paying the warm-up again: with 512 + 32 MB heaps, a mark of 100 MB took
 * the 812 dev pages from 93 to 182 s of CPU; 300 MB: 88 s (47 s wall).
 */
const RECYCLE_HEAP_USED_MB = 300;

async function onWorkers(threads: number): Promise<Runner> {
  const filename = workerFile();
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename,
    minThreads: threads,
    maxThreads: threads,
    // Workers inherit the process's flags, but `--input-type` (a script run with
    // `node --input-type=module -e`) is refused for a worker file. An explicit list is
    // checked more strictly than an inherited one (V8 flags such as --max-old-space-size
    // are refused), so it is given only then, and empty.
    ...(process.execArgv.some((a) => a.startsWith('--input-type')) ? { execArgv: [] } : {}),
    resourceLimits: WORKER_HEAP,
    maxMemoryLimitBeforeRecycle: RECYCLE_HEAP_USED_MB * 2 ** 20,
  });
  // A rejection means the worker itself failed (out of memory, killed): the pool
  // replaces it and the batch goes on.
  const failed = (e: unknown) => ({
    ok: false as const,
    error: toBatchError(e, 'E_WORKER'),
    ...((e as { code?: unknown })?.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? { outOfMemory: true as const }
      : {}),
  });
  return {
    run: (task) => (pool.run(task) as Promise<Outcome>).catch(failed),
    runRecord: (task) =>
      (pool.run(task) as Promise<RecordOutcome>).catch(
        (e: unknown): RecordOutcome => ({ id: null, ...failed(e) }),
      ),
    close: () => pool.destroy(),
  };
}
