export type RetryPolicy = {
  /** Retries only these; permanent refusals fail at once. */
  isTransient: (error: unknown) => boolean;
  maxAttempts: number;
  /** Delay before attempt `attempt + 1` (attempts are 1-based). */
  backoffMs: (attempt: number) => number;
  sleep?: (ms: number) => Promise<void>;
};

/** 0.5 s, 1 s, 2 s … capped at 8 s. */
export const transferBackoff = (attempt: number) => Math.min(8_000, 500 * 2 ** (attempt - 1));

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type Attempted<T> = { ok: true; value: T; attempts: number } | { ok: false; error: unknown; attempts: number };

/** Runs `send` until it succeeds, fails permanently, or runs out of attempts. Never throws. */
export async function withRetries<T>(send: () => Promise<T>, policy: RetryPolicy): Promise<Attempted<T>> {
  const sleep = policy.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { ok: true, value: await send(), attempts: attempt };
    } catch (error) {
      if (!policy.isTransient(error) || attempt >= policy.maxAttempts) return { ok: false, error, attempts: attempt };
      await sleep(policy.backoffMs(attempt));
    }
  }
}

/**
 * Runs the tasks with at most `concurrency` at once. Once `isStopped()` is true no new task starts; those
 * already running finish (a request in flight cannot be taken back). Returns the indexes never started.
 */
export async function runPool(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
  isStopped: () => boolean,
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
