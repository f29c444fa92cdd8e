// Work started in input order, finished in input order, with a bounded number of items in between: the queue
// between the reader and the writer. When `window` items are started and not finished, reading waits for the oldest
// to finish (and its output to be written, which waits for a full standard output to drain), so memory holds at most
// `window` results whatever the size of the input.

/** What start() gives back: the step that completes an item (writes its output), run in input order. */
export type Finish = () => Promise<void> | void;

/**
 * Calls `start` on every item as it is read and runs the finish steps in the order of the items. `start` should
 * not throw: an error it throws ends the run when its turn comes.
 */
export async function inOrder<T>(items: AsyncIterable<T>, window: number, start: (item: T) => Promise<Finish>): Promise<void> {
  const pending: Promise<Finish>[] = [];
  const finishOldest = async () => await (await pending.shift()!)();
  for await (const item of items) {
    const started = start(item);
    // Awaited in its turn; until then a rejection must not count as unhandled.
    started.catch(() => {});
    pending.push(started);
    while (pending.length >= Math.max(1, window)) await finishOldest();
  }
  while (pending.length) await finishOldest();
}
