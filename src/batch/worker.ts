/**
 * Worker-thread entry for {@link separateMany} (built to `dist/worker.js`): the same
 * `separate` as the calling thread, plain data in and out.
 */
import { separate } from '../separate.js';
import { type RecordOutcome, type RecordTask, runRecord } from './record.js';
import { nextTurn, type Outcome, runTask, type Task } from './task.js';

export default async function work(task: Task | RecordTask): Promise<Outcome | RecordOutcome> {
  const outcome = 'record' in task ? runRecord(separate, task) : runTask(separate, task);
  // One turn of this thread's event loop before the next page, so jsdom can free the
  // window of this one (it does so on a later turn; a tight loop grows the heap).
  await nextTurn();
  return outcome;
}
