// Work started in input order, finished in input order, with a bounded number of items in between: the queue
// between the reader and the writer. Each item is finished (its output written) as soon as it and every item before
// it are ready, so a record typed on standard input is answered before the next one comes. When `window` items are
// started and not finished, reading waits, so memory holds at most `window` results whatever the size of the input
// (and a finish step that waits for a full standard output to drain holds reading back too).

/** What start() gives back: the step that completes an item (writes its output), run in input order. */
export type Finish = () => Promise<void> | void;

/**
 * Calls `start` on every item as it is read and runs the finish steps in the order of the items. `start` should
 * not throw: an error it or a finish step throws ends the run (reading stops and the error is thrown here).
 */
export async function inOrder<T>(items: AsyncIterable<T>, window: number, start: (item: T) => Promise<Finish>): Promise<void> {
  let written: Promise<void> = Promise.resolve();
  let unfinished = 0;
  let failure: { error: unknown } | undefined;
  let roomMade: (() => void) | undefined;
  for await (const item of items) {
    const started = start(item);
    // Awaited in its turn; until then a rejection must not count as unhandled.
    started.catch(() => {});
    unfinished++;
    written = written.then(async () => {
      await (
        await started
      )();
      unfinished--;
      roomMade?.();
    });
    written.catch((error: unknown) => {
      failure ??= { error };
      roomMade?.();
    });
    while (unfinished >= Math.max(1, window) && !failure) await new Promise<void>((resolve) => (roomMade = resolve));
    if (failure) throw failure.error;
  }
  await written;
}
