/**
 * Runs `task(0 … count-1)` with at most `concurrency` in flight. Once `isStopped()` is true no new task
 * starts; those already running finish (a request in flight cannot be taken back). Returns the indexes
 * never started.
 */
export async function runInLanes(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
  isStopped: () => boolean = () => false,
): Promise<number[]> {
  let next = 0;
  const lane = async () => {
    while (next < count && !isStopped()) {
      const index = next;
      next += 1;
      await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, lane));
  return Array.from({ length: count - next }, (_, offset) => next + offset);
}

/** `fn` over `items` with at most `limit` calls in flight; results keep the items' order. Rejects on the first failure. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  await runInLanes(items.length, limit, async (index) => {
    results[index] = await fn(items[index] as T);
  });
  return results;
}
