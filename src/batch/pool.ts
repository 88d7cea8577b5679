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
 * Heap limit of a worker. Without one, V8 lets each worker's heap fill with hundreds of MB
 * of jsdom garbage before collecting (RSS past 600 MB and climbing with two workers on
 * the bench stream); with one it collects earlier and RSS stays flat. The limit trades
 * CPU for memory: on 40 bench pages with two workers, 160 MB cost about 30% more CPU
 * than no limit, 256 MB about 8% (RSS about 420 MB against 700 MB). 256 MB holds the
 * largest bench pages (2-3 MB of HTML peak near 110 MB); a page that needs more kills its
 * worker, and {@link separateMany} redoes it in the calling thread, which has no limit.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 256 };

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
