/**
 * Where separation runs: in the calling thread (concurrency 1) or on a pool of worker
 * threads (tinypool). Both load lazily, so importing chaff costs neither.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ChaffError } from '../errors.js';
import { nextTurn, type Outcome, runTask, type Task, toBatchError } from './task.js';

/** Runs tasks; `close` ends the worker threads. */
export interface Runner {
  run(task: Task): Promise<Outcome>;
  close(): Promise<void>;
}

/** A runner for `concurrency` tasks at once. */
export function createRunner(concurrency: number): Promise<Runner> {
  return concurrency <= 1 ? inThisThread() : onWorkers(concurrency);
}

async function inThisThread(): Promise<Runner> {
  const { separate } = await import('../separate.js');
  return {
    async run(task) {
      // One page per turn of the event loop: jsdom frees closed windows on a later turn,
      // and the caller's I/O (writing the previous result) gets to run.
      await nextTurn();
      return runTask(separate, task);
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
  });
  return {
    run: (task) =>
      // A rejection here means the worker itself failed (out of memory, killed): the
      // pool replaces it and the batch goes on.
      (pool.run(task) as Promise<Outcome>).catch(
        (e: unknown): Outcome => ({
          ok: false,
          error: toBatchError(e, 'E_WORKER'),
          ...((e as { code?: unknown })?.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { outOfMemory: true as const }
            : {}),
        }),
      ),
    close: () => pool.destroy(),
  };
}
