/**
 * An ordered, bounded map over a (possibly endless) stream: at most `window` items are
 * pulled from the source and in flight at once, results come out in input order, and
 * nothing more is pulled while the consumer is not asking for results (backpressure).
 */

/** A second bound: items in flight may weigh (say, in bytes) at most `max` together. */
export interface Budget<T> {
  max: number;
  weigh: (item: T) => number;
}

/**
 * Pull from `source`, start `start` on each item, yield results in input order. With a
 * `budget`, nothing more is pulled while the items in flight weigh `budget.max` or more
 * (one item is always let in, however heavy).
 */
export async function* mapOrdered<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  window: number,
  // Must not reject: a rejection would surface only when its turn comes, after later
  // items had started, so callers turn their failures into results.
  start: (item: T, index: number) => Promise<R>,
  budget?: Budget<T>,
): AsyncGenerator<R, void, undefined> {
  const it =
    Symbol.asyncIterator in source
      ? source[Symbol.asyncIterator]()
      : (source as Iterable<T>)[Symbol.iterator]();
  const queue: Promise<R>[] = [];
  const weights: number[] = [];
  let load = 0;
  let index = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && queue.length < window && (!budget || load < budget.max)) {
        const next = await it.next();
        if (next.done) exhausted = true;
        else {
          const w = budget ? budget.weigh(next.value) : 0;
          weights.push(w);
          load += w;
          queue.push(start(next.value, index++));
        }
      }
      const head = queue.shift();
      if (head === undefined) return;
      const result = await head;
      load -= weights.shift()!;
      yield result;
    }
  } finally {
    // The consumer stopped early (break, throw): close the source too.
    if (!exhausted) await it.return?.();
  }
}
