/** How one task ended: its value, or the error it kept failing with. */
export type TaskSettlement<R> = { ok: true; value: R; attempts: number } | { ok: false; error: unknown; attempts: number };

export type RunLimitedOptions<T, R> = {
  tasks: readonly T[];
  run: (task: T, signal: AbortSignal) => Promise<R>;
  onSettled: (task: T, settlement: TaskSettlement<R>) => void;
  /** Only these are retried; anything else settles at once as a failure. */
  isTransient: (error: unknown) => boolean;
  /** Tasks in flight at once. */
  concurrency: number;
  maxAttempts: number;
  /** Delay before attempt `attempt + 1` (attempts are 1-based). */
  backoffMs?: (attempt: number) => number;
  signal: AbortSignal;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
};

/** 1 s, 2 s, 4 s … capped at 16 s. */
export const doublingBackoff = (attempt: number) => Math.min(16_000, 1_000 * 2 ** (attempt - 1));

function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

// A call, not a property read, so TypeScript does not narrow `aborted` across awaits.
const aborted = (signal: AbortSignal) => signal.aborted;

/**
 * Runs every task with at most `concurrency` in flight, retrying transient failures with backoff. Each task
 * settles exactly once, unless the run is aborted first: tasks not started by then never settle.
 */
export async function runLimited<T, R>(options: RunLimitedOptions<T, R>): Promise<void> {
  const { tasks, run, onSettled, isTransient, concurrency, maxAttempts, signal } = options;
  const backoffMs = options.backoffMs ?? doublingBackoff;
  const sleep = options.sleep ?? sleepUnlessAborted;
  let next = 0;
  const worker = async () => {
    while (!aborted(signal) && next < tasks.length) {
      const task = tasks[next] as T;
      next += 1;
      for (let attempt = 1; ; attempt += 1) {
        try {
          const value = await run(task, signal);
          onSettled(task, { ok: true, value, attempts: attempt });
          break;
        } catch (error) {
          if (aborted(signal)) return;
          if (!isTransient(error) || attempt >= maxAttempts) {
            onSettled(task, { ok: false, error, attempts: attempt });
            break;
          }
          await sleep(backoffMs(attempt), signal);
          if (aborted(signal)) return;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, tasks.length)) }, worker));
}
