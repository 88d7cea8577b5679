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
 * MB of jsdom garbage before collecting (RSS past 600 MB and climbing with two workers on
 * the bench stream); with them it collects earlier and RSS stays flat. The old generation
 * holds the largest bench pages (2-3 MB of HTML peak near 110 MB); a page that needs more
 * kills its worker, and {@link separateMany} redoes it in the calling thread, which has no
 * limit. The young generation (by default up to 32 MB of semi-space per thread, each
 * thread its own) is capped too. Measured with two workers, side by side on the same
 * loaded machine: 160 + 16 MB against 256 MB alone took peak RSS on a 2,000-record NDJSON
 * stream with 2% HTML from 375-378 to 334-349 MB, for 0-4% more CPU (on the 103 dev
 * pages too). An earlier measurement on 40 bench pages put 160 MB alone at about 30% more
 * CPU than no limit (256 MB: 8%); with the young generation capped as well, no such cost
 * showed on the 103 pages.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 };

/**
 * A worker whose heap in use after a task is above this is replaced by a fresh one. A
 * worker keeps some state of every HTML page it separated (after a full GC, its live heap
 * grew by about 0.15 to 1 MB a page, from 25 MB to 60-65 MB over 30 pages: jsdom nodes
 * kept by the reused window, until it is replaced after 100 pages, and compiled regex
 * code), so RSS climbed all along a long stream. Measured on the 10,000-record stream with
 * 2% HTML (one process, load 6 to 9): no recycling, peak 422 MB, at 10/25/50/75/100 %:
 * 300/347/370/396/416 MB, 120 s; 100 MB, peak 369 MB, 258/343/317/322/226 MB, 125 s;
 * 80 MB recycled so often that the run took 165 s (peak 364 MB). On the 103 dev pages with
 * --jobs 2 the 100 MB limit cost 0.5 to 0.8 s of CPU out of 15.
 */
const RECYCLE_HEAP_USED_MB = 100;

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
