/**
 * An ordered, bounded map over a (possibly endless) stream: at most `window` items are
 * pulled from the source and in flight at once, results come out in input order, and
 * nothing more is pulled while the consumer is not asking for results (backpressure).
 */

/** Pull from `source`, start `start` on each item, yield results in input order. */
export async function* mapOrdered<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  window: number,
  // Must not reject: a rejection would surface only when its turn comes, after later
  // items had started, so callers turn their failures into results.
  start: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const it =
    Symbol.asyncIterator in source
      ? source[Symbol.asyncIterator]()
      : (source as Iterable<T>)[Symbol.iterator]();
  const queue: Promise<R>[] = [];
  let index = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && queue.length < window) {
        const next = await it.next();
        if (next.done) exhausted = true;
        else queue.push(start(next.value, index++));
      }
      const head = queue.shift();
      if (head === undefined) return;
      yield await head;
    }
  } finally {
    // The consumer stopped early (break, throw): close the source too.
    if (!exhausted) await it.return?.();
  }
}
