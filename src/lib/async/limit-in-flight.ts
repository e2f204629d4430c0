/**
 * A shared bound on calls in flight: `run(task)` starts `task` when fewer than `limit` are running, otherwise when one
 * ends (first come, first served). Lets two kinds of request of one run share its lanes.
 */
export function limitInFlight(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running < limit) running += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve)); // the ending call hands its place over
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
